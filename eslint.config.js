import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
  // Imports flow one way: the reader never pulls in the CLI, features never
  // import each other, shared code never imports features (bulletproof-react).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/shared/index-schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/cli/**', '../cli/*'], message: 'The reader must not import the CLI.' },
        { group: ['zod'], message: 'zod stays out of the browser bundle: import types with `import type`.' },
      ] }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/shared/**'],
    ignores: ['src/shared/index-schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or app.' },
        { group: ['zod'], message: 'zod stays out of the browser bundle.' },
      ] }],
    },
  },
);
