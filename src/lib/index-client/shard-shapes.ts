import type {
  ArticleIndexShard,
  CardIndexShard,
  CardsShard,
  HeadlinesShard,
  ListsShard,
  Manifest,
  RanksShard,
  TopicsShard,
} from '../../shared/index-schema';

/**
 * What a file must look like before the reader trusts it. Hosts answer a
 * missing file with an HTML page or a JSON error body and status 200 (a
 * single-page-app fallback, a CDN's error page); without these checks that
 * answer would be cached as data and render as empty lists or endless
 * placeholders. The checks are shallow on purpose: the indexer validates
 * every record, the reader only has to tell an index file from something
 * else, and zod stays out of the browser bundle.
 */
export type Shape<T> = {
  /** Said in the error, e.g. "expected a list of cards". */
  name: string;
  test: (data: unknown) => data is T;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const shape = <T>(name: string, test: (data: Record<string, unknown>) => boolean): Shape<T> => ({
  name,
  test: (data): data is T => isRecord(data) && test(data),
});

/**
 * The manifest's optional `search`: a folder of this index holding the search
 * files. Only a relative path inside `data/` passes (a manifest never sends
 * the reader elsewhere); anything else reads as "no search", not as a broken
 * index.
 */
export const isSearchRef = (value: unknown): value is { path: string; records: number; format: number; languages: string[] } =>
  isRecord(value) &&
  isString(value.path) &&
  /^[\w-][\w./-]*$/.test(value.path) &&
  !value.path.includes('..') &&
  isNumber(value.records) &&
  isNumber(value.format) &&
  Array.isArray(value.languages) &&
  value.languages.every(isString);

const bucketed = (value: unknown) =>
  isRecord(value) && isString(value.id) && isNumber(value.buckets) && isNumber(value.perIndex);

export const shapes = {
  /** Any JSON object: the manifest is read this far before its version is checked. */
  object: shape<Record<string, unknown>>('a JSON object', () => true),
  /**
   * `search` is optional and never fails a manifest: the search feature reads
   * it with `isSearchRef`. `feedWindows` and `newest` are optional too: an
   * index built without them offers no time filter.
   */
  manifest: shape<Manifest>(
    'a manifest',
    (d) =>
      isString(d.buildId) &&
      Array.isArray(d.sorts) &&
      isRecord(d.feed) &&
      (d.feedWindows === undefined || isRecord(d.feedWindows)) &&
      (d.newest === undefined || (isRecord(d.newest) && isString(d.newest.published))) &&
      isString(d.topics) &&
      isString(d.cards) &&
      isRecord(d.lists) &&
      bucketed(d.articles) &&
      bucketed(d.stories) &&
      isRecord(d.counts),
  ),
  cards: shape<CardsShard>('a list of cards', (d) => Array.isArray(d.cards) && d.cards.every(isRecord)),
  ranks: shape<RanksShard>('a page of ranks', (d) => Array.isArray(d.ranks) && d.ranks.every(isNumber)),
  cardIndex: shape<CardIndexShard>(
    'the card index',
    (d) => isNumber(d.chunkSize) && d.chunkSize > 0 && Array.isArray(d.chunks) && d.chunks.every(isString),
  ),
  lists: shape<ListsShard>('a list directory', (d) => isRecord(d.lists)),
  topics: shape<TopicsShard>('the topic list', (d) => Array.isArray(d.topics) && d.topics.every(isRecord)),
  headlines: shape<HeadlinesShard>('a page of headlines', (d) => isRecord(d.headlines)),
  bucketIndex: shape<ArticleIndexShard>('a bucket index', (d) => Array.isArray(d.buckets) && d.buckets.every(isString)),
  /** A bucket of articles or stories, read by the caller's own accessor. */
  records: (recordsOf: (shard: unknown) => unknown) =>
    shape<Record<string, unknown>>('a bucket of records', (d) => isRecord(recordsOf(d))),
};
