/** Readable, Unicode-safe slugs for articles and topics, and the permanent keys of articles. */
import { createHash } from 'node:crypto';
import { formatArticleSlug } from '../../shared/article-slug';

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    // Again: lower-casing or dropping an apostrophe can leave a mark next to a
    // letter it composes with ("K’́" → "ḱ"), which the next pass would change.
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Never split a surrogate pair: half an emoji or a CJK extension character
  // would become a dash on the next pass (found by the idempotence property).
  const cut = slug.slice(0, maxLength).replace(/[\uD800-\uDBFF]$/, '');
  const dash = cut.lastIndexOf('-');
  return dash > maxLength / 2 ? cut.slice(0, dash) : cut;
}

/**
 * Hands out unique slugs. Callers go from the oldest record to the newest, so
 * a record keeps its slug when newer ones with the same title arrive.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>();

  allocate(base: string, fallback: string): string {
    const root = base || fallback;
    let slug = root;
    for (let n = 2; this.taken.has(slug); n++) slug = `${root}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

/**
 * Characters of an article key: 36^8 is about 2.8 trillion, so among a
 * million articles a shared key is rare but does happen, and ArticleKeys
 * lengthens the key of the later article.
 */
export const ARTICLE_KEY_LENGTH = 8;
/** Base-36 digits in a SHA-256 (36^50 > 2^256): the longest a key can get. */
const DIGITS = 50;

const digestOf = (canonical: string) => BigInt(`0x${createHash('sha256').update(canonical).digest('hex')}`);

/** The lowest `length` base-36 digits of `n`, lowest first (only those are computed: a build makes one per article). */
function lowDigits(n: bigint, length: number): string {
  return [...(n % 36n ** BigInt(length)).toString(36).padStart(length, '0')].reverse().join('');
}

/**
 * The first `length` base-36 digits of the canonical URL's SHA-256, lowest
 * digit first: the low digits are evenly spread (the top ones are not), and a
 * longer key extends the shorter one.
 */
export function articleKey(canonical: string, length = ARTICLE_KEY_LENGTH): string {
  return lowDigits(digestOf(canonical), length);
}

/**
 * Hands out unique article keys. Callers go from the oldest article to the
 * newest, so an article keeps its key when a newer one with the same key
 * arrives: the newer one gets a digit more, as many times as it takes.
 */
export class ArticleKeys {
  private readonly taken = new Set<string>();
  constructor(private readonly length = ARTICLE_KEY_LENGTH) {}

  allocate(canonical: string): string {
    const digest = digestOf(canonical);
    for (let length = this.length; length <= DIGITS; length++) {
      const key = lowDigits(digest, length);
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return key;
      }
    }
    // All 50 digits are the whole SHA-256: only two canonical URLs with one hash could get here.
    throw new Error(`no free article key for ${canonical}`);
  }
}

/** An article's slug: its title made readable, then its key (see src/shared/article-slug.ts). */
export function articleSlug(title: string, key: string): string {
  return formatArticleSlug(slugify(title), key);
}
