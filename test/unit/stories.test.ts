import { describe, expect, it } from 'vitest';
import { link } from '../../src/cli/link/link';
import type { ArticleRecord } from '../../src/cli/record';
import { STORY_MAX } from '../../src/shared/constants';
import { comparators } from '../../src/shared/sort-order';
import type { Article, StoryPage } from '../../src/shared/index-schema';
import { mulberry32 } from '../../scripts/random';
import { accept, articlesOf, articleText } from './helpers';

let n = 0;
const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2025, 5, 2, 8) + hours * HOUR).toISOString();

function rec(o: { title: string; excerpt?: string; hours: number; outlet?: string; url?: string; heat?: number; related?: string[] }): ArticleRecord {
  const id = ++n;
  const outlet = o.outlet ?? `outlet${id}.example`;
  return accept(articleText({
    title: o.title,
    ...(o.excerpt ? { excerpt: o.excerpt } : {}),
    webUrl: o.url ?? `https://${outlet}/news/${id}`,
    publishedDateTime: at(o.hours),
    ...(o.heat !== undefined ? { heat: o.heat } : {}),
    provider: { name: outlet.split('.')[0], domain: outlet },
    ...(o.related ? { related: o.related.map((url) => ({ title: 'See also', webUrl: url })) } : {}),
  }), {}, `f${id}.md`).record;
}

function stories(records: ArticleRecord[]): { pages: StoryPage[]; articles: Article[] } {
  const out = link(records);
  return { pages: out.storyIds.map((_, i) => out.storyPage(i)), articles: articlesOf(out) };
}
const titlesOf = (page: StoryPage) => page.articles.map((a) => a.title).sort();

/** One event told by many outlets in their own words, hours apart, with no links between them. */
const breach = [
  ['Marlow Bank says hackers stole records of 1.4 million customers', 'The lender said attackers copied names, addresses and account numbers from a customer database.'],
  ['1.4 million Marlow Bank customers caught up in data breach', 'Names and account numbers of about 1.4 million customers were taken, the bank confirmed on Tuesday.'],
  ['Marlow Bank confirms cyberattack exposed customer account details', 'Attackers accessed a database holding names, addresses and account numbers of Marlow Bank customers.'],
  ['Hackers breach Marlow Bank, copying data on 1.4 million account holders', 'Marlow Bank is writing to affected customers after hackers copied account numbers and addresses.'],
  ['What the Marlow Bank breach means for customers', 'If you bank with Marlow, here is what the theft of 1.4 million customer records means for you.'],
  ['Marlow Bank data breach: regulators ask how hackers got in', 'The financial regulator wants answers after hackers stole customer records from Marlow Bank.'],
  ['Marlow Bank breach: no passwords taken, lender says', 'Marlow Bank said passwords and card numbers were not in the database hackers breached.'],
  ['Marlow Bank to offer customers free credit monitoring after hack', 'Customers whose records were stolen in the Marlow Bank breach will get two years of credit monitoring.'],
] as const;

