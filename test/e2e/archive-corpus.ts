/**
 * An archive for the time filter and dates: its newest story is from June
 * 2019, so every period counts back from then, never from the clock. One
 * day holds sixty stories; some files give a date with no time; one story
 * of three outlets has a date-only member; a topic has nothing newer than
 * 2018; and the feed is over 200 stories, so its lists are read in pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildIndex } from '../../src/cli/build-index';

export const NEWEST = '2019-06-30T23:00:00.000Z';
const DAY = 24 * 3600_000;

const syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'da', 'fe', 'gi', 'ho', 'ju', 'ly', 'mo', 'ne', 'po'];
/** A made-up word per number: no two articles share one, so only the story below is a story. */
const word = (n: number) => [Math.floor(n / 400) % 20, Math.floor(n / 20) % 20, n % 20].map((i) => syllables[i]).join('');
const titleOf = (n: number) => {
  const [a, b, c] = [word(3 * n), word(3 * n + 1), word(3 * n + 2)];
  return `${a.charAt(0).toUpperCase()}${a.slice(1)} ${b} ${c}`;
};
const outlets = [['Harbor Post', 'harbor.example.com'], ['Ridge Daily', 'ridge.example.org'], ['Meadow Wire', 'meadow.example.net']] as const;

type Item = { title: string; published: string; topic: string; outlet: number; heat: number; excerpt?: string; extra?: string };

/** Date-only articles the tests look for by title. */
export const dateOnly = {
  /** The day before the newest: in This week, not in Today. */
  dayBefore: { title: 'Violin maker retires after forty years', published: '2019-06-29' },
  /** A member of the story below. */
  storyMember: { title: 'Solar probe lifts off from orbital lab', published: '2019-06-28' },
};
/** An article whose file lists a related link dated with no time. */
export const withRelated = { title: 'Lighthouse keeper honoured by the town', relatedTitle: 'How the lighthouse was saved', relatedDay: '2019-06-20' };
export const STORY_LEAD = 'Orbital lab launches solar probe';

function items(): Item[] {
  const out: Item[] = [];
  const newest = Date.parse(NEWEST);
  // The newest day: sixty stories, the last at the newest time.
  for (let i = 0; i < 60; i++) {
    out.push({ title: titleOf(i), published: new Date(newest - i * 22 * 60_000).toISOString(), topic: 'Harbour', outlet: i % 3, heat: (i * 37) % 300 });
  }
  // The hottest of all, so it heads the Heat order.
  out.push({ ...dateOnly.dayBefore, topic: 'Harbour', outlet: 0, heat: 999 });
  // One story: three outlets on one launch, one of them dated with no time.
  const about = (title: string) => `An excerpt about ${title}.`;
  out.push({ title: STORY_LEAD, published: '2019-06-28T09:00:00Z', topic: 'Space', outlet: 0, heat: 280, excerpt: about(STORY_LEAD) });
  out.push({ ...dateOnly.storyMember, topic: 'Space', outlet: 1, heat: 30, excerpt: about(dateOnly.storyMember.title) });
  const third = "Orbital lab's solar probe launch: what we know";
  out.push({ title: third, published: '2019-06-28T15:00:00Z', topic: 'Space', outlet: 2, heat: 20, excerpt: about(third) });
  out.push({
    title: withRelated.title, published: '2019-06-25T12:00:00Z', topic: 'Harbour', outlet: 1, heat: 120,
    extra: `related:\n  - title: "${withRelated.relatedTitle}"\n    webUrl: "https://elsewhere.example.org/lighthouse"\n    publishedDateTime: ${withRelated.relatedDay}\n    provider:\n      name: Elsewhere\n      domain: elsewhere.example.org\n`,
  });
  // A year before, every other day or so; every fifth one dated with no time.
  for (let i = 0; i < 170; i++) {
    const at = new Date(newest - (3 + i * 2.1) * DAY);
    out.push({
      title: titleOf(100 + i), published: i % 5 === 0 ? at.toISOString().slice(0, 10) : at.toISOString(),
      topic: ['Harbour', 'Science', 'Markets'][i % 3]!, outlet: i % 3, heat: (i * 53) % 400,
    });
  }
  // A topic with nothing since 2018.
  for (let i = 0; i < 5; i++) {
    out.push({ title: titleOf(300 + i), published: `2018-0${i + 1}-15T12:00:00Z`, topic: 'Archive', outlet: i % 3, heat: 100 + i });
  }
  return out;
}

function render(item: Item, n: number): string {
  const [name, domain] = outlets[item.outlet]!;
  return [
    '---',
    `title: ${JSON.stringify(item.title)}`,
    `excerpt: ${JSON.stringify(item.excerpt ?? `Notes on ${item.title.toLowerCase()}.`)}`,
    `publishedDateTime: ${item.published}`,
    `webUrl: "https://${domain}/${n}"`,
    `heat: ${item.heat}`,
    `provider:\n  name: ${name}\n  domain: ${domain}`,
    `topics:\n  - ${item.topic}`,
    item.extra ?? '',
    '---',
    `The body of ${item.title.toLowerCase()}.`,
    '',
  ].join('\n');
}

/** Writes the archive into `contentDir` and indexes it into `outDir`. */
export async function publishArchive(contentDir: string, outDir: string): Promise<number> {
  await mkdir(contentDir, { recursive: true });
  const list = items();
  await Promise.all(list.map((item, n) => writeFile(path.join(contentDir, `${n}.md`), render(item, n))));
  const report = await buildIndex({ contentDir, outDir, workers: 0, search: false });
  if (report.articles !== list.length) throw new Error(`the archive indexed ${report.articles} of ${list.length} articles`);
  return report.articles;
}
