/**
 * Offline reading and installing (vite-plugin-pwa, which drives Workbox):
 * the app's own files are precached; index files are cached as they are read
 * (every one but the manifest is named by its content, so a cached copy is
 * never stale); the manifest is asked of the network first and served from
 * the cache without one. A new version of the app waits for the reader to
 * choose it (`registerType: 'prompt'`), never a silent reload. The web app
 * manifest takes its name, language and colours from the site config.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { SiteConfig } from '../src/shared/site-config';

/** The page's background and the header's colour in the light theme (src/styles/base.css). */
const BACKGROUND = '#f7f5f2';
const THEME = '#b42318';

export function offlineReading(site: SiteConfig, base: string) {
  const icon = /^https?:/.test(site.logo) ? site.logo : `${base}${site.logo.replace(/^\//, '')}`;
  // Paths the app never answers: files, fetched as themselves (with the base in front).
  const files = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(data|assets|sitemaps)/|/(feed\\.(xml|atom|json)|sitemap\\.xml|robots\\.txt|manifest\\.webmanifest)$`);
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: {
      name: site.name,
      short_name: site.name.length <= 12 ? site.name : site.name.slice(0, 12).trim(),
      description: site.description,
      lang: site.language,
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: BACKGROUND,
      theme_color: THEME,
      icons: [{ src: icon, sizes: 'any', type: icon.endsWith('.svg') ? 'image/svg+xml' : 'image/png', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['index.html', 'assets/**/*.{js,css}', '*.svg'],
      navigateFallback: `${base}index.html`,
      navigateFallbackDenylist: [files],
      cleanupOutdatedCaches: true,
      // The first install serves the page that installed it at once (an update still waits for the reader).
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.endsWith('/data/manifest.json'),
          handler: 'NetworkFirst',
          options: { cacheName: 'heatline-manifest', networkTimeoutSeconds: 4 },
        },
        {
          urlPattern: ({ url }) => url.pathname.includes('/data/') && !url.pathname.endsWith('/files.json'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'heatline-index',
            // Shards are small: a reader's month of pages fits, and the oldest go first.
            expiration: { maxEntries: 4000, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}
