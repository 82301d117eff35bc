/** Topics and providers, merged across files and counted. */
import { GENERIC_TOPIC_MIN_ARTICLES, GENERIC_TOPIC_SHARE } from '../../shared/constants';
import type { ProviderRef, TopicRef } from '../../shared/index-schema';
import type { CompactRecord } from '../record';
import { SlugAllocator, slugify } from './slug';

export type TopicInfo = TopicRef & { count: number; generic?: true };
export type ProviderInfo = ProviderRef & { count: number };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const topicKey = (name: string) => name.toLocaleLowerCase('en');

/** The most common spelling wins; ties go to the first in code-point order. */
function mostCommon(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of [...counts].sort(([a], [b]) => cmp(a, b))) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** Keyed by lower-cased name; `AI`, `ai` and ` AI ` are one topic. */
export function buildTopics(records: CompactRecord[]): Map<string, TopicInfo> {
  const spellings = new Map<string, Map<string, number>>();
  for (const r of records) {
    // One vote per article and topic, so a topic never counts more articles than its list holds.
    const own = new Map<string, string>();
    for (const name of r.topicNames) if (!own.has(topicKey(name))) own.set(topicKey(name), name);
    for (const [key, name] of own) {
      const names = spellings.get(key) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      spellings.set(key, names);
    }
  }
  const entries = [...spellings].map(([key, names]) => ({
    key,
    name: mostCommon(names),
    count: [...names.values()].reduce((a, b) => a + b, 0),
  }));
  entries.sort((a, b) => b.count - a.count || cmp(a.key, b.key));
  const slugs = new SlugAllocator();
  const topics = new Map<string, TopicInfo>();
  const generic = (count: number) =>
    records.length >= GENERIC_TOPIC_MIN_ARTICLES && count > records.length * GENERIC_TOPIC_SHARE;
  for (const e of entries) {
    const slug = slugs.allocate(slugify(e.name, 60), `topic-${topics.size + 1}`);
    topics.set(e.key, { slug, name: e.name, count: e.count, ...(generic(e.count) ? { generic: true as const } : {}) });
  }
  return topics;
}

export function buildProviders(records: CompactRecord[]): Map<string, ProviderInfo> {
  const acc = new Map<string, { names: Map<string, number>; logos: Map<string, number>; count: number }>();
  for (const r of records) {
    const entry = acc.get(r.providerDomain) ?? { names: new Map(), logos: new Map(), count: 0 };
    entry.count++;
    if (r.providerName) entry.names.set(r.providerName, (entry.names.get(r.providerName) ?? 0) + 1);
    if (r.providerLogo) entry.logos.set(r.providerLogo, (entry.logos.get(r.providerLogo) ?? 0) + 1);
    acc.set(r.providerDomain, entry);
  }
  const providers = new Map<string, ProviderInfo>();
  for (const [domain, e] of [...acc].sort(([a], [b]) => cmp(a, b))) {
    const logo = mostCommon(e.logos);
    providers.set(domain, { domain, name: mostCommon(e.names) || domain, ...(logo ? { logo } : {}), count: e.count });
  }
  return providers;
}
