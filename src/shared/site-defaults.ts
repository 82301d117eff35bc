/**
 * What a site without a `heatline.config.json` is called and how it behaves:
 * the schema's defaults (site-config.ts), and the app's when no build put in a
 * config (the index tools, which use the app's address rules in Node).
 */
export const SITE_DEFAULTS = {
  name: 'Heatline',
  description: 'Every outlet’s coverage of a story in one place, hottest first.',
  logo: '/favicon.svg',
  url: 'http://localhost:4173/',
  language: 'en',
  defaultSort: 'hot',
  outDir: 'public/data',
} as const;
