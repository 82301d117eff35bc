/** One run of the generator: the articles it builds and the state every stage shares. */
import type { CorpusData, Kind, ProviderSpec, TopicSpec } from './data-types';
import type { Random } from './seeded-random';
import type { Slots } from './templates';

/** A piece of news; every article about it shares its slots, so they agree. */
export interface NewsEvent {
  topic: TopicSpec;
  kind: Kind;
  slots: Slots;
}

export interface Img {
  url: string;
  width?: number;
  height?: number;
  isCached?: boolean;
}

export interface Provider extends ProviderSpec {
  weight: number;
  logoUrl?: string;
  imageHost: string;
}

export interface Related {
  title: string;
  excerpt?: string;
  published: number;
  webUrl: string;
  type: string;
  provider: { name: string; domain: string };
  quality?: number;
  images: Img[];
  /** Added by a "more to read" widget: points at an unrelated article. */
  widget?: boolean;
}

export interface Art {
  n: number;
  event: NewsEvent;
  provider: Provider;
  type: 'article' | 'video' | 'download';
  title: string;
  excerpt: string;
  /** Raw YAML for the excerpt when it is written as a multi-line quoted scalar. */
  excerptYaml?: string;
  published: number;
  webUrl?: string;
  originalUrl: string;
  quality?: number;
  heat?: number;
  isPublished: boolean;
  removed?: boolean;
  deleted?: boolean;
  category?: string;
  featuredContent?: string;
  actions?: Array<{ url: string; type: string; title: string; attribution: string }>;
  authors?: string[];
  topics: string[];
  images: Img[];
  related: Related[];
  secured?: string;
  body?: string;
  cluster?: number;
  /** Covers this events.json event (no related links). */
  story?: string;
  /** Looks like this event but is about something else. */
  nearMiss?: string;
  /** An extra draft: the event it is about, or 'off-topic'. */
  draftOf?: string;
  /** The same outlet posted the same article again under another URL. */
  repostOf?: Art;
  /** Carries one of the hostile bodies. */
  hostile?: boolean;
  file: string;
  /** Written with this exact name (the reference-style article). */
  fixedName?: string;
}

/** Passed to every stage; the only mutable state of a run. */
export interface Corpus {
  readonly data: CorpusData;
  readonly random: Random;
  readonly providers: Provider[];
  readonly arts: Art[];
  /** Canonical URLs already given out. */
  readonly usedUrls: Set<string>;
  /** Lower-cased titles already given out. */
  readonly usedTitles: Set<string>;
  /** The next article's `n` (creation order, a tie-breaker). */
  serial: number;
}
