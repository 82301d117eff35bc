/**
 * The site's identity in the app and its page (heatline.config.json): the
 * parsed config for the app's code, and the name, language, description and
 * icon in index.html, which every shell and every page starts from.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeAttribute, escapeText } from 'entities';
import type { Plugin, ResolvedConfig } from 'vite';
import type { SiteConfig } from '../src/shared/site-config';
import { writeSite } from '../src/cli/site/write-site.tsx';
import { FEED_PAGE_FILE } from '../src/cli/site/feed-page.tsx';
import { emptyOutDirKeepingSite } from '../src/cli/site/empty-out-dir.ts';

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

export function siteIdentity(site: SiteConfig): Plugin {
  let resolved: ResolvedConfig | undefined;
  let emptyKeepingSite = false;
  return {
    name: 'heatline:site-identity',
    configResolved: (config) => {
      resolved = config;
    },
    /**
     * After a production build, the site around the app (src/cli/site): the
     * pages' static entry points, feeds and sitemaps, from the index the build
     * copied from public/. Without an index there is nothing to write yet;
     * `npm run index` then `npm run build` writes it.
     */
    /**
     * `vite preview` serves a page's entry point the way deploy/nginx.conf
     * does (`try_files $uri $uri.html /index.html`): `/articles/x` is
     * `articles/x.html` when the site step wrote one, and the site's
     * address with no query is the feed's (FEED_PAGE_FILE).
     */
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://preview');
        const route = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : '';
        if (url.pathname === base && !url.search && existsSync(path.join(outDir, FEED_PAGE_FILE))) req.url = `${base}${FEED_PAGE_FILE}`;
        // A file is served as itself; anything else may be a page (a source's, `/sources/example.com`, has a dot in it).
        else if (route && !isFile(path.join(outDir, route))) {
          let file: string | undefined;
          try {
            file = path.normalize(`${decodeURIComponent(route)}.html`);
          } catch {
            file = undefined;
          }
          if (file && !file.startsWith('..') && existsSync(path.join(outDir, file))) req.url = `${base}${file}${url.search}`;
        }
        next();
      });
    },
    closeBundle: {
      order: 'post',
      handler() {
        if (!resolved || resolved.command !== 'build' || resolved.build.ssr) return;
        const outDir = path.resolve(resolved.root, resolved.build.outDir);
        if (!existsSync(path.join(outDir, 'data', 'manifest.json'))) {
          resolved.logger.warn('heatline: no index in the build (run `npm run index` first): no page entry points, feeds or sitemaps written');
          return;
        }
        const report = writeSite({ outDir, site, base: resolved.base });
        resolved.logger.info(
          `heatline: ${report.shells} page entry points, ${report.feeds} feeds, ${report.sitemaps} sitemaps (${report.written} files written, ${report.unchanged} unchanged) in ${report.ms} ms`,
        );
      },
    },
    // Vite empties the build folder before it writes; here that is done at
    // the start of the build (buildStart), keeping the site step's files, so
    // that the step rewrites only what changed. A config that says
    // `emptyOutDir` itself is left to Vite.
    config: (user) => {
      emptyKeepingSite = user.build?.emptyOutDir === undefined;
      return { define: { __HEATLINE_SITE__: JSON.stringify(site) }, ...(emptyKeepingSite ? { build: { emptyOutDir: false } } : {}) };
    },
    buildStart() {
      if (!emptyKeepingSite || !resolved || resolved.command !== 'build' || resolved.build.ssr) return;
      const outDir = path.resolve(resolved.root, resolved.build.outDir);
      // As Vite: a folder outside the project is never emptied unless the config says so.
      if (!outDir.startsWith(`${resolved.root}${path.sep}`)) return;
      emptyOutDirKeepingSite(outDir);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/<html lang="[^"]*">/, `<html lang="${escapeAttribute(site.language)}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(site.name)}</title>`)
          .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeAttribute(site.description)}$2`)
          .replace(/(<link rel="icon" href=")[^"]*(")/, `$1${escapeAttribute(site.logo)}$2`)
          .replace(/(<meta name="application-name" content=")[^"]*(")/, `$1${escapeAttribute(site.name)}$2`)
          .replace(/(<noscript>)[^<]*(<\/noscript>)/, `$1${escapeText(site.name)} needs JavaScript to show the news.$2`),
    },
  };
}
