/**
 * Deterministic synthetic corpora for the benchmark, in the real file format,
 * dates spread over a year before a fixed day, skewed topic and provider
 * popularity. Two shapes:
 *
 * - `standard`: front matter about 2.3 KB like the examples; stories of 2–8
 *   articles linked through `related`, and events that several outlets cover
 *   without any link (paraphrased headlines sharing a rare name and a number)
 *   for story clustering to find by content and time.
 * - `link-heavy`: files about 4 KB (excerpt, image, short body), 60 topics,
 *   300 outlets; 35% of articles list 1–4 random earlier articles as related
 *   (the way "more to read" widgets do), and five hubs are each linked to by
 *   about 1.5% of all articles. Links here say nothing about the event.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../scripts/random';

const FIXED_NOW = Date.UTC(2026, 10, 20, 12);
const DAY = 86_400_000;

export const CORPUS_SHAPES = ['standard', 'link-heavy'] as const;
export type CorpusShape = (typeof CORPUS_SHAPES)[number];
/** Changes whenever a shape's output changes, so cached corpora are rebuilt. */
export const CORPUS_VERSION: Record<CorpusShape, number> = { standard: 2, 'link-heavy': 1 };

/** The words of every standard excerpt and title (the search benchmark types them). */
export const WORDS = (
  'grid battery model chip cloud network vaccine orbit rover reactor policy market startup privacy ' +
  'browser kernel database compiler robot drone satellite climate forecast turbine solar wind ' +
  'quantum sensor genome protein antibody telescope regulator merger funding outage breach patch ' +
  'release benchmark dataset pipeline cluster platform framework standard protocol'
).split(' ');
const VERBS = 'launches tests expands delays wins loses ships unveils questions doubles trims opens audits'.split(' ');
const TOPIC_NAMES = Array.from({ length: 300 }, (_, i) => `Topic ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);

// Events covered without links: what happened, to whom, how many.
const INCIDENTS = ['data breach', 'outage', 'product recall', 'factory fire', 'takeover bid', 'price cut', 'strike', 'lawsuit', 'network failure', 'chip shortage'];
const THINGS = [
  'customers', 'users', 'devices', 'accounts', 'vehicles', 'orders', 'patients', 'subscribers', 'passengers', 'students',
  'homes', 'shoppers', 'members', 'drivers', 'policyholders', 'tenants',
];
/** The second word of an event's company name ("Yorzantel Bank"). */
export const SUFFIXES = [
  'Bank', 'Labs', 'Energy', 'Systems', 'Motors', 'Health', 'Telecom', 'Foods', 'Airways', 'Robotics', 'Insurance', 'Logistics',
  'Pharma', 'Retail', 'Games', 'Semiconductor', 'Networks', 'Media', 'Rail', 'Water', 'Steel', 'Credit Union', 'Hotels', 'Software',
];
const SYLLABLES = 'ka lo mi ren dor vash tel quo bri zan fen hul ost ry gar nim pex sau tor vel wyn xan yor zub'.split(' ');
const EVENT_TITLES = [
  '{name} says {num} {thing} affected by {incident}',
  '{num} {thing} hit as {name} reports {incident}',
  '{name} {incident}: what we know so far',
  '{Incident} at {name} affects {num} {thing}',
  '{name} confirms {incident} involving {num} {thing}',
  'What the {name} {incident} means for {thing}',
  '{name} under pressure after {incident}',
  'Inside the {name} {incident}',
  '{name} {incident} widens to {num} {thing}',
  'Regulators look at {name} after {incident}',
  '{name} apologises to {thing} for {incident}',
  '{name} shares fall after {incident} hits {num} {thing}',
];
const EVENT_EXCERPTS = [
  '{name} said {num} {thing} were affected by the {incident} and that it expects to give an update within days.',
  'About {num} {thing} are caught up in the {incident} at {name}, according to a company statement.',
  'The {incident} at {name} is one of the largest of its kind this year. Here is what we know.',
  'Analysts said the {incident} could cost {name} more than it first expected, with {num} {thing} involved.',
  '{name} apologised for the {incident} and said {thing} would be contacted directly.',
];

export type CorpusOptions = { count: number; dir: string; seed?: number; shape?: CorpusShape };

export async function generateCorpus({ count, dir, seed = 42, shape = 'standard' }: CorpusOptions): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = shape === 'standard' ? standardFiles(count, seed) : linkHeavyFiles(count, seed);
  const batch: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const text = files.next().value!;
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) await mkdir(sub, { recursive: true });
    batch.push(writeFile(path.join(sub, `${i}.md`), text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

const iso = (t: number) => new Date(Math.min(FIXED_NOW, t)).toISOString().replace('.000', '');
const fill = (tpl: string, slots: Record<string, string>) =>
  tpl.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key.toLowerCase()] ?? '';
    return key === key.toLowerCase() ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });

function tools(seed: number) {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // Zipf-like popularity: a few providers and topics carry most articles.
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 3));
  return { random, pick, skewed };
}

/** The standard shape: link-based stories, link-free events, outside related pages. */
function* standardFiles(count: number, seed: number): Generator<string> {
  const { random, pick, skewed } = tools(seed);
  const providers = Math.max(20, Math.round(count / 50));
  const words = () => Array.from({ length: 30 + Math.floor(random() * 20) }, () => pick(WORDS)).join(' ');
  const urlOf = (i: number) => `https://www.outlet-${i % providers}.example.com/news/${i}-story`;

  // Stories: runs of 2–8 consecutive articles on one event, within two days,
  // linked to earlier members (about a quarter of all articles).
  let story = { start: -1, end: -1, day: 0 };
  // Events: runs of 3–12 consecutive articles from different outlets, within
  // two days, with paraphrased titles and excerpts and no links at all.
  let event = { start: -1, end: -1, day: 0, slots: {} as Record<string, string>, titles: [] as string[] };
  for (let i = 0; i < count; i++) {
    const free = i >= story.end && i >= event.end;
    if (free && random() < 0.07) story = { start: i, end: i + 2 + Math.floor(random() * 7), day: FIXED_NOW - Math.floor(random() * 365 * DAY) };
    else if (free && random() < 0.03) {
      const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
      const num = random() < 0.5 ? `${1 + Math.floor(random() * 9)}.${Math.floor(random() * 10)} million` : `${10 + Math.floor(random() * 890)},000`;
      const slots = { name: `${name.charAt(0).toUpperCase()}${name.slice(1)} ${pick(SUFFIXES)}`, num, thing: pick(THINGS), incident: pick(INCIDENTS) };
      const titles = [...EVENT_TITLES].sort(() => random() - 0.5);
      event = { start: i, end: i + 3 + Math.floor(random() * 10), day: FIXED_NOW - Math.floor(random() * 365 * DAY), slots, titles };
    }
    const inStory = i > story.start && i < story.end;
    const inEvent = i >= event.start && i < event.end;
    // Event members come from different outlets; others follow popularity.
    const provider = inEvent ? (i * 7919) % providers : skewed(providers);
    const when = (i >= story.start && i < story.end) || inEvent ? (inEvent ? event.day : story.day) + Math.floor(random() * 2 * DAY) : FIXED_NOW - Math.floor(random() * 365 * DAY);
    const published = iso(when);
    const heat = Math.round(5 + 600 * random() ** 4);
    const quality = Math.max(1, Math.round(heat * (0.6 + 0.6 * random())));
    const topics = Array.from({ length: 1 + Math.floor(random() * 3) }, () => TOPIC_NAMES[skewed(TOPIC_NAMES.length)]);
    const title = inEvent
      ? fill(event.titles[(i - event.start) % event.titles.length]!, event.slots)
      : `${pick(WORDS)} ${pick(VERBS)} ${pick(WORDS)} ${pick(WORDS)} as ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const excerpt = inEvent ? fill(pick(EVENT_EXCERPTS), event.slots) : words();
    // Story members link to one or two earlier members; some others cite outside pages.
    const targets = inStory
      ? [...new Set([i - 1, story.start + Math.floor(random() * (i - story.start))]), -1 - i * 4].slice(0, 1 + Math.floor(random() * 3))
      : !inEvent && random() < 0.45 ? Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => -1 - i * 4 - k) : [];
    const related = targets.map((target) =>
      relatedEntry(
        `Coverage of ${pick(WORDS)} ${pick(WORDS)} ${target}`,
        words(),
        published,
        target >= 0 ? urlOf(target) : `https://elsewhere${target}.example.org/a`,
        Math.abs(target) % providers,
        Math.round(random() * 200),
        `https://img.example.com/${Math.abs(target)}.jpg`,
      ),
    );
    yield fileText({
      title, excerpt, published, url: urlOf(i), quality, heat, provider, topics, image: `https://img.example.com/${i}-1200x675.jpg`, related,
      secured: `${Buffer.from(`${words()} ${words()}`).toString('base64').slice(0, 520)};${Buffer.from(title).toString('base64').slice(0, 24)}`,
    });
  }
}

