/**
 * Values both the CLI and the reader need at run time. Kept apart from
 * index-schema.ts so the reader can import them without bundling zod.
 */
export const SCHEMA_VERSION = 1;

export const SORTS = ['heat', 'quality', 'newest'] as const;

export const ARTICLE_TYPES = ['article', 'video', 'download', 'collection'] as const;

/** Lists of at most this many cards ship as one shard, sorted in the browser. */
export const SMALL_LIST_MAX = 200;
/** Cards in the head shard of each sort of a large list: the first screen. */
export const HEAD_SIZE = 50;
/** Ranks per page of a large list's order. */
export const RANKS_PAGE_SIZE = 5000;
/** Cards per chunk of the global card store. */
export const CARD_CHUNK_SIZE = 100;

export const listKey = {
  feed: () => 'feed',
  topic: (slug: string) => `topic:${slug}`,
  source: (domain: string) => `source:${domain}`,
};
