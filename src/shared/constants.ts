/**
 * Values both the CLI and the reader need at run time. Kept apart from
 * index-schema.ts so the reader can import them without bundling zod.
 */
import { TIME_WINDOWS, type TimeWindow } from './time-windows';

/** 3: articles are filed and found by the key at the end of their slug (src/shared/article-slug.ts). */
export const SCHEMA_VERSION = 3;

/** `hot` (the default) is heat with time decay; see sort-order.ts. */
export const SORTS = ['hot', 'heat', 'quality', 'newest'] as const;

export const ARTICLE_TYPES = ['article', 'video', 'download', 'collection'] as const;

/**
 * Between a list's key and its time window. Neither a topic slug nor a
 * domain can hold it (a domain given with a `/` is read as a URL and only its
 * host kept), so a windowed key never names another list.
 */
const WINDOW_MARK = '/';

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
  /** A list cut to a time window (time-windows.ts): `feed/week`, `topic:ai/today`. */
  window: (key: string, window: TimeWindow) => `${key}${WINDOW_MARK}${window}`,
  /** The list a key names and its window, if any: `topic:ai/week` → `topic:ai`, `week`. */
  split: (key: string): { base: string; window?: TimeWindow } => {
    const at = key.lastIndexOf(WINDOW_MARK);
    const window = TIME_WINDOWS.find((w) => w === key.slice(at + 1));
    return at > 0 && window ? { base: key.slice(0, at), window } : { base: key };
  },
  /** What a topic's or source's key names: `source:example.com` → source, `example.com`; the feed and others → null. */
  parse: (key: string): { kind: 'topic' | 'source'; value: string } | null => {
    const match = /^(topic|source):(.+)$/s.exec(listKey.split(key).base);
    return match ? { kind: match[1] as 'topic' | 'source', value: match[2]! } : null;
  },
};

/** Story clustering defaults (`--story-window`, `--story-max`). */
export const STORY_WINDOW_DAYS = 7;
export const STORY_MAX = 50;
/**
 * A topic on more than this share of all articles ("News" on every item) is
 * generic: not a chip on cards, not a related-stories suggestion. Only in
 * corpora of at least GENERIC_TOPIC_MIN_ARTICLES, where a share means something.
 */
export const GENERIC_TOPIC_SHARE = 0.5;
export const GENERIC_TOPIC_MIN_ARTICLES = 20;
