/**
 * The site's identity, from `heatline.config.json` at the project root: the
 * name and language every page, feed and shell carries, the address canonical
 * links and feeds are made from, and where the index goes. Read by the CLI and
 * by the app's build (vite.config.ts), which hands the app the parsed values;
 * zod never reaches the browser bundle.
 */
import { z } from 'zod';
import { SORTS } from './constants';
import { SITE_DEFAULTS } from './site-defaults';

export const SITE_CONFIG_FILE = 'heatline.config.json';

const absoluteHttpUrl = z
  .string()
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL, such as https://news.example.com/');

export const siteConfigSchema = z
  .object({
    /** In the header, every page title, feeds, shells and the web app manifest. */
    name: z.string().trim().min(1).max(60).default(SITE_DEFAULTS.name),
    /** One sentence: the footer, the meta description of pages without their own, feeds. */
    description: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .default(SITE_DEFAULTS.description),
    /** Path under the site (`/favicon.svg`) or absolute http(s) URL of a square logo. */
    logo: z.string().trim().min(1).default(SITE_DEFAULTS.logo),
    /**
     * Where the site is published, absolute, with its sub-path if any
     * (`https://example.com/news/`): canonical links, feeds and sitemaps.
     */
    url: absoluteHttpUrl.default(SITE_DEFAULTS.url),
    /** BCP 47 language tag of the site's text: `<html lang>`, feeds, `og:locale`. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as en, en-GB or fr')
      .default(SITE_DEFAULTS.language),
    /** The order lists open in. */
    defaultSort: z.enum(SORTS).default(SITE_DEFAULTS.defaultSort),
    /** Where `heatline index` writes the index (relative to the project root). */
    outDir: z.string().trim().min(1).default(SITE_DEFAULTS.outDir),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** `url` always ends in a slash, so `new URL(path, url)` stays under its sub-path. */
export function normalizeSite(site: SiteConfig): SiteConfig {
  return { ...site, url: site.url.endsWith('/') ? site.url : `${site.url}/` };
}

/**
 * The config from the file's JSON text, or an error that names the file and
 * each bad key by its path: `heatline.config.json: url: must be an absolute
 * http(s) URL…`.
 */
export function parseSiteConfig(text: string | undefined, file = SITE_CONFIG_FILE): SiteConfig {
  let json: unknown = {};
  if (text !== undefined) {
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  const result = siteConfigSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(top level)';
      return `${where}: ${issue.message}`;
    });
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return normalizeSite(result.data);
}
