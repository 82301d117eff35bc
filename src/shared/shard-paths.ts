/**
 * Names of the shards that are found by number rather than listed: a group
 * (the list directory, the article index, one list's rank pages) is named by
 * one hash of its whole content plus a number, so the manifest and every
 * ListRef stay the same size whatever the corpus size. The CLI writes these
 * names and the reader computes them, from this one place.
 */
import { bucketOf } from './hash';
import type { ListRef, Manifest, Sort } from './index-schema';

export const shardName = {
  listDirectory: (id: string, n: number) => `lists/dir-${id}-${n}.json`,
  articleIndex: (id: string, n: number) => `articles/index-${id}-${n}.json`,
  ranksPage: (id: string, sort: Sort, n: number) => `ranks/${id}-${sort}-${n}.json`,
};

/** The directory shard holding the ListRef of a list key (`topic:ai`, `source:aws.amazon.com`). */
export function listDirectoryPath(manifest: Pick<Manifest, 'lists'>, key: string): string {
  return shardName.listDirectory(manifest.lists.id, bucketOf(key, manifest.lists.count));
}

/** Where an article lives: the index page to read, and the slot in it that names its bucket. */
export function articleLocation(manifest: Pick<Manifest, 'articles'>, slug: string): { indexPath: string; slot: number } {
  const { id, buckets, perIndex } = manifest.articles;
  const bucket = bucketOf(slug, buckets);
  return { indexPath: shardName.articleIndex(id, Math.floor(bucket / perIndex)), slot: bucket % perIndex };
}

export function ranksPagePath(ref: ListRef, sort: Sort, page: number): string | undefined {
  return ref.ranks && page < ref.ranks.pages ? shardName.ranksPage(ref.ranks.id, sort, page) : undefined;
}
