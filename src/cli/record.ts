import type { Article, ArticleType, Image, RelatedEntry } from '../shared/index-schema';
import type { CompactRecord } from './compact-record';

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
export type Rejection = { file: string; reason: string; line?: number; column?: number };

/** What became of one file; the parse workers send `FileOutcome<CompactRecord>`. */
export type FileOutcome<R extends ArticleRecord | CompactRecord = ArticleRecord> =
  | { kind: 'article'; record: R; warnings: string[] }
  | { kind: 'removed'; warnings: string[] }
  | { kind: 'skipped-unpublished'; warnings: string[] }
  /** Listed, then not readable: gone (saved by rename, moved), a folder, no permission. Never cached. */
  | { kind: 'unreadable'; reason: string; warnings: string[] }
  /** `transient`: the reason lies in this run (time, memory), so it is not cached. */
  | { kind: 'rejected'; reason: string; line?: number; column?: number; warnings: string[]; transient?: boolean };
