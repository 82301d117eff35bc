/**
 * The indexer's record model: what a file becomes (ArticleRecord), what the
 * linker keeps of it (CompactRecord), and what became of each file.
 */
import type { Article, ArticleType, Image, RelatedEntry } from '../shared/index-schema';
import type { RecordText, SpillRef } from './parse/spill';

/** A related entry as the file gave it, before it is linked to the index. */
export type RawRelated = Omit<RelatedEntry, 'slug'> & { canonical?: string };

/** One accepted file, normalised: everything the linker needs. */
export type ArticleRecord = {
  file: string;
  id: string;
  canonical: string;
  url: string;
  title: string;
  excerpt?: string;
  type: ArticleType;
  publishedMs: number;
  /** `publishedDateTime` was a date with no time (Card.dateOnly). */
  dateOnly?: true;
  heat?: number;
  quality?: number;
  unpublished: boolean;
  category?: string;
  providerDomain: string;
  providerName?: string;
  providerLogo?: string;
  topicNames: string[];
  images: Image[];
  body?: string;
  video?: Article['video'];
  actions?: NonNullable<Article['actions']>;
  authors?: string[];
  related: RawRelated[];
};

export type Warning = { file: string; message: string };
/** A path that could not be read at all, and why. */
export type Skip = { file: string; reason: string };
export type Rejection = { file: string; reason: string; line?: number; column?: number };

/**
 * What became of one file; the parse workers send `FileOutcome<CompactRecord>`.
 * `hash` is the hash of the bytes that gave it, when they were read: the
 * build cache knows a file by its content, not by its time stamps.
 */
export type FileOutcome<R extends ArticleRecord | CompactRecord = ArticleRecord> = { hash?: string } & (
  | { kind: 'article'; record: R; warnings: string[] }
  | { kind: 'removed'; warnings: string[] }
  | { kind: 'skipped-unpublished'; warnings: string[] }
  /** Listed, then not readable: gone (saved by rename, moved), a folder, no permission. Never cached. */
  | { kind: 'unreadable'; reason: string; warnings: string[] }
  /** `transient`: the reason lies in this run (time, memory), so it is not cached. */
  | { kind: 'rejected'; reason: string; line?: number; column?: number; warnings: string[]; transient?: boolean }
);

/**
 * What the linker keeps of a parsed file. The parts of an article that
 * linking never looks at travel as ready-made JSON text: a worker makes it,
 * and the main thread and the build cache hold one compact string per
 * article instead of a tree of objects (100,000 articles must fit in a few
 * hundred megabytes).
 */
export type CompactRecord = {
  compact: true;
  file: string;
  id: string;
  canonical: string;
  title: string;
  cardExcerpt?: string;
  type: ArticleType;
  publishedMs: number;
  dateOnly?: true;
  heat?: number;
  quality?: number;
  unpublished: boolean;
  providerDomain: string;
  providerName?: string;
  providerLogo?: string;
  topicNames: string[];
  image?: Image;
  /** How complete the record is: of two duplicates the more complete is kept. */
  completeness: number;
  /** The canonical URL of each related entry (null when it has no link), for linking. */
  relatedCanonicals: (string | null)[];
  /** The words the article is about, for story clustering (stories/features.ts). */
  features: string;
  /** Its search terms (encodeDocumentTerms in src/shared/search.ts). */
  searchTerms: string;
  /**
   * The article-page fields as `"key":value` pairs without braces ('' when
   * none) and each related entry as a JSON object: in memory, or spilled to
   * disk by a parse worker (spill.ts).
   */
  text: RecordText | SpillRef;
};