/** The link-heavy shape: random and hub links that join nothing by themselves. */
function* linkHeavyFiles(count: number, seed: number): Generator<string> {
  const { random, pick, skewed } = tools(seed);
  const providers = 300;
  const topicNames = TOPIC_NAMES.slice(0, 60);
  // A large vocabulary, so that two unrelated articles rarely share words by chance.
  const vocabulary = Array.from({ length: 4000 }, (_, k) => `${SYLLABLES[k % SYLLABLES.length]}${SYLLABLES[Math.floor(k / SYLLABLES.length) % SYLLABLES.length]}${k >= 576 ? SYLLABLES[Math.floor(k / 576) % SYLLABLES.length] : ''}`);
  const word = () => (random() < 0.3 ? pick(WORDS) : vocabulary[skewed(vocabulary.length)]!);
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const outletOf = (i: number) => (i * 7919) % providers;
  const urlOf = (i: number) => `https://www.outlet-${outletOf(i)}.example.com/articles/${i}`;
  const dateOf: number[] = [];
  const titleOf: string[] = [];
  const hubs = [0, 1, 2, 3, 4].filter((h) => h < count);

  for (let i = 0; i < count; i++) {
    const when = FIXED_NOW - Math.floor(random() * 365 * DAY);
    const published = iso(when);
    const title = `${words(3)} ${pick(VERBS)} ${words(4)}`;
    dateOf.push(when);
    titleOf.push(title);
    const heat = Math.round(5 + 600 * random() ** 4);
    const quality = Math.max(1, Math.round(heat * (0.6 + 0.6 * random())));
    const topics = Array.from({ length: 1 + Math.floor(random() * 3) }, () => topicNames[skewed(topicNames.length)]);
    const targets = new Set<number>();
    if (i > 0 && random() < 0.35) {
      const n = 1 + Math.floor(random() * 4);
      for (let k = 0; k < n; k++) targets.add(Math.floor(random() * i));
    }
    for (const h of hubs) if (i > h && random() < 0.015) targets.add(h);
    const related = [...targets].map((t) =>
      relatedEntry(titleOf[t]!, words(35), iso(dateOf[t]!), urlOf(t), outletOf(t), Math.round(random() * 200), `https://img.example.net/${t}-640x360.jpg`),
    );
    const body = Array.from({ length: 3 }, () => `${words(60 + Math.floor(random() * 40))}.`).join('\n\n');
    yield fileText({
      title, excerpt: words(55), published, url: urlOf(i), quality, heat, provider: outletOf(i), topics,
      image: `https://img.example.net/${i}-1200x675.jpg`, related, body,
      secured: `${Buffer.from(`${words(120)}`).toString('base64').slice(0, 700)};${Buffer.from(title).toString('base64').slice(0, 24)}`,
    });
  }
}

