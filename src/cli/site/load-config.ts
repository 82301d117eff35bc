import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSiteConfig, SITE_CONFIG_FILE, type SiteConfig } from '../../shared/site-config';

/**
 * The site config of the project at `root` (`heatline.config.json`), or the
 * defaults when there is none. A file that is there but wrong is an error,
 * never silently the defaults.
 */
export function loadSiteConfig(root = process.cwd(), file = path.join(root, SITE_CONFIG_FILE)): SiteConfig {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file}: ${(error as Error).message}`);
  }
  return parseSiteConfig(text, path.relative(root, file) || file);
}