describe('stories: one event, one story', () => {
  it('clusters paraphrased headlines of one event from many outlets', () => {
    const records = breach.map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 5, heat: 10 + i }));
    const { pages, articles } = stories(records);
    expect(pages).toHaveLength(1);
    expect(titlesOf(pages[0]!)).toEqual(breach.map(([t]) => t).sort());
    expect(pages[0]).toMatchObject({ size: 8, outlets: 8, duplicates: 0, first: at(0), last: at(35) });
    // The lead is the hottest; the page lists the articles oldest first.
    expect(pages[0]!.title).toBe(breach[7][0]);
    expect(pages[0]!.articles.map((a) => a.published)).toEqual([...pages[0]!.articles.map((a) => a.published)].sort());
    for (const a of articles) expect(a.story).toMatchObject({ id: pages[0]!.id, size: 8, outlets: 8 });
  });

  it('keeps out an unrelated article that shares a brand name or a number with the story', () => {
    const records = [
      ...breach.map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 5 })),
      rec({ title: 'Marlow Bank opens new branch in Porto', excerpt: 'The lender is expanding in Portugal with a branch aimed at small businesses.', hours: 12 }),
      rec({ title: 'Marlow Bank raises savings rates for the second time this year', excerpt: 'Easy-access accounts will pay more from next month, the bank said.', hours: 20 }),
      rec({ title: 'City marathon draws 1.4 million spectators', excerpt: 'Crowds lined the route as runners crossed the river twice.', hours: 8 }),
    ];
    const { pages } = stories(records);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.size).toBe(8);
    expect(titlesOf(pages[0]!).some((t) => /Porto|savings|marathon/.test(t))).toBe(false);
  });

  it('keeps two events of the same kind in the same week apart: one story per company', () => {
    // Each event told in its own words; what the two share is the kind of news.
    const told = {
      'Tallowmere Glass': [
        ['{c} confirms factory fire halts production', 'A fire at a {c} factory stopped production lines overnight, the company said.'],
        ['Factory fire at {c} halts production', 'Production at {c} stopped after a fire broke out at its main factory.'],
        ['{c} furnace blaze: what we know', 'Firefighters spent six hours at the {c} furnace hall.'],
        ['{c} shares fall after factory fire', 'Investors sold {c} shares after the company said a fire had halted production.'],
        ['Glassmaker {c} counts cost of furnace fire', 'The {c} fire damaged two furnaces, the glassmaker said.'],
      ],
      'Brackenfold Ceramics': [
        ['{c} kilns shut after factory fire', 'Kilns at {c} were switched off as a precaution after a fire in the packing hall.'],
        ['Fire at {c} packing hall delays orders', 'Customers of {c} were told to expect delays after Tuesday\'s fire.'],
        ['{c} says nobody hurt in factory fire', 'Staff at {c} left the building safely, the tile maker said.'],
        ['Tile maker {c} resumes production after fire', '{c} restarted two of its kilns on Thursday.'],
        ['Inside the {c} factory fire', 'How a spark in the packing hall at {c} stopped a factory for days.'],
      ],
    };
    const fill = (text: string, company: string) => text.replaceAll('{c}', company);
    // A corpus where factories, fires, shares and production come up now and then, as they do.
    const random = mulberry32(11);
    const common = ['factory', 'fire', 'production', 'shares', 'orders', 'customers', 'company', 'analysts', 'delays', 'investors'];
    const rare = ['harvest', 'museum', 'tariff', 'election', 'stadium', 'drought', 'festival', 'railway', 'ferry', 'library',
      'orchestra', 'lighthouse', 'vineyard', 'glacier', 'parliament', 'vaccine', 'telescope', 'bakery', 'airline', 'quarry'];
    const word = (list: string[]) => list[Math.floor(random() * list.length)]!;
    const background = Array.from({ length: 300 }, (_, i) => rec({
      title: `${word(rare)} ${word(rare)} ${word(common)} ${word(rare)}`,
      excerpt: `${word(rare)} ${word(common)} ${word(rare)} ${word(common)} ${word(rare)}`,
      hours: -400 + i * 3,
    }));
    const events = Object.entries(told).flatMap(([company, texts], k) =>
      texts.map(([title, excerpt], i) => rec({ title: fill(title!, company), excerpt: fill(excerpt!, company), hours: k * 20 + i * 4 })));
    const pages = stories([...background, ...events]).pages.filter((p) => p.articles.some((a) => /Tallowmere|Brackenfold/.test(a.title)));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.size).toBe(5);
      expect(new Set(page.articles.map((a) => a.title.includes('Tallowmere'))).size).toBe(1);
    }
  });

  it('folds same-title items from one outlet on one day into one, counted, not shown twice', () => {
    const records = [
      ...breach.slice(0, 4).map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 3, ...(i === 0 ? { outlet: 'wire.example' } : {}) })),
      rec({ title: breach[0][0], excerpt: 'Syndicated copy.', hours: 4, outlet: 'wire.example' }),
    ];
    const { pages, articles } = stories(records);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ size: 4, duplicates: 1 });
    expect(pages[0]!.articles).toHaveLength(4);
    const original = pages[0]!.articles.find((a) => a.duplicates);
    expect(original?.title).toBe(breach[0][0]);
    // The copy is still an article a reader can open, and it knows its story.
    const copy = articles.find((a) => a.slug === original!.duplicates![0]!.slug)!;
    expect(copy.story?.id).toBe(pages[0]!.id);
  });
});

