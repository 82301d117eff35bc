/**
 * Builds the production bundle, indexes the bundled sample corpus into it and
 * serves it with Vite's preview server (what `npm run build` + `npm run
 * preview` do), once for the whole end-to-end project. A second copy is built
 * with `base: '/news/'` and served the same way, to prove the app works from a
 * sub-path.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { buildIndex } from '../../src/cli/build-index';
import { writeSite } from '../../src/cli/site/write-site';
import { parseSiteConfig } from '../../src/shared/site-config';

const root = path.resolve(import.meta.dirname, '../..');
export const E2E_DIST = path.join(root, '.cache/e2e/dist');
export const E2E_DIST_SUB = path.join(root, '.cache/e2e/dist-sub');
export const SUB_PATH = '/news/';

const servers: PreviewServer[] = [];

async function buildAndServe(outDir: string, base: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's
  // development build: the tests must see what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, base, mode: 'production', logLevel: 'error', configLoader: 'runner', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // `public/` may hold a developer's own index (copied by the build), and the
  // build wrote the site around it: the tests must see the sample corpus only.
  for (const made of ['data', 'articles', 'topics', 'sources', 'stories', 'sitemaps', 'feed.xml', 'feed.atom', 'feed.json', 'sitemap.xml', 'robots.txt']) {
    await rm(path.join(outDir, made), { recursive: true, force: true });
  }
  const report = await buildIndex({ contentDir: path.join(root, 'content'), outDir: path.join(outDir, 'data') });
  if (report.articles < 100) throw new Error(`the sample corpus gave only ${report.articles} articles`);
  // What `npm run build` does after bundling, over the sample index (the e2e site's address is its own).
  writeSite({ outDir, base, site: { ...parseSiteConfig(undefined), url: 'https://heatline.test/' } });
  const server = await preview({
    root,
    configLoader: 'runner',
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return url.replace(/\/$/, '');
}

export async function setup(project: TestProject): Promise<void> {
  // One after the other: two Vite builds in one process share global state.
  project.provide('baseUrl', await buildAndServe(E2E_DIST, '/'));
  // resolvedUrls already end in the base (`http://127.0.0.1:1234/news/`).
  project.provide('subUrl', await buildAndServe(E2E_DIST_SUB, SUB_PATH));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subUrl: string;
  }
}
