/** A piece of news (topic, kind, slots) and the excerpts told about it. */
import { at } from './at';
import type { CorpusData, Kind, TopicSpec } from './data-types';
import type { Corpus, NewsEvent } from './model';
import type { Random } from './seeded-random';
import { aOrAn, renderAny, type Slots } from './templates';

export function topicSpec(data: CorpusData, name: string): TopicSpec {
  const t = data.topics.find((x) => x.name === name);
  if (!t) throw new Error(`unknown topic ${name}`);
  return t;
}

function fundingAmount({ weighted, int, chance }: Random): { amount: string; round: string } {
  const round = weighted(['seed round', 'Series A', 'Series B', 'Series C'], (r) => (r === 'Series C' ? 1 : 3));
  const [lo, hi] = round === 'seed round' ? [2, 9] : round === 'Series A' ? [10, 35] : round === 'Series B' ? [30, 95] : [80, 240];
  const m = int(lo, hi);
  const cur = chance(0.2) ? '€' : '$';
  const amount = m < 10 && chance(0.5) ? `${cur}${m}.5 million` : `${cur}${m} million`;
  return { amount, round };
}

/** Every slot an event might need, drawn once so all articles of a story agree. */
function makeSlots({ data, random }: Corpus, topic: TopicSpec): Slots {
  const { pick, int } = random;
  const words = data.words;
  const s: Slots = {};
  const actors = random.shuffle(topic.actors);
  s.actor = at(actors, 0);
  s.actor2 = at(actors, 1);
  const opt = (key: string, list: readonly string[] | undefined) => {
    if (list && list.length) s[key] = pick(list);
  };
  opt('product', topic.products);
  if (s.product) s.aProduct = aOrAn(s.product);
  opt('finding', topic.findings);
  opt('issue', topic.issues);
  opt('trend', topic.trends);
  opt('milestone', topic.milestones);
  s.mission = pick(topic.missions ?? words.missions);
  s.audience = pick(topic.audiences ?? words.audiences);
  s.service = pick(topic.services ?? words.services);
  s.benefit = pick(words.benefits);
  s.startup = topic.name === 'Startups' ? s.actor : pick(words.startups);
  Object.assign(s, fundingAmount(random));
  s.investor = pick(words.investors);
  s.regulator = pick(topic.regulators ?? words.regulators);
  s.inst = pick(words.institutions);
  s.region = pick(words.regions);
  s.city = pick(words.cities);
  s.cause = pick(words.causes);
  s.reason = pick(words.reasons);
  s.reasonBad = pick(words.reasonsBad);
  s.victim = pick(words.victims);
  s.vector = pick(words.vectors);
  s.target = pick(words.targets);
  s.impact = pick(words.impacts);
  s.count = pick(words.counts);
  s.n = String(int(3, 9));
  s.pct = String(int(4, 23));
  s.hours = String(int(2, 14));
  s.days = pick(words.dayCounts);
  s.months = String(int(6, 36));
  s.years = String(int(2, 8));
  s.customers = pick(words.customerCounts);
  s.staff = String(int(12, 180));
  s.sites = String(int(8, 140));
  s.samples = pick(words.sampleSizes);
  s.year = pick(words.futureYears);
  s.year0 = pick(words.pastYears);
  s.quarter = words.quarter;
  return s;
}

/** A new event on `topic`, of `kind` or of a kind drawn from the topic's weights. */
export function makeEvent(ctx: Corpus, topic: TopicSpec, kind?: Kind): NewsEvent {
  const kinds = Object.entries(topic.kinds) as Array<[Kind, number]>;
  const k = kind ?? ctx.random.weighted(kinds, ([, w]) => w)[0];
  return { topic, kind: k, slots: makeSlots(ctx, topic) };
}

/** An excerpt of one to three sentences. */
export function makeExcerpt({ data, random }: Corpus, ev: NewsEvent): string {
  const text = data.kinds[ev.kind];
  const parts: string[] = [renderAny(random, text.excerpts, ev.slots) ?? ''];
  const extra = random.weighted([0, 1, 2], (k) => [4, 4, 1][k] ?? 0);
  const used = new Set<string>();
  for (let i = 0; i < extra; i++) {
    const e = renderAny(random, text.extras, ev.slots);
    if (e && !used.has(e) && !parts.includes(e)) {
      used.add(e);
      parts.push(e);
    }
  }
  return parts.filter(Boolean).join(' ');
}