describe('stories: bounded', () => {
  it('does not merge a chain of links across months', () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://chain.example/part-${i}`);
    const records = urls.map((url, i) => rec({
      title: `Harbour tunnel project update number ${i}: engineers report progress`,
      excerpt: 'Engineers working on the harbour tunnel reported progress on the boring machines.',
      hours: i * 24 * 20,
      url,
      related: i > 0 ? [urls[i - 1]!] : [],
    }));
    const { pages } = stories(records);
    for (const page of pages) expect(Date.parse(page.last) - Date.parse(page.first)).toBeLessThanOrEqual(7 * 24 * HOUR);
    expect(pages.every((p) => p.size <= 2)).toBe(true);
  });

  // 5,000 articles through the whole pipeline: seconds on a loaded machine, so no 5 s default.
  it('does not merge 5,000 unrelated articles that all link one hub', { timeout: 60_000 }, () => {
    const random = mulberry32(7);
    const words = ['orchard', 'glacier', 'violin', 'parliament', 'satellite', 'harvest', 'museum', 'tariff', 'reactor', 'vaccine',
      'election', 'stadium', 'drought', 'festival', 'railway', 'pipeline', 'telescope', 'bakery', 'airline', 'ferry', 'courthouse',
      'refinery', 'vineyard', 'library', 'submarine', 'orchestra', 'quarry', 'lighthouse', 'brewery', 'observatory'];
    const pick = () => words[Math.floor(random() * words.length)]!;
    const hub = rec({ title: 'Everything you need to know this week', excerpt: 'Our weekly guide.', hours: 0, url: 'https://hub.example/guide' });
    const spokes = Array.from({ length: 5000 }, (_, i) => rec({
      title: `${pick()} ${pick()} ${pick()} report ${i}`,
      excerpt: `${pick()} ${pick()} ${pick()} ${pick()}`,
      hours: (i % 150) + 1,
      related: ['https://hub.example/guide'],
    }));
    const out = link([hub, ...spokes]);
    expect(out.largestStory).toBeLessThanOrEqual(STORY_MAX);
    const hubArticle = JSON.parse(out.articleJson(out.cards.findIndex((c) => c.title.startsWith('Everything')))) as Article;
    expect(hubArticle.story).toBeUndefined();
  });

  it('never puts more than the cap in one story, nor spans more than the window', () => {
    const many = Array.from({ length: 130 }, (_, i) => rec({
      title: `Storm Idris brings flooding to the coast, update ${i}`,
      excerpt: 'Storm Idris flooding closed coastal roads and rail lines as rivers burst their banks.',
      hours: i * 2.2,
    }));
    const out = link(many, undefined, { storyMax: 20, storyWindowDays: 3 });
    const pages = out.storyIds.map((_, i) => out.storyPage(i));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.size).toBeLessThanOrEqual(20);
      expect(Date.parse(page.last) - Date.parse(page.first)).toBeLessThanOrEqual(3 * 24 * HOUR);
    }
  });

  it('gives the same stories whatever the input order', () => {
    const records = [
      ...breach.map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 5 })),
      rec({ title: 'Marlow Bank opens new branch in Porto', hours: 12 }),
    ];
    const shuffled = [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const ids = (r: ArticleRecord[]) => JSON.stringify(stories(r).pages);
    expect(ids(shuffled)).toBe(ids(records));
    expect(ids([...records].reverse())).toBe(ids(records));
  });
});

describe('stories: related links are evidence, not proof', () => {
  it('joins two differently worded reports of one event when one links the other, and not otherwise', () => {
    const first = { title: 'Ferry operator cancels Kestrel Isle crossings as storm nears', excerpt: 'Crossings stop from Friday evening.', hours: 0, url: 'https://a.example/ferry' };
    const second = { title: 'Kestrel Isle cut off: ferries halted until the weekend', excerpt: 'Islanders stock up as the storm arrives.', hours: 6 };
    const apart = stories([rec(first), rec(second)]).pages;
    const linked = stories([rec({ ...first, url: 'https://b.example/ferry' }), rec({ ...second, related: ['https://b.example/ferry'] })]).pages;
    expect(apart).toHaveLength(0);
    expect(linked).toHaveLength(1);
  });
});

describe('hot', () => {
  it('ranks a story by all its coverage and its newest article, above a hotter lone article', () => {
    const records = [
      ...breach.map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 5, heat: 10 })),
      rec({ title: 'Choir festival returns to the cathedral', excerpt: 'Twelve choirs will sing.', hours: 30, heat: 50 }),
    ];
    const out = link(records);
    const hot = [...out.cards].sort(comparators.hot);
    expect(hot[0]!.story).toBeDefined();
    expect(new Set(out.cards.filter((c) => c.story).map((c) => c.hot)).size).toBe(1);
    // Heat alone still puts the lone article first.
    expect(out.cards[0]!.title).toMatch(/^Choir/);
  });
});

describe('similar coverage', () => {
  it('suggests related articles outside the story, never the story itself', () => {
    const records = [
      ...breach.slice(0, 3).map(([title, excerpt], i) => rec({ title, excerpt, hours: i * 5 })),
      rec({ title: "Banks face tougher rules on protecting customer records", excerpt: "Regulators want lenders to encrypt customer databases after a string of breaches.", hours: 250 }),
      rec({ title: 'Choir festival returns to the cathedral', excerpt: 'Twelve choirs will sing over three nights.', hours: 30 }),
    ];
    const { articles } = stories(records);
    const rules = articles.find((a) => a.title.startsWith('Banks face'))!;
    const inStory = new Set(articles.filter((a) => a.story).map((a) => a.slug));
    expect(rules.similar?.length ?? 0).toBeGreaterThan(0);
    for (const a of articles) for (const s of a.similar ?? []) expect(a.story?.articles.some((o) => o.slug === s.slug) ?? false).toBe(false);
    expect(rules.similar!.every((s) => inStory.has(s.slug))).toBe(true);
    expect(articles.find((a) => a.title.startsWith('Choir'))!.similar).toBeUndefined();
  });
});
