/** Readable, Unicode-safe slugs for articles and topics. */

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
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
