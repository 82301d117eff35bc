/**
 * A static host for the production build whose index lives in a folder of
 * the test's own, so a test can rebuild the index under an open tab.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticHost = { url: string; close: () => Promise<void> };

type Options = {
  /** The built app (`index.html`, `assets/`). */
  appDir: string;
  /** Served at `/data/`. */
  dataDir: string;
  /**
   * What a file missing under `/data/` gets: a 404, or (as from a host told
   * to answer every unknown path with the app, for deep links) `index.html`
   * with status 200.
   */
  missingData?: '404' | 'index.html';
};

/**
 * Shards are cached for good, as the README advises; `manifest.json` gets a
 * max-age too, as from a host that missed the advice to serve it with
 * `no-cache`: the reader must notice a new build all the same.
 */
function cacheControl(isData: boolean, rel: string): string {
  if (!isData) return 'no-cache';
  return rel === 'manifest.json' ? 'max-age=600' : 'public, max-age=31536000, immutable';
}

export async function serveStatic({ appDir, dataDir, missingData = '404' }: Options): Promise<StaticHost> {
  const indexHtml = await readFile(path.join(appDir, 'index.html'));
  const sendApp = (res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': types['.html']!, 'cache-control': 'no-cache' }).end(indexHtml);

  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const isData = pathname.startsWith('/data/');
    const root = path.resolve(isData ? dataDir : appDir);
    const rel = isData ? pathname.slice('/data/'.length) : pathname.slice(1);
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) {
      if (isData) res.writeHead(404).end();
      else sendApp(res);
      return;
    }
    readFile(file).then(
      (body) => {
        const type = types[path.extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': cacheControl(isData, rel) }).end(body);
      },
      () => {
        if (isData && missingData === 'index.html') sendApp(res);
        else if (isData || path.extname(rel)) res.writeHead(404, { 'content-type': types['.txt']! }).end('Not found');
        else sendApp(res);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
