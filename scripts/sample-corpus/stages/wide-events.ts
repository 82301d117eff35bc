/**
 * Stage 3b, the events of events.json: each covered by many outlets, hours
 * apart, with paraphrased headlines and no related links between them; then
 * its look-alikes, articles about something else that share a name or number.
 */
import { at } from '../at';
import { newArt } from '../articles';
import type { EventSpec } from '../data-types';
import type { Art, Corpus, Provider } from '../model';
import { makeEvent, topicSpec } from '../news-event';
import { clampTime, DAY, HOUR, minutes } from '../time';

function eventBody({ data, random }: Corpus, spec: EventSpec, a: Art): string {
  const { chance, int, pick } = random;
  const n = Math.min(spec.body.length, int(2, 3));
  const start = int(0, spec.body.length - n);
  const paras = spec.body.slice(start, start + n);
  const parts = [at(paras, 0)];
  if (chance(0.6)) parts.push(`## ${pick(data.words.headings)}`, random.shuffle(spec.facts).slice(0, int(2, spec.facts.length)).map((f) => `- ${f}`).join('\n'));
  parts.push(...paras.slice(1));
  if (chance(0.5)) parts.push(`Read the [full story on ${a.provider.name}](${a.webUrl ?? a.originalUrl}).`);
  return parts.join('\n\n');
}

function addCoverage(ctx: Corpus, spec: EventSpec, start: number): void {
  const { random, providers, usedTitles } = ctx;
  const { chance, pick, weighted } = random;
  if (spec.titles.length < spec.outlets) throw new Error(`${spec.key}: ${spec.titles.length} titles for ${spec.outlets} outlets`);
  const ev = makeEvent(ctx, topicSpec(ctx.data, at(spec.topics, 0)), spec.kind);
  const covering = providers.filter((p) => spec.topics.some((t) => p.focus.includes(t)));
  const chosen: Provider[] = [];
  while (chosen.length < spec.outlets) {
    const near = covering.filter((p) => !chosen.includes(p));
    const pool = near.length && chance(0.8) ? near : providers.filter((p) => !chosen.includes(p));
    chosen.push(weighted(pool, (p) => p.weight + 0.1));
  }
  // Most coverage comes early; the first outlet breaks the news.
  const offsets = chosen.map((_, i) => (i === 0 ? 0 : i === chosen.length - 1 ? spec.spanHours : Math.pow(random.next(), 1.7) * spec.spanHours)).sort((x, y) => x - y);
  const [lead, ...rest] = spec.titles;
  const titles = [lead ?? '', ...random.shuffle(rest)];
  const excerpts = new Set<string>();
  chosen.forEach((p, i) => {
    const t = clampTime(ctx, minutes(ctx, start + Math.round(at(offsets, i) * HOUR)));
    const title = at(titles, i);
    if (usedTitles.has(title.toLowerCase())) throw new Error(`${spec.key}: title used twice: ${title}`);
    usedTitles.add(title.toLowerCase());
    let excerpt = '';
    for (let k = 0; k < 50 && (!excerpt || excerpts.has(excerpt)); k++) {
      excerpt = at(spec.excerpts, (i + k) % spec.excerpts.length);
      if (k > 0 || chance(0.4)) excerpt = `${excerpt} ${pick(spec.extras)}`;
    }
    excerpts.add(excerpt);
    const a = newArt(ctx, ev, p, 'article', title, excerpt, t);
    a.story = spec.key;
    for (const extra of spec.topics.slice(1)) if (!a.topics.includes(extra) && chance(0.45)) a.topics.splice(1, 0, extra);
    if (chance(0.35)) a.body = eventBody(ctx, spec, a);
  });
}

function addNearMisses(ctx: Corpus, spec: EventSpec, start: number): void {
  const { data, random, providers } = ctx;
  for (const nm of spec.nearMisses) {
    const topic = topicSpec(data, at(nm.topics, 0));
    const pool = providers.filter((p) => p.focus.includes(topic.name));
    const p = random.weighted(pool.length ? pool : providers, (x) => x.weight + 0.1);
    const t = clampTime(ctx, minutes(ctx, start + Math.round((nm.hours + random.next()) * HOUR)));
    ctx.usedTitles.add(nm.title.toLowerCase());
    const a = newArt(ctx, makeEvent(ctx, topic), p, 'article', nm.title, nm.excerpt, t);
    a.nearMiss = spec.key;
    for (const extra of nm.topics.slice(1)) if (!a.topics.includes(extra)) a.topics.splice(1, 0, extra);
  }
}

export function addWideEvents(ctx: Corpus): void {
  for (const spec of ctx.data.events) {
    const start = ctx.data.shape.now - Math.round(spec.startDaysAgo * DAY);
    addCoverage(ctx, spec, start);
    addNearMisses(ctx, spec, start);
  }
}
