import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SITE_DEFAULTS } from './src/shared/site-defaults.ts';

// The tests see the default site, whatever the project's own heatline.config.json says.
export default defineConfig({
  plugins: [react()],
  define: { __HEATLINE_SITE__: JSON.stringify(SITE_DEFAULTS) },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Real CLI processes frozen, killed and raced; hostile files with a time limit.
        test: { name: 'faults', environment: 'node', include: ['test/faults/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/app/**/*.test.{ts,tsx}'],
          setupFiles: ['test/app/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
