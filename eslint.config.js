import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', 'test/screenshots', '.cache', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/shared/index-schema.ts', 'src/shared/site-config.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['zod'], message: 'zod stays out of the browser bundle: import types with `import type`.' },
      ] }],
    },
  },
  // Imports flow one way (bulletproof-react's zones, checked on resolved
  // paths): the reader never pulls in the CLI, features never import each
  // other or the app (the app composes them: the list feature is the app's
  // to place, not another feature's), shared code never imports features, the
  // index client (lib/index-client) builds on shared/ and config/ alone; and no cycles.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Without a parser for TypeScript the cycle check cannot read the files it follows.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [
        ...features.map((name) => ({
          target: `./src/features/${name}`,
          from: './src/features',
          except: [`./${name}`],
          message: 'Features never import each other: move what both need to components/, lib/ or shared/.',
        })),
        { target: './src/features', from: './src/app', message: 'Features never import the app: the app composes features.' },
        {
          target: ['./src/components', './src/lib', './src/config', './src/shared'],
          from: ['./src/features', './src/app'],
          message: 'Shared code must not import features or app.',
        },
        {
          target: './src/lib/index-client',
          from: './src/components',
          message: 'The index client holds data, not markup: components read it, never the other way.',
        },
        {
          target: './src/lib/index-client',
          from: './src/lib',
          except: ['./index-client'],
          message: 'The index client stands alone: the hooks and helpers in lib/ build on it, not it on them.',
        },
        { target: './src/shared', from: './src/cli', message: 'Rules shared by the CLI and the reader live in shared/ and import neither.' },
        {
          target: ['./src/app', './src/features', './src/components', './src/lib', './src/config'],
          from: './src/cli',
          message: 'The reader must not import the CLI.',
        },
      ] }],
    },
  },
);
