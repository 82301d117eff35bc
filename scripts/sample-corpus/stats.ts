/** What the corpus holds, for its README and the console, with the per-event outlet counts checked. */
import type { Art, Corpus } from './model';
import { checkStories } from './story-check';
import { DAY } from './time';

export interface EventLine {
  key: string;
  name: string;
  articles: number;
  outlets: number;
  days: number;
}

export interface CorpusStats {
  articles: number;
  topics: number;
  outlets: number;
  clusterCount: number;
  storySizes: number[];
  widgetLinks: number;
  events: EventLine[];
  nearMisses: number;
  drafts: number;
  reposts: number;
  widgetHosts: number;
  genericShare: number;
  entityExcerpts: number;
  invisibleTitles: number;
  /** How many articles match. */
  count(f: (a: Art) => boolean): number;
}

export function corpusStats({ data, arts }: Corpus, clusterCount: number): CorpusStats {
  const { sizes, widgetLinks } = checkStories(arts, clusterCount);
  const count = (f: (a: Art) => boolean) => arts.filter(f).length;
  const events = data.events.map((e) => {
    const members = arts.filter((a) => a.story === e.key);
    const outlets = new Set(members.map((a) => a.provider.domain)).size;
    if (outlets !== e.outlets) throw new Error(`${e.key}: ${outlets} outlets, expected ${e.outlets}`);
    const days = (Math.max(...members.map((a) => a.published)) - Math.min(...members.map((a) => a.published))) / DAY;
    return { key: e.key, articles: members.length, outlets, days, name: e.keyTerms.at(-1) ?? e.key };
  });
  return {
    articles: arts.length,
    topics: new Set(arts.flatMap((a) => a.topics.map((t) => t.trim().toLowerCase()))).size,
    outlets: new Set(arts.map((a) => a.provider.domain)).size,
    clusterCount,
    storySizes: sizes,
    widgetLinks,
    events,
    nearMisses: count((a) => a.nearMiss !== undefined),
    drafts: count((a) => a.draftOf !== undefined),
    reposts: count((a) => a.repostOf !== undefined),
    widgetHosts: count((a) => a.related.some((r) => r.widget)),
    genericShare: count((a) => a.topics.includes(data.genericTopic)) / arts.length,
    entityExcerpts: count((a) => /&(#\d+|amp|nbsp|quot);/.test(a.excerpt)),
    invisibleTitles: count((a) => /[\u200b\u00ad]/.test(a.title)),
    count,
  };
}

/** The console summary of a run. */
export function summaryLines(s: CorpusStats, genericTopic: string, outDir: string): string {
  const { count } = s;
  return [
    `wrote ${s.articles} articles to ${outDir}`,
    `topics ${s.topics}, providers ${s.outlets}, story clusters ${s.clusterCount} (${count((a) => a.cluster !== undefined)} articles; sizes ${[...s.storySizes].sort((x, y) => x - y).join(',')})`,
    `events without links ${s.events.length}: ${s.events.map((e) => `${e.key} ${e.outlets} outlets/${e.articles} articles/${e.days.toFixed(1)} days`).join(', ')}`,
    `near misses ${s.nearMisses}, re-posts ${s.reposts}, extra drafts ${s.drafts}, widget articles ${s.widgetHosts} (${s.widgetLinks} links), "${genericTopic}" on ${(s.genericShare * 100).toFixed(1)}%`,
    `excerpts with entities ${s.entityExcerpts} (${((s.entityExcerpts / s.articles) * 100).toFixed(1)}%), with tags ${count((a) => /<b>/.test(a.excerpt))}, titles with invisible characters ${s.invisibleTitles}, with entities ${count((a) => /&#?\w+;/.test(a.title))}`,
    `videos ${count((a) => a.type === 'video')} (no webUrl: ${count((a) => a.type === 'video' && !a.webUrl)}), downloads ${count((a) => a.type === 'download')}`,
    `with related ${count((a) => a.related.length > 0)}, with body ${count((a) => !!a.body)}, unpublished ${count((a) => !a.isPublished)}, removed ${count((a) => !!a.removed)}, deleted ${count((a) => !!a.deleted)}`,
    `missing quality ${count((a) => a.quality === undefined)}, missing heat ${count((a) => a.heat === undefined)}, no image ${count((a) => a.images.length === 0)}`,
  ].join('\n');
}
