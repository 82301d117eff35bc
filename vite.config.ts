import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { reindexOnContentChange } from './src/cli/vite-plugin';

// HEATLINE_BASE lets the same build be served from a sub-path (e.g. /news/).
export default defineConfig({
  base: process.env.HEATLINE_BASE ?? '/',
  plugins: [react(), reindexOnContentChange()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
