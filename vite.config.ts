import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { reindexOnContentChange } from './scripts/vite-reindex-plugin.ts';

// index.html carries the production CSP (no inline script or style). The dev
// server needs both (React Refresh preamble, injected CSS), so drop it there.
const stripCspInDev = (): Plugin => ({
  name: 'heatline:strip-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
});

// HEATLINE_BASE lets the same build be served from a sub-path (e.g. /news/).
export default defineConfig({
  base: process.env.HEATLINE_BASE ?? '/',
  plugins: [react(), stripCspInDev(), reindexOnContentChange()],
  build: { target: 'es2022', sourcemap: true },
  // Generated folders hold hundreds of thousands of files (benchmark corpora,
  // caches, the index itself, which the re-index hook reloads on its own):
  // watching them exhausts the system's file watchers.
  server: { watch: { ignored: ['**/.bench-corpora/**', '**/.cache/**', '**/public/data/**', '**/dist/**'] } },
  preview: { port: 4173, strictPort: true },
});
