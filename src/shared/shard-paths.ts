/**
 * Names of the shards that are found by number rather than listed: a group
 * (the list directory, the article index, one list's rank pages) is named by
 * one hash of its whole content plus a number, so the manifest and every
 * ListRef stay the same size whatever the corpus size. The CLI writes these
 * names and the reader computes them, from this one place.
 */
import { bucketOf } from './hash';
import type { Bucketed, ListRef, Manifest, Sort } from './index-schema';

export const shardName = {
  listDirectory: (id: string, n: number) => `lists/dir-${id}-${n}.json`,
  articleIndex: (id: string, n: number) => `articles/index-${id}-${n}.json`,
  ranksPage: (id: string, sort: Sort, n: number) => `ranks/${id}-${sort}-${n}.json`,
  storyIndex: (id: string, n: number) => `stories/index-${id}-${n}.json`,
  topicHeadlines: (id: string, n: number) => `topics/headlines-${id}-${n}.json`,
};

/**
 * The directory shard holding the ListRef of a list key (`topic:ai`,
 * `source:aws.amazon.com`), and those of its time windows (`topic:ai/week`):
 * they are filed under the list's own key, so one shard serves every window.
 */
export function listDirectoryPath(manifest: Pick<Manifest, 'lists'>, key: string): string {
  return shardName.listDirectory(manifest.lists.id, bucketOf(key, manifest.lists.count));
}

type Location = { indexPath: string; slot: number };

function locate(ref: Bucketed, key: string, indexName: (id: string, n: number) => string): Location {
  const bucket = bucketOf(key, ref.buckets);
  return { indexPath: indexName(ref.id, Math.floor(bucket / ref.perIndex)), slot: bucket % ref.perIndex };
}

/**
 * Where an article lives: the index page to read, and the slot in it that
 * names its bucket. By key (src/shared/article-slug.ts), never by the whole
 * slug, whose title part changes when a headline is corrected.
 */
export function articleLocation(manifest: Pick<Manifest, 'articles'>, key: string): Location {
  return locate(manifest.articles, key, shardName.articleIndex);
}

/** Where a story page lives, found the same way by story id. */
export function storyLocation(manifest: Pick<Manifest, 'stories'>, id: string): Location {
  return locate(manifest.stories, id, shardName.storyIndex);
}

export function ranksPagePath(ref: ListRef, sort: Sort, page: number): string | undefined {
  return ref.ranks && page < ref.ranks.pages ? shardName.ranksPage(ref.ranks.id, sort, page) : undefined;
}
