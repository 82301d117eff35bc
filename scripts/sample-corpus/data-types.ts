/** The shapes of the files in scripts/corpus-data (each file's "$comment" says what its fields mean; events.json's are described here). */

export type Kind =
  | 'launch'
  | 'funding'
  | 'study'
  | 'policy'
  | 'trend'
  | 'partnership'
  | 'incident'
  | 'breach'
  | 'vuln'
  | 'earningsUp'
  | 'earningsDown'
  | 'milestone';

export interface Shape {
  seed: number;
  /** Milliseconds since the epoch (the file holds an ISO date). */
  now: number;
  windowDays: number;
  clustersAndSingles: number;
  clusterSizes: Array<[size: number, count: number]>;
  publishHourWeights: number[];
  imageSizes: Array<[width: number, height: number]>;
}

export interface TopicSpec {
  name: string;
  weight: number;
  kinds: Partial<Record<Kind, number>>;
  actors: string[];
  products?: string[];
  findings?: string[];
  issues?: string[];
  trends: string[];
  missions?: string[];
  audiences?: string[];
  services?: string[];
  milestones?: string[];
  regulators?: string[];
  near: string[];
}

type WordList =
  | 'audiences' | 'services' | 'missions' | 'benefits' | 'startups' | 'investors' | 'regulators' | 'institutions'
  | 'regions' | 'cities' | 'causes' | 'reasons' | 'reasonsBad' | 'victims' | 'vectors' | 'targets' | 'impacts'
  | 'counts' | 'headings' | 'authors' | 'customerCounts' | 'sampleSizes' | 'dayCounts' | 'futureYears' | 'pastYears';
export type Words = Record<WordList, string[]> & { quarter: string };

export interface KindText {
  headlines: string[];
  excerpts: string[];
  extras: string[];
}

export interface TitleAndExcerpt {
  title: string;
  excerpt: string;
}

export interface Media {
  videoPrefixes: string[];
  videos: TitleAndExcerpt[];
  downloads: TitleAndExcerpt[];
  downloadActions: string[];
  downloadExtensions: string[];
}

export interface ProviderSpec {
  name: string;
  domain: string;
  www: boolean;
  style: 'date' | 'newsid' | 'section' | 'articles' | 'query' | 'blog';
  logo: boolean;
  focus: string[];
  extraTag?: 'ki' | 'donnees';
  videoHeavy?: boolean;
}

export interface Outlets {
  outlets: ProviderSpec[];
  extraTags: Record<'ki' | 'donnees', string>;
  outsideOutlets: Array<{ name: string; domain: string }>;
  sharedImageHosts: string[];
}

export interface UrlNoise {
  logoUrls: string[];
  utmQueries: string[];
  fragments: string[];
  relatedSections: string[];
}

export interface Bodies {
  bullets: string[];
  hostile: Array<{ format: 'html' | 'markdown'; parts: string[] }>;
}

interface Ago {
  days?: number;
  hours?: number;
  minutes?: number;
}

export interface ReferenceArticle {
  outlet: string;
  topic: string;
  kind: Kind;
  cleanTitle: string;
  title: string;
  excerpt: string;
  ago: Ago;
  topics: string[];
  quality: number;
  heat: number;
  imageSlug: string;
  related: {
    title: string;
    excerpt: string;
    ago: Ago;
    url: string;
    quality: number;
    image: { url: string; width: number; height: number };
  };
}

/** An event many outlets cover without linking each other (the way a news aggregator sees a big story). */
export interface EventSpec {
  key: string;
  kind: Kind;
  /** The first is the main topic. */
  topics: string[];
  /** How many different outlets cover it. */
  outlets: number;
  startDaysAgo: number;
  /** First to last article. */
  spanHours: number;
  /** Typical heat of one article. */
  heat: number;
  /** Names and numbers every telling shares; the first is bolded in the one HTML excerpt, the last names the event in the README. */
  keyTerms: string[];
  /** Paraphrased headlines, at least one per outlet; the first is the outlet that breaks the news. */
  titles: string[];
  excerpts: string[];
  /** Sentences added to an excerpt. */
  extras: string[];
  /** Paragraphs, two or three in a row make a body. */
  body: string[];
  /** Bullet points of a body. */
  facts: string[];
  /** Same company, same number or same kind of news, but another event; `hours` after the event starts. */
  nearMisses: Array<{ hours: number; topics: string[]; title: string; excerpt: string }>;
}

export interface DraftSpec {
  /** The event a draft is about, or null when it is off-topic. */
  event: string | null;
  daysAgo: number;
  topics: string[];
  title: string;
  excerpt: string;
}

export interface CorpusData {
  shape: Shape;
  topics: TopicSpec[];
  words: Words;
  kinds: Record<Kind, KindText>;
  followUpPrefixes: string[];
  media: Media;
  outlets: Outlets;
  urls: UrlNoise;
  bodies: Bodies;
  reference: ReferenceArticle;
  genericTopic: string;
  events: EventSpec[];
  drafts: DraftSpec[];
}
