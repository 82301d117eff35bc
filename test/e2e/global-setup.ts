/**
 * Builds the production bundle, indexes the bundled sample corpus into it and
 * serves it with Vite's preview server (what `npm run build` + `npm run
 * preview` do), once for the whole end-to-end project.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { buildIndex } from '../../src/cli/build-index';

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_DIST = path.join(root, '.cache/e2e/dist');

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  await rm(E2E_DIST, { recursive: true, force: true });
  await build({ root, logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
  const report = await buildIndex({ contentDir: path.join(root, 'content'), outDir: path.join(E2E_DIST, 'data') });
  if (report.articles < 100) throw new Error(`the sample corpus gave only ${report.articles} articles`);
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: E2E_DIST },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
