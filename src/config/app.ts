import type { SiteConfig } from '../shared/site-config';
import { SITE_DEFAULTS } from '../shared/site-defaults';

/**
 * The site's identity from `heatline.config.json`, fixed at build time
 * (vite.config.ts). Outside a build (the site tools in Node use the address
 * rules of config/paths.ts) the defaults stand in.
 */
export const SITE: SiteConfig = typeof __HEATLINE_SITE__ === 'undefined' ? SITE_DEFAULTS : __HEATLINE_SITE__;

/** The site's name: the brand in the header and footer, and the end of every page title. */
export const APP_NAME = SITE.name;

/** The bundled mark is drawn in CSS; a site's own logo is an image, under the app's base path unless absolute. */
export const SITE_LOGO =
  SITE.logo === '/favicon.svg' ? undefined : /^https?:\/\//.test(SITE.logo) ? SITE.logo : `${import.meta.env?.BASE_URL ?? '/'}${SITE.logo.replace(/^\//, '')}`;
