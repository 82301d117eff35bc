import type { SiteConfig } from '../shared/site-config';

declare global {
  /** The parsed `heatline.config.json`, put in by the build (vite.config.ts `define`). */
  const __HEATLINE_SITE__: SiteConfig | undefined;
}
