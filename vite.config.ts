import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { reindexOnContentChange } from './scripts/vite-reindex-plugin.ts';
import { siteIdentity } from './scripts/vite-site-plugin.ts';
import { offlineReading } from './scripts/vite-offline-plugin.ts';
import { loadSiteConfig } from './src/cli/site/load-config.ts';

// heatline.config.json: the site's name, language and address, for the app and its pages.
const site = loadSiteConfig(import.meta.dirname);

// index.html carries the production CSP (no inline script or style). The dev
// server needs both (React Refresh preamble, injected CSS), so drop it there.
const stripCspInDev = (): Plugin => ({
  name: 'heatline:strip-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
});

// The app is served from the path of the site's address (`url` in the
// config); HEATLINE_BASE overrides it, so one build can try out a sub-path.
const base = process.env.HEATLINE_BASE ?? new URL(site.url).pathname;

export default defineConfig({
  base,
  plugins: [react(), siteIdentity(site), offlineReading(site, base), stripCspInDev(), reindexOnContentChange()],
  build: { target: 'es2022', sourcemap: true },
  // Generated folders hold hundreds of thousands of files (benchmark corpora,
  // caches, the index itself, which the re-index hook reloads on its own):
  // watching them exhausts the system's file watchers.
  server: { watch: { ignored: ['**/.bench-corpora/**', '**/.cache/**', '**/public/data/**', '**/dist/**'] } },
  preview: { port: 4173, strictPort: true },
});
