/**
 * The shape of the prebuilt index in `public/data`, shared by the index CLI
 * (which writes it) and the reader (which only imports the inferred types, so
 * zod never reaches the browser bundle). See docs/index-format.md. One file
 * on purpose, though past 200 lines: it is the whole contract of the index,
 * read top to bottom like that document, and split it would be read in pieces.
 */
import { z } from 'zod';

import { ARTICLE_TYPES, SCHEMA_VERSION, SORTS } from './constants';
import { TIME_WINDOWS } from './time-windows';

export const sortSchema = z.enum(SORTS);
export type Sort = z.infer<typeof sortSchema>;

export const timeWindowSchema = z.enum(TIME_WINDOWS);

export const articleTypeSchema = z.enum(ARTICLE_TYPES);
export type ArticleType = z.infer<typeof articleTypeSchema>;

export const imageSchema = z.object({
  url: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
export type Image = z.infer<typeof imageSchema>;

export const providerRefSchema = z.object({
  domain: z.string(),
  name: z.string(),
  logo: z.string().optional(),
});
export type ProviderRef = z.infer<typeof providerRefSchema>;

export const topicRefSchema = z.object({ slug: z.string(), name: z.string() });
export type TopicRef = z.infer<typeof topicRefSchema>;

/** What a card knows of its story: enough for "+3 more from A, B and C". */
export const storySummarySchema = z.object({
  id: z.string(),
  /** Distinct articles in the story, this one included (same-title copies not counted). */
  size: z.number().int(),
  /** Distinct outlets in the story. */
  outlets: z.number().int(),
  /** Up to three of the story's other outlets by name, most articles first. */
  others: z.array(z.string()),
  /** Publication time of the story's newest article. */
  latest: z.string(),
  /** That article's file gave a date and no time (see `Card.dateOnly`). */
  latestDateOnly: z.literal(true).optional(),
  /** This card is the story's lead (hottest, then earliest): the card lists show. */
  lead: z.literal(true).optional(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

/** Everything a list card shows. List shards carry cards, never bodies. */
export const cardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  excerpt: z.string().optional(),
  type: articleTypeSchema,
  published: z.string(),
  /**
   * The file gave a date and no time (`publishedDateTime: 2021-08-24`):
   * `published` is that day's midnight UTC, so it sorts with the rest, and
   * the reader shows the date alone, the same calendar day in every time zone.
   */
  dateOnly: z.literal(true).optional(),
  /**
   * Heat with time decay (src/shared/sort-order.ts `hotScore`); a story's
   * members all carry the story's (its articles' summed heat, its newest
   * article's age). Only its order means something.
   */
  hot: z.number(),
  heat: z.number().optional(),
  quality: z.number().optional(),
  /** `published: false` in the file, indexed with `--include-unpublished`: flagged. */
  unpublished: z.literal(true).optional(),
  provider: providerRefSchema,
  /** The article's topics less the generic ones (see `TopicSummary.generic`). */
  topics: z.array(topicRefSchema),
  image: imageSchema.optional(),
  story: storySummarySchema.optional(),
});
export type Card = z.infer<typeof cardSchema>;

export const relatedEntrySchema = z.object({
  title: z.string(),
  /** Absolute http(s) link to the outlet's page, when the file gave a usable one. */
  url: z.string().optional(),
  /** Set when the entry is an article of this index: link to it internally. */
  slug: z.string().optional(),
  excerpt: z.string().optional(),
  published: z.string().optional(),
  /** `published` came from a date with no time (see `Card.dateOnly`). */
  dateOnly: z.literal(true).optional(),
  type: articleTypeSchema.optional(),
  provider: providerRefSchema.optional(),
  image: imageSchema.optional(),
});
export type RelatedEntry = z.infer<typeof relatedEntrySchema>;

export const videoSchema = z.object({ kind: z.literal('youtube'), id: z.string() });
export type Video = z.infer<typeof videoSchema>;

const actionSchema = z.object({
  url: z.string(),
  title: z.string(),
  type: z.string().optional(),
});

/** An article as a related panel lists it: no excerpt, no topics, no story. */
export const storyCardSchema = cardSchema.omit({ excerpt: true, topics: true, story: true });
export type StoryCard = z.infer<typeof storyCardSchema>;

/** The article page's view of its story. */
export const storySchema = z.object({
  id: z.string(),
  /** Distinct articles in the whole story, this one included. */
  size: z.number().int(),
  outlets: z.number().int(),
  /** The story's other articles, hottest first, at most 12. */
  articles: z.array(storyCardSchema),
});
export type Story = z.infer<typeof storySchema>;

/** A story page entry: a card without topics, plus the same-title copies folded into it. */
export const storyMemberSchema = cardSchema.omit({ topics: true, story: true }).extend({
  /** Same title, same outlet, same day: counted once, reachable from here. */
  duplicates: z.array(z.object({ slug: z.string(), published: z.string(), dateOnly: z.literal(true).optional() })).optional(),
});
export type StoryMember = z.infer<typeof storyMemberSchema>;

/** `/stories/:id`: every article of one story in time order. */
export const storyPageSchema = z.object({
  id: z.string(),
  /** The lead's title. */
  title: z.string(),
  /** The lead's slug. */
  lead: z.string(),
  /** Earliest and latest publication times, and whether each was a date with no time. */
  first: z.string(),
  last: z.string(),
  firstDateOnly: z.literal(true).optional(),
  lastDateOnly: z.literal(true).optional(),
  size: z.number().int(),
  outlets: z.number().int(),
  /** Same-title copies folded into other members. */
  duplicates: z.number().int(),
  /** Oldest first. */
  articles: z.array(storyMemberSchema),
});
export type StoryPage = z.infer<typeof storyPageSchema>;

export const articleSchema = cardSchema.extend({
  /** The original: `webUrl`, else `originalUrl`. Always absolute http(s). */
  url: z.string(),
  category: z.string().optional(),
  images: z.array(imageSchema),
  /** Markdown/HTML body converted to HTML and sanitised at build time. */
  body: z.string().optional(),
  video: videoSchema.optional(),
  actions: z.array(actionSchema).optional(),
  authors: z.array(z.string()).optional(),
  related: z.array(relatedEntrySchema),
  story: storySchema.optional(),
  /** The most similar articles by content near the article's date, outside its story; at most 5. */
  similar: z.array(storyCardSchema).optional(),
});
export type Article = z.infer<typeof articleSchema>;

const countedTopicSchema = topicRefSchema.extend({ count: z.number().int() });
const countedSourceSchema = providerRefSchema.extend({ count: z.number().int() });

/** How active a topic or source is (src/shared/activity.ts), and what it goes with. */
export const listActivitySchema = z.object({
  /**
   * Articles per day over the ACTIVITY_DAYS days up to the index's newest
   * article, oldest first: the last entry is the 24 hours up to it.
   */
  days: z.array(z.number().int()),
  /** The list's first and last publication times, and whether each was a date with no time. */
  first: z.string(),
  last: z.string(),
  firstDateOnly: z.literal(true).optional(),
  lastDateOnly: z.literal(true).optional(),
  /**
   * A topic's related topics (those on the most of its articles) or a
   * source's top topics, most articles first, at most 8; generic topics left out.
   */
  topics: z.array(countedTopicSchema),
  /** A topic's outlets with the most articles on it, at most 5. */
  sources: z.array(countedSourceSchema).optional(),
});
export type ListActivity = z.infer<typeof listActivitySchema>;

/**
 * How to load one list (the feed, a topic, a source). Small lists are one
 * shard sorted client-side; large ones have a head shard per sort for the
 * first screen and pages of global card ranks for the rest.
 */
export const listRefSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Articles in the list. */
  count: z.number().int(),
  /** Entries the list shows: one per story, so at most `count`. */
  entries: z.number().int(),
  logo: z.string().optional(),
  all: z.string().optional(),
  heads: z.partialRecord(sortSchema, z.string()).optional(),
  /** Rank pages per sort, named by `shardName.ranksPage(id, sort, n)` for n < pages; they list entries, not every article. */
  ranks: z.object({ id: z.string(), pages: z.number().int() }).optional(),
  /** A topic's or a source's profile for its page header; not on the feed or on time windows. */
  activity: listActivitySchema.optional(),
});
export type ListRef = z.infer<typeof listRefSchema>;

export const topicSummarySchema = topicRefSchema.extend({
  count: z.number().int(),
  /** On more than half of all articles: listed, but no chip on cards and no suggestion. */
  generic: z.literal(true).optional(),
  /** Articles per week over the last ACTIVITY_WEEKS weeks (src/shared/activity.ts), oldest first, this week last. */
  weeks: z.array(z.number().int()).optional(),
  /** `trendOf(weeks).score`: how far this week rises above the usual; the topics page ranks trending topics by it. */
  trend: z.number().optional(),
});
export type TopicSummary = z.infer<typeof topicSummarySchema>;

/** A topic's latest headline, as the topics page lists it. */
export const headlineSchema = z.object({
  slug: z.string(),
  title: z.string(),
  published: z.string(),
  dateOnly: z.literal(true).optional(),
  provider: z.string(),
});
export type Headline = z.infer<typeof headlineSchema>;

/** Where the topics' latest headlines are: `shardName.topicHeadlines(id, n)` holds topics n × perPage onwards, in topic order. */
export const headlinePagesSchema = z.object({ id: z.string(), perPage: z.number().int(), pages: z.number().int() });
export type HeadlinePages = z.infer<typeof headlinePagesSchema>;

/** Records found by key: bucket `fnv1a(key) % buckets`, named by index page `floor(b / perIndex)`. */
export const bucketedSchema = z.object({
  id: z.string(),
  buckets: z.number().int(),
  perIndex: z.number().int(),
  pages: z.number().int(),
});
export type Bucketed = z.infer<typeof bucketedSchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  buildId: z.string(),
  counts: z.object({
    articles: z.number().int(),
    topics: z.number().int(),
    providers: z.number().int(),
    /** Stories of two or more articles. */
    stories: z.number().int(),
    /** Entries of the whole feed: stories plus articles on their own. */
    entries: z.number().int(),
    /** Drafts in the index (only with `--include-unpublished`). */
    unpublished: z.number().int(),
  }),
  /** The sorts worth offering, default first: Quality is left out when it merely repeats Heat. */
  sorts: z.array(sortSchema),
  /**
   * The newest article's publication time, which the time windows count back
   * from (time-windows.ts). Absent in an empty index and in one built before
   * the time filter existed.
   */
  newest: z.object({ published: z.string(), dateOnly: z.literal(true).optional() }).optional(),
  /**
   * Categories (lower case) on more than GENERIC_TOPIC_SHARE of the articles:
   * the article page does not show them. Absent when there are none.
   */
  genericCategories: z.array(z.string()).optional(),
  feed: listRefSchema,
  /**
   * The feed cut to each time window (key `listKey.window('feed', w)`). A
   * window with no article is left out; one holding the whole feed repeats
   * its shards. Absent in an index built before the time filter existed,
   * whose reader offers no time filter.
   */
  feedWindows: z.partialRecord(timeWindowSchema, listRefSchema).optional(),
  topics: z.string(),
  /** Directory shards `shardName.listDirectory(id, n)`, n < count; see shard-paths.ts. */
  lists: z.object({ id: z.string(), count: z.number().int() }),
  /** Article index pages `shardName.articleIndex(id, n)`, n < pages, each naming `perIndex` buckets. */
  articles: bucketedSchema,
  /** Story pages, found like articles: `shardName.storyIndex(id, n)` names the buckets. */
  stories: bucketedSchema,
  cards: z.string(),
  /** The search index (src/shared/search.ts); absent when the build could not write one. */
  search: z.object({ path: z.string(), records: z.number().int(), format: z.number().int(), languages: z.array(z.string()) }).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/* Shard bodies. */
export type CardsShard = { cards: Card[] };
export type RanksShard = { ranks: number[] };
export type CardIndexShard = { chunkSize: number; chunks: string[] };
export type ListsShard = { lists: Record<string, ListRef> };
export type TopicsShard = { topics: TopicSummary[]; headlines?: HeadlinePages };
/** One page of headlines: the latest two (of different stories) of each of its topics, by slug. */
export type HeadlinesShard = { headlines: Record<string, Headline[]> };
export type ArticleIndexShard = { buckets: string[] };
export type ArticleShard = { articles: Record<string, Article> };
export type StoryShard = { stories: Record<string, StoryPage> };