function relatedEntry(title: string, excerpt: string, published: string, url: string, provider: number, quality: number, image: string): string {
  return [
    `  - title: "${title}"`,
    `    excerpt: "${excerpt}"`,
    `    publishedDateTime: ${published}`,
    `    webUrl: "${url}"`,
    '    type: article',
    `    provider:\n      name: Outlet ${provider}\n      domain: outlet-${provider}.example.com`,
    `    quality: ${quality}`,
    '    images:',
    `      - url: "${image}"\n        width: 640\n        height: 360`,
  ].join('\n');
}

type FileFields = {
  title: string;
  excerpt: string;
  published: string;
  url: string;
  quality: number;
  heat: number;
  provider: number;
  topics: Array<string | undefined>;
  image: string;
  related: string[];
  secured: string;
  body?: string;
};

function fileText(f: FileFields): string {
  return [
    '---',
    'category: news',
    `title: "${f.title}"`,
    `excerpt: "${f.excerpt}"`,
    `publishedDateTime: ${f.published}`,
    `originalUrl: "${f.url}"`,
    `webUrl: "${f.url}"`,
    'type: article',
    `quality: ${f.quality}`,
    `heat: ${f.heat}`,
    'published: true',
    '',
    'provider:',
    `  name: Outlet ${f.provider}`,
    `  domain: outlet-${f.provider}.example.com`,
    f.provider % 3 === 0 ? `  images:\n    - url: "https://logos.example.com/${f.provider}.png"\n      width: 50\n      height: 50` : '',
    '',
    'topics:',
    ...[...new Set(f.topics)].map((t) => `  - ${t}`),
    '',
    'images:',
    `  - url: "${f.image}"\n    width: 1200\n    height: 675\n    isCached: true`,
    '',
    f.related.length ? `related:\n${f.related.join('\n')}\n` : '',
    `secured: "${f.secured}"`,
    '---',
  ].filter((line) => line !== '').join('\n') + '\n' + (f.body ? `${f.body}\n` : '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '10000', dir = '.bench-corpora/manual', shape = 'standard'] = process.argv.slice(2);
  if (!(CORPUS_SHAPES as readonly string[]).includes(shape)) throw new Error(`shape must be one of ${CORPUS_SHAPES.join(', ')}`);
  await generateCorpus({ count: Number(count), dir, shape: shape as CorpusShape });
}
