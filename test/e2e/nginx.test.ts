/**
 * The build served by real nginx with the configuration in deploy/: deep
 * links, caching and security headers, precompressed files, real 404s for
 * missing files, and a sub-path. Skipped where nginx is not installed.
 */
import { existsSync } from 'node:fs';
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST, E2E_DIST_SUB, SUB_PATH } from './global-setup';
import { expectNoPageErrors, heading, openPage, useBrowser, waitForCards } from './browser';
import { manifest, topArticle } from './corpus';
import { NGINX, startNginx, type NginxServer } from './nginx-server';

const browser = useBrowser();

/** The policy of the CSP meta tag in the built index.html. */
async function metaPolicy(dist: string): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta tag');
  return policy;
}

/** The entry script index.html loads, as a site path (`/assets/index-….js`). */
async function mainScript(dist: string): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*\ssrc="([^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html loads no module script');
  return src;
}

/** The first shard the feed needs: its hot list's head, or the whole list when it is small. */
function hotHead(): string {
  const { heads, all } = manifest().feed;
  const head = heads?.hot ?? all;
  if (!head) throw new Error('the manifest names no hot list for the feed');
  return head;
}

const isAppShell = (body: string) => body.includes('<div id="root">');

describe.skipIf(!existsSync(NGINX))('served by nginx with deploy/nginx.conf', () => {
  let server: NginxServer;

  beforeAll(async () => {
    server = await startNginx({ dist: E2E_DIST });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('opens a deep link to an article from its own page, with its meta tags', async () => {
    const article = topArticle();
    const route = `/articles/${encodeURIComponent(article.slug)}`;
    const raw = await fetch(`${server.url}${route}`);
    expect(raw.status).toBe(200);
    const html = await raw.text();
    // The article's own page, not the app's shell (which has the site's name as og:title).
    const ogTitle = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
    expect(decodeHTML(ogTitle ?? '')).toBe(article.title);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(new URL(canonical ?? '', server.url).pathname).toBe(route);

    const documents: number[] = [];
    const { context, page } = await openPage(browser(), route, {
      origin: server.url,
      prepare: async (p) => {
        p.on('response', (response) => {
          if (response.request().isNavigationRequest()) documents.push(response.status());
        });
      },
    });
    await expect.poll(() => heading(page).textContent()).toBe(article.title);
    expect(documents).toEqual([200]);
    // The CSP and Permissions-Policy headers block nothing the app does.
    await expectNoPageErrors(page);
    await context.close();
  });

  it('sends caching and security headers by kind of file', async () => {
    const script = await fetch(`${server.url}${await mainScript(E2E_DIST)}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(script.headers.get('content-type')).toMatch(/javascript/);

    const shard = await fetch(`${server.url}/data/${hotHead()}`);
    expect(shard.status).toBe(200);
    expect(shard.headers.get('cache-control')).toContain('immutable');

    for (const file of ['/data/manifest.json', '/data/files.json']) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
    }

    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toBe(await metaPolicy(E2E_DIST));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const permissions = page.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort']) {
      expect(permissions).toContain(`${feature}=()`);
    }

    const rss = await fetch(`${server.url}/feed.xml`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toMatch(/^(text|application)\/(rss\+)?xml/);
    expect(rss.headers.get('cache-control')).toBe('no-cache');
    expect(await rss.text()).toContain('<rss');

    const atom = await fetch(`${server.url}/feed.atom`);
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(atom.headers.get('cache-control')).toBe('no-cache');

    const json = await fetch(`${server.url}/feed.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/feed\+json/);

    for (const file of ['/sitemap.xml', '/robots.txt']) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
    }
  });

  it('sends the precompressed bundle to a client that takes gzip or brotli', async () => {
    const script = `${server.url}${await mainScript(E2E_DIST)}`;
    const plain = await readFile(path.join(E2E_DIST, await mainScript(E2E_DIST)));
    const gzip = await fetch(script, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toMatch(/Accept-Encoding/i);
    // Node's fetch decodes the body: it is the file itself.
    expect(Buffer.from(await gzip.arrayBuffer()).equals(plain)).toBe(true);
    // The twin written at build time, not nginx's on-the-fly gzip (which sends no length).
    expect(Number(gzip.headers.get('content-length'))).toBeGreaterThan(0);
    expect(Number(gzip.headers.get('content-length'))).toBeLessThan(plain.length);
    if (existsSync(path.join(server.root, `${await mainScript(E2E_DIST)}.br`))) {
      const brotli = await fetch(script, { headers: { 'Accept-Encoding': 'br' } });
      expect(brotli.headers.get('content-encoding')).toBe('br');
      expect(Buffer.from(await brotli.arrayBuffer()).equals(plain)).toBe(true);
    }
  });

  it('opens the site’s address on the feed’s own first screen, and the feed in another sort on the app’s page', async () => {
    const home = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const body = await home.text();
    expect(body).toContain('<div id="shell">');
    expect(body).toContain('>Hot stories</h1>');
    for (const route of ['/?sort=heat', '/?time=week', '/?read=hide']) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('cache-control'), route).toBe('no-cache');
      expect(response.headers.get('content-security-policy'), route).toBe(await metaPolicy(E2E_DIST));
      const text = await response.text();
      expect(isAppShell(text), route).toBe(true);
      expect(text, route).not.toContain('id="shell"');
    }

    const { context, page } = await openPage(browser(), '/', { origin: server.url });
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await page.locator('#shell').waitFor({ state: 'detached' });
    await waitForCards(page);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('answers a missing shard or asset with a real 404, and any other route with the app', async () => {
    for (const file of ['/data/lists/nope.json', '/assets/nope-0000.js', '/data/manifest.json.nope']) {
      const response = await fetch(`${server.url}${file}`);
      expect(response.status, file).toBe(404);
      expect(isAppShell(await response.text()), file).toBe(false);
      // Never cached for good: the file may yet appear.
      expect(response.headers.get('cache-control'), file).toBeNull();
    }
    const unknown = await fetch(`${server.url}/no/such/page`);
    expect(unknown.status).toBe(200);
    expect(isAppShell(await unknown.text())).toBe(true);

    const { context, page } = await openPage(browser(), '/no/such/page', { origin: server.url });
    await expect.poll(() => heading(page).textContent()).toBe('Not found');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('shows a shard missing from the server as an error with Retry, and recovers', async () => {
    const shard = hotHead();
    const broken = await startNginx({
      dist: E2E_DIST,
      prepare: (root) => rm(path.join(root, 'data', shard)),
    });
    try {
      const { context, page } = await openPage(browser(), '/', { origin: broken.url });
      await expect.poll(() => heading(page).textContent()).toBe('Could not load this page');
      // The error names the file for whoever runs the site.
      expect(await page.getByRole('alert').textContent()).toContain('404');
      const retry = page.getByRole('button', { name: 'Retry' });
      expect(await retry.isVisible()).toBe(true);
      // The file is back (a deploy finished): Retry loads the feed.
      await copyFile(path.join(E2E_DIST, 'data', shard), path.join(broken.root, 'data', shard));
      await retry.click();
      await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
      await waitForCards(page);
      await context.close();
    } finally {
      await broken.stop();
    }
  });
});

describe.skipIf(!existsSync(NGINX))(`served by nginx under ${SUB_PATH} with deploy/nginx-subpath.conf`, () => {
  let server: NginxServer;

  beforeAll(async () => {
    server = await startNginx({ dist: E2E_DIST_SUB, subPath: SUB_PATH });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows the feed at the sub-path and opens a deep link under it', async () => {
    const origin = `${server.url}${SUB_PATH.replace(/\/$/, '')}`;
    const { context, page } = await openPage(browser(), '/', { origin });
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForCards(page);

    const article = topArticle();
    const response = await page.goto(`${origin}/articles/${encodeURIComponent(article.slug)}`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => heading(page).textContent()).toBe(article.title);
    await expectNoPageErrors(page);
    await context.close();

    const manifestResponse = await fetch(`${origin}/data/manifest.json`);
    expect(manifestResponse.headers.get('cache-control')).toBe('no-cache');
    const missing = await fetch(`${origin}/data/lists/nope.json`);
    expect(missing.status).toBe(404);
    const unknown = await fetch(`${origin}/no/such/page`);
    expect(unknown.status).toBe(200);
    expect(isAppShell(await unknown.text())).toBe(true);
    // The feed's own first screen at the sub-path's address, the app's page with a query.
    const home = await (await fetch(`${origin}/`)).text();
    expect(home).toContain('<div id="shell">');
    expect(home).toContain(`href="${SUB_PATH}articles/`);
    const sorted = await (await fetch(`${origin}/?sort=newest`)).text();
    expect(isAppShell(sorted)).toBe(true);
    expect(sorted).not.toContain('id="shell"');
    // Without the trailing slash, to the app.
    const bare = await fetch(origin, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.get('location') ?? '', origin).pathname).toBe(SUB_PATH);
  });
});
