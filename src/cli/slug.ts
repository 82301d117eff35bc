/** Readable, Unicode-safe slugs for articles and topics. */

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
