/**
 * Article addresses: `/articles/<title-part>-<key>`. The key comes from the
 * article's canonical URL (src/cli/slug.ts), so it survives a corrected
 * headline; the title part is for people and may go stale. The indexer files
 * an article under its key and the reader finds it by the key alone, both
 * through this one rule.
 */

/** Keys are lower-case base 36: safe in a path and never containing a dash. */
const KEY = /^[0-9a-z]+$/;

export type ArticleSlugParts = { titlePart: string; key: string };

/** The slug of an article; a title without letters or digits gives the key alone. */
export function formatArticleSlug(titlePart: string, key: string): string {
  return titlePart ? `${titlePart}-${key}` : key;
}

/**
 * The parts of an address's slug: the key is what follows the last dash,
 * whatever precedes it (a stale or mangled title). Upper case is forgiven, as
 * a pasted link may have been re-cased. `undefined` when the last part cannot
 * be a key, as in a title-only slug with non-Latin letters.
 */
export function parseArticleSlug(slug: string): ArticleSlugParts | undefined {
  const dash = slug.lastIndexOf('-');
  const key = slug.slice(dash + 1).toLowerCase();
  return KEY.test(key) ? { titlePart: dash < 0 ? '' : slug.slice(0, dash), key } : undefined;
}
