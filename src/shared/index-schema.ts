/**
 * The shape of the prebuilt index in `public/data`, shared by the index CLI
 * (which writes it) and the reader (which only imports the inferred types, so
 * zod never reaches the browser bundle). See docs/index-format.md.
 */
import { z } from 'zod';

import { ARTICLE_TYPES, SCHEMA_VERSION, SORTS } from './constants';

export const sortSchema = z.enum(SORTS);
export type Sort = z.infer<typeof sortSchema>;

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

/** Everything a list card shows. List shards carry cards, never bodies. */
export const cardSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  excerpt: z.string().optional(),
  type: articleTypeSchema,
  published: z.string(),
  heat: z.number().optional(),
  quality: z.number().optional(),
  /** `published: false` in the file: indexed, but flagged. */
  unpublished: z.literal(true).optional(),
  provider: providerRefSchema,
  topics: z.array(topicRefSchema),
  image: imageSchema.optional(),
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
  type: articleTypeSchema.optional(),
  provider: providerRefSchema.optional(),
  image: imageSchema.optional(),
});
export type RelatedEntry = z.infer<typeof relatedEntrySchema>;

export const videoSchema = z.object({ kind: z.literal('youtube'), id: z.string() });
export type Video = z.infer<typeof videoSchema>;

export const actionSchema = z.object({
  url: z.string(),
  title: z.string(),
  type: z.string().optional(),
});

/** A story member as the article page lists it: no excerpt, no topics. */
export const storyCardSchema = cardSchema.omit({ excerpt: true, topics: true });
export type StoryCard = z.infer<typeof storyCardSchema>;

export const storySchema = z.object({
  id: z.string(),
  /** How many articles the whole story has, this one included. */
  size: z.number().int(),
  /** The story's other articles, hottest first, at most 12. */
  articles: z.array(storyCardSchema),
});
export type Story = z.infer<typeof storySchema>;

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
});
export type Article = z.infer<typeof articleSchema>;

/**
 * How to load one list (the feed, a topic, a source). Small lists are one
 * shard sorted client-side; large ones have a head shard per sort for the
 * first screen and pages of global card ranks for the rest.
 */
export const listRefSchema = z.object({
  key: z.string(),
  title: z.string(),
  count: z.number().int(),
  logo: z.string().optional(),
  all: z.string().optional(),
  heads: z.record(sortSchema, z.string()).optional(),
  /** Rank pages per sort, named by `shardName.ranksPage(id, sort, n)` for n < pages. */
  ranks: z.object({ id: z.string(), pages: z.number().int() }).optional(),
});
export type ListRef = z.infer<typeof listRefSchema>;

export const topicSummarySchema = topicRefSchema.extend({ count: z.number().int() });
export type TopicSummary = z.infer<typeof topicSummarySchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  buildId: z.string(),
  counts: z.object({
    articles: z.number().int(),
    topics: z.number().int(),
    providers: z.number().int(),
    stories: z.number().int(),
    unpublished: z.number().int(),
  }),
  feed: listRefSchema,
  topics: z.string(),
  /** Directory shards `shardName.listDirectory(id, n)`, n < count; see shard-paths.ts. */
  lists: z.object({ id: z.string(), count: z.number().int() }),
  /** Article index pages `shardName.articleIndex(id, n)`, n < pages, each naming `perIndex` buckets. */
  articles: z.object({
    id: z.string(),
    buckets: z.number().int(),
    perIndex: z.number().int(),
    pages: z.number().int(),
  }),
  cards: z.string(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/* Shard bodies. */
export type CardsShard = { cards: Card[] };
export type RanksShard = { ranks: number[] };
export type CardIndexShard = { chunkSize: number; chunks: string[] };
export type ListsShard = { lists: Record<string, ListRef> };
export type TopicsShard = { topics: TopicSummary[] };
export type ArticleIndexShard = { buckets: string[] };
export type ArticleShard = { articles: Record<string, Article> };
