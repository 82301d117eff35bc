/**
 * FNV-1a (32 bit) over UTF-16 code units. The CLI and the reader both use it
 * to find the shard that holds a slug or a list key without a lookup table
 * that would grow with the corpus.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function bucketOf(key: string, buckets: number): number {
  return buckets <= 1 ? 0 : fnv1a(key) % buckets;
}
