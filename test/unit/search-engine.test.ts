import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchOptions } from '../../src/features/search/engine/engine';
import { searchFileReader } from '../../src/features/search/engine/search-files';
import { findPrefixed, findTerm } from '../../src/features/search/engine/term-lookup';
import { SEARCH_FILTERS, SEARCH_FORMAT, searchFiles, type TermBucket } from '../../src/shared/search';
import { comparators } from '../../src/shared/sort-order';
import {
  bruteCounts,
  bruteMatches,
  makeCards,
  memoryFolder,
  memoryIndex,
  openIndex,
  passes,
  prefixTerms,
  seeded,
  termsOf,
  type CardFields,
  type MemoryIndex,
  type OpenIndex,
} from './search-helpers';

// Thousands of documents and hundreds of random corpora: room for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000 });

const RELEVANCE: SearchOptions = { filters: {}, sort: 'relevance' };

/** The titles of a search's hits, in the order given. */
async function titles(open: OpenIndex, query: string, options: SearchOptions = RELEVANCE): Promise<string[]> {
  const { hits } = await open.engine.search(query, options);
  return hits.map(({ doc }) => open.byDoc[doc]!.title);
}

/** What the search should answer by the rule, before the filters: docs ascending. */
const expectedDocs = (index: MemoryIndex, query: string) => [...bruteMatches(index.byDoc, query, index.meta.languages).keys()].sort((a, b) => a - b);

// A newsroom: a few articles told apart by a word or an accent among sixty
// about dock strikes, where "harbour" is frequent enough to get postings and
// counts of its own and "workers" is nearly everywhere.
const CITIES = ['Leeds', 'Hull', 'Dover', 'Bristol', 'Cardiff'];
const newsroom: CardFields[] = [
  ...Array.from({ length: 60 }, (_, n): CardFields => ({
    title: `${['Harbour', 'Port', 'Rail'][n % 3]} workers ${['strike', 'vote', 'march', 'return'][n % 4]} in ${CITIES[n % 5]}`,
    ...(n % 2 ? { excerpt: 'The harbour authority said talks would continue.' } : {}),
    ...(n % 5 === 0 ? { type: 'video' as const } : {}),
  })),
  { title: 'Vaccination campaign reaches island schools', excerpt: 'Nurses travelled by boat to every island.' },
  // Newer than the one above: on a tie in relevance it would come first.
  { title: 'Harbour cranes resume work', excerpt: 'Dock workers went back after talks about vaccines.' },
  { title: 'Vacuum cleaners recalled over fire risk', excerpt: 'Buyers are asked to stop using them.' },
  { title: 'Café owners protest new rents', excerpt: 'Owners met at the town hall.' },
  { title: 'Cafe culture returns to the old town', excerpt: 'Terraces are full again.' },
  { title: 'Résumé writing tips for graduates', excerpt: 'Employers skim a page in seconds.' },
  { title: 'Beyoncé adds a second night at the stadium', excerpt: 'Tickets went on sale this morning.' },
];

describe('the search engine over the files the writer made', () => {
  let index: MemoryIndex;
  beforeAll(() => {
    index = memoryIndex(makeCards(newsroom));
  });

  it('says what it holds in meta.json', async () => {
    expect(JSON.parse(index.files.get(searchFiles.meta)!)).toEqual({ format: SEARCH_FORMAT, docs: newsroom.length, languages: ['en'] });
    expect((await openIndex(index)).engine.documents).toBe(newsroom.length);
  });

  it('ranks a match in the title above a match in the excerpt alone', async () => {
    const open = await openIndex(index);
    const { hits } = await open.engine.search('vaccines', RELEVANCE);
    expect(hits.map(({ doc }) => open.byDoc[doc]!.title)).toEqual(['Vaccination campaign reaches island schools', 'Harbour cranes resume work']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    // The excerpt-only match is the newer: only the title's weight puts the other first.
    expect(hits[0]!.doc).toBeGreaterThan(hits[1]!.doc);
  });

  it('finds a word by its stem', async () => {
    const open = await openIndex(index);
    expect(await titles(open, 'vaccines')).toContain('Vaccination campaign reaches island schools');
    expect(await titles(open, 'campaigns')).toEqual(['Vaccination campaign reaches island schools']);
    expect(await titles(open, 'Recalling')).toEqual(['Vacuum cleaners recalled over fire risk']);
  });

  it('finds a word with or without its accents', async () => {
    const open = await openIndex(index);
    const both = ['Cafe culture returns to the old town', 'Café owners protest new rents'];
    expect(await titles(open, 'cafe')).toEqual(both);
    expect(await titles(open, 'café')).toEqual(both);
    expect(await titles(open, 'CAFÉ')).toEqual(both);
    // Where the accent sits on a letter the stemmer reads, a whole word and other forms still meet.
    for (const query of ['resume writing', 'writing resume', 'writing résumés', 'RESUMES tips']) {
      expect(await titles(open, query), query).toEqual(['Résumé writing tips for graduates']);
    }
    for (const query of ['resume', 'resumes', 'résumé']) expect(await titles(open, query), query).toContain('Résumé writing tips for graduates');
    for (const query of ['beyonce', 'beyonce stadium', 'Beyoncé stadium']) {
      expect(await titles(open, query), query).toEqual(['Beyoncé adds a second night at the stadium']);
    }
  });

  it('reads the last word as the start of a word, and every earlier word as a whole word', async () => {
    const open = await openIndex(index);
    expect(await titles(open, 'vacc')).toEqual(['Vaccination campaign reaches island schools', 'Harbour cranes resume work']);
    expect(await titles(open, 'vac')).toEqual(expect.arrayContaining(['Vacuum cleaners recalled over fire risk', 'Vaccination campaign reaches island schools']));
    expect(await titles(open, 'harbour vacc')).toEqual(['Harbour cranes resume work']);
    expect(await titles(open, 'vacc harbour')).toEqual([]);
    expect(await titles(open, 'vaccines harb')).toEqual(['Harbour cranes resume work']);
    // A prefix match weighs half a whole-word match.
    const whole = (await open.engine.search('vaccines', RELEVANCE)).hits[0]!;
    const prefix = (await open.engine.search('vacc', RELEVANCE)).hits[0]!;
    expect(prefix.doc).toBe(whole.doc);
    expect(prefix.score).toBeCloseTo(whole.score / 2, 5);
  });

  it('finds only the documents holding every word', async () => {
    const open = await openIndex(index);
    const { hits, unfiltered } = await open.engine.search('harbour strike', RELEVANCE);
    expect(hits.map((hit) => hit.doc).sort((a, b) => a - b)).toEqual(expectedDocs(index, 'harbour strike'));
    expect(unfiltered).toBe(hits.length);
    expect(hits.length).toBeGreaterThan(0);
    for (const { doc } of hits) expect(open.byDoc[doc]!.title).toMatch(/strike/i);
    expect(hits.length).toBeLessThan((await open.engine.search('strike', RELEVANCE)).hits.length);
  });

  it('finds nothing for stop words or one-letter words alone', async () => {
    const open = await openIndex(index);
    for (const query of ['the and of', 'The', 'a', 'x y z', '  ', '']) {
      expect(await open.engine.search(query, RELEVANCE), query).toEqual({ hits: [], unfiltered: 0 });
      expect(await open.engine.counts(query, {}), query).toEqual({ topic: {}, source: {}, type: {} });
    }
    // A stop word beside a real word narrows nothing.
    expect(await titles(open, 'the vaccines')).toEqual(await titles(open, 'vaccines'));
    expect(await titles(open, 'vaccines of the')).toEqual(await titles(open, 'vaccines'));
  });

  it('finds nothing for a word the index does not hold: a missing term file is no terms, not a failure', async () => {
    const open = await openIndex(index);
    expect(await open.engine.search('zeppelin', RELEVANCE)).toEqual({ hits: [], unfiltered: 0 });
    expect(await open.engine.search('harbour zeppelin', RELEVANCE)).toEqual({ hits: [], unfiltered: 0 });
    expect(await open.engine.search('zeppelin harbour', RELEVANCE)).toEqual({ hits: [], unfiltered: 0 });
    expect(open.folder.missing.length).toBeGreaterThan(0);
    expect(open.folder.missing.filter((file) => !file.startsWith('t/'))).toEqual([]);
    // A missing file is asked for once: typing on ("zeppelins") asks again for nothing.
    expect(new Set(open.folder.missing).size).toBe(open.folder.missing.length);
    const asked = open.folder.missing.length;
    expect(await open.engine.search('zeppelins', RELEVANCE)).toEqual({ hits: [], unfiltered: 0 });
    expect(open.folder.missing).toHaveLength(asked);
  });

  it('narrows by topic, outlet and type, and still says how many matched the words alone', async () => {
    const open = await openIndex(index);
    const all = expectedDocs(index, 'harbour');
    const choices: SearchOptions['filters'][] = [
      { topic: 'ports' },
      { source: 'outlet1.example' },
      { type: 'video' },
      { topic: 'ports', source: 'outlet2.example', type: 'article' },
      { topic: 'no-such-topic' },
    ];
    for (const filters of choices) {
      const { hits, unfiltered } = await open.engine.search('harbour', { filters, sort: 'relevance' });
      const expected = all.filter((doc) => passes(index.byDoc[doc]!, filters));
      expect(hits.map((hit) => hit.doc).sort((a, b) => a - b), JSON.stringify(filters)).toEqual(expected);
      expect(unfiltered).toBe(all.length);
      if (!filters.topic?.startsWith('no-')) expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
    }
    // A filter reads its value's documents, one file each, never the blocks of every match.
    expect(open.folder.reads).toContain(searchFiles.filterPostings('topic', 'ports'));
    expect(open.folder.reads.filter((file) => /^c\/\d+\.json$/.test(file))).toEqual([]);
    expect(open.folder.missing).toEqual([searchFiles.filterPostings('topic', 'no-such-topic')]);
  });

  it('counts a frequent word’s matches from its precomputed counts, as the matches themselves add up', async () => {
    const open = await openIndex(index);
    expect(index.files.has(searchFiles.counts('harbour'))).toBe(true);
    const counts = await open.engine.counts('harbour', {});
    expect(counts).toEqual(bruteCounts(expectedDocs(index, 'harbour').map((doc) => index.byDoc[doc]!)));
    expect(open.folder.reads).toContain(searchFiles.counts('harbour'));
    expect(open.folder.reads.filter((file) => file.startsWith('c/') && file !== searchFiles.facetValues)).toEqual([]);
  });

  it('counts from the filter blocks for two words, a filter, or a rare word', async () => {
    const open = await openIndex(index);
    const cases: [string, SearchOptions['filters']][] = [
      ['harbour strike', {}],
      ['harbour', { topic: 'ports' }],
      ['harbour', { source: 'outlet0.example', type: 'video' }],
      ['workers', { type: 'video' }],
      ['vaccines', {}],
      ['cafe', {}],
      ['vacc', {}],
    ];
    for (const [query, filters] of cases) {
      const expected = expectedDocs(index, query).filter((doc) => passes(index.byDoc[doc]!, filters));
      expect(await open.engine.counts(query, filters), `${query} ${JSON.stringify(filters)}`).toEqual(bruteCounts(expected.map((doc) => index.byDoc[doc]!)));
    }
    expect(open.folder.reads).toContain(searchFiles.facets(0));
    expect(open.folder.missing).toEqual([]);
  });

  it('sorts by Newest and by Hot as the feed does, among the matches only', async () => {
    const open = await openIndex(index);
    for (const [query, filters] of [['workers', {}], ['harbour', { topic: 'ports' }], ['vacc', {}]] as const) {
      const matched = expectedDocs(index, query).map((doc) => index.byDoc[doc]!).filter((card) => passes(card, filters));
      for (const sort of ['newest', 'hot'] as const) {
        const { hits } = await open.engine.search(query, { filters, sort });
        expect(hits.map(({ doc }) => open.byDoc[doc]!.id), `${query} ${sort}`).toEqual([...matched].sort(comparators[sort]).map((card) => card.id));
      }
    }
    // Hot is not Newest here: the test tells them apart.
    const ids = async (sort: SearchOptions['sort']) => (await open.engine.search('workers', { filters: {}, sort })).hits.map((hit) => hit.doc);
    expect(await ids('hot')).not.toEqual(await ids('newest'));
  });

  it('hands back the cards as they were given', async () => {
    const open = await openIndex(index);
    const { hits } = await open.engine.search('cafe', RELEVANCE);
    for (const { doc } of hits) expect(await open.engine.card(doc)).toEqual(index.byDoc[doc]);
  });

  it('names the outlets its filter offers, without reading a card', async () => {
    const open = await openIndex(index);
    const names = await open.engine.sourceNames(['outlet1.example', 'outlet2.example', 'nowhere.example']);
    expect(names).toEqual({ 'outlet1.example': 'Outlet 1', 'outlet2.example': 'Outlet 2' });
    expect(open.folder.reads.filter((file) => file.startsWith('d/'))).toEqual([]);
  });
});

describe('documents in several languages and scripts', () => {
  const cards = makeCards([
    { title: 'Harbour cranes resume work', excerpt: 'Dock workers went back after the strike.' },
    // "War" is a German little word ("was"), and an English word worth searching.
    { title: 'War reporters return home', excerpt: 'They spent a year at the front, and the harbour was shelled.' },
    { title: 'Die Impfungen der Kinder beginnen', excerpt: 'Die Eltern und die Lehrer sind sich einig, dass es gut ist.' },
    { title: 'Les grèves nationales paralysent les écoles', excerpt: 'Les enseignants sont dans la rue et les parents attendent.' },
    { title: 'Москва готовится к зиме', excerpt: 'В городе начали работы по подготовке.' },
    { title: '東京の天気', excerpt: '明日は雨が降るでしょう' },
  ]);
  let open: OpenIndex;
  beforeAll(async () => {
    open = await openIndex(memoryIndex(cards));
  });

  it('stems each document in its own language', async () => {
    expect(open.meta.languages).toEqual(['de', 'en', 'fr', 'ru']);
    expect(await titles(open, 'Kinder')).toEqual(['Die Impfungen der Kinder beginnen']);
    expect(await findTerm(open.reader, 'kind')).not.toBeNull();
    expect(await findTerm(open.reader, 'kinder')).toBeNull();
    expect(await findTerm(open.reader, 'grev')).not.toBeNull();
    expect(await findTerm(open.reader, 'greve')).toBeNull();
    expect(await titles(open, 'Kindern')).toEqual(['Die Impfungen der Kinder beginnen']);
    expect(await titles(open, 'Impfung')).toEqual(['Die Impfungen der Kinder beginnen']);
    expect(await titles(open, 'nationaux')).toEqual(['Les grèves nationales paralysent les écoles']);
    expect(await titles(open, 'greve')).toEqual(['Les grèves nationales paralysent les écoles']);
    expect(await titles(open, 'école')).toEqual(['Les grèves nationales paralysent les écoles']);
  });

  it('never requires a little word of any of the index’s languages, unless the query has nothing else, but ranks by it', async () => {
    expect(await titles(open, 'the harbour')).toEqual(await titles(open, 'harbour'));
    expect(await titles(open, 'harbour')).toHaveLength(2);
    expect(await titles(open, 'the cranes')).toEqual(['Harbour cranes resume work']);
    expect(await titles(open, 'les écoles')).toEqual(['Les grèves nationales paralysent les écoles']);
    expect(await titles(open, 'die Kinder')).toEqual(['Die Impfungen der Kinder beginnen']);
    expect(await titles(open, 'war')).toEqual(['War reporters return home']);
    expect(await titles(open, 'war reporters')).toEqual(['War reporters return home']);
    // Not required (German articles never hold "war"), but where it is found it counts.
    expect(await titles(open, 'harbour')).toEqual(['Harbour cranes resume work', 'War reporters return home']);
    expect(await titles(open, 'war harbour')).toEqual(['War reporters return home', 'Harbour cranes resume work']);
    // A little word in every language is no word at all.
    expect(await titles(open, 'und the les')).toEqual([]);
  });

  it('finds words in Cyrillic and Japanese', async () => {
    expect(await titles(open, 'Москве')).toEqual(['Москва готовится к зиме']);
    expect(await titles(open, 'моск')).toEqual(['Москва готовится к зиме']);
    expect(await titles(open, '東京')).toEqual(['東京の天気']);
    expect(await titles(open, '天気')).toEqual(['東京の天気']);
    // One sign is a word in Japanese.
    expect(await titles(open, '雨')).toEqual(['東京の天気']);
    expect(await titles(open, '大阪')).toEqual([]);
  });
});

describe('shapes that strain the index', () => {
  // Three thousand words sharing "harbor": the buckets under it split level after level.
  const COUNT = 3000;
  let index: MemoryIndex;
  let open: OpenIndex;
  beforeAll(async () => {
    const random = seeded(7);
    const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    const unique = new Set<string>();
    while (unique.size < COUNT) unique.add(`harbor${letters(3 + Math.floor(random() * 3))}`);
    const words = [...unique];
    index = memoryIndex(
      makeCards(
        words.map((word, n) => ({
          title: `${word} weather`,
          ...(n % 3 === 0 ? { excerpt: `Weather warning near ${words[(n + 1) % COUNT]}` } : {}),
          topics: n % 4 ? [{ slug: 'storms', name: 'Storms' }] : [],
          hot: Math.floor(random() * 50),
        })),
      ),
    );
    open = await openIndex(index);
  });

  it('splits buckets more than one level deep', () => {
    const splitDepths = new Set<number>();
    for (const [name, text] of index.files) {
      if (!name.startsWith('t/')) continue;
      const bucket = JSON.parse(text) as TermBucket;
      if (bucket.split) splitDepths.add(name.length - 't/.json'.length);
    }
    // Hex: two characters a letter.
    expect(Math.max(...splitDepths) / 2).toBeGreaterThanOrEqual(5);
    expect(splitDepths.size).toBeGreaterThan(2);
  });

  it('still finds every term exactly', async () => {
    const { docs, df } = termsOf(index.byDoc);
    const holders = new Map<string, number[]>();
    docs.forEach((doc, id) => {
      for (const term of doc.all) {
        const list = holders.get(term);
        if (list) list.push(id);
        else holders.set(term, [id]);
      }
    });
    expect(df.size).toBeGreaterThan(COUNT * 0.9);
    for (const [term, ids] of holders) {
      const found = await findTerm(open.reader, term);
      expect(found?.df, term).toBe(ids.length);
      expect(Array.from(found!.docs), term).toEqual(ids);
      expect(Array.from(found!.title, Boolean), term).toEqual(ids.map((id) => docs[id]!.title.has(term)));
    }
    expect(await findTerm(open.reader, 'harborzzzzzzz')).toBeNull();
    expect(await findTerm(open.reader, 'harb')).toBeNull();
  });

  it('finds the most frequent terms a split bucket keeps without going deeper', async () => {
    const top = JSON.parse(index.files.get(searchFiles.bucket('ha'))!) as TermBucket;
    expect(top.split).toBe(true);
    expect(Object.keys(top.terms).sort()).toEqual(prefixTerms(termsOf(index.byDoc).df, 'ha', [], 12).sort());
    for (const term of Object.keys(top.terms)) {
      const folder = memoryFolder(index.files);
      expect(await findTerm(searchFileReader(folder), term), term).not.toBeNull();
      expect(folder.reads, term).toEqual([searchFiles.bucket('ha')]);
    }
  });

  it('still reads a prefix as the terms it begins', async () => {
    const { df } = termsOf(index.byDoc);
    const wide = await findPrefixed(open.reader, 'harb', 8, new Set());
    expect(wide.length).toBe(8);
    for (const found of wide) expect(found.term.startsWith('harb')).toBe(true);
    const { hits } = await open.engine.search('harbo', RELEVANCE);
    expect(hits.length).toBeGreaterThan(0);
    // Where the walk ends in a whole bucket, the prefix stands for exactly its most frequent terms.
    const some = [...df.keys()].find((term) => term.length >= 9)!;
    for (const prefix of [some.slice(0, 7), some.slice(0, 8)]) {
      const found = await findPrefixed(open.reader, prefix, 8, new Set());
      expect(found.map((t) => t.term), prefix).toEqual(prefixTerms(df, prefix, []));
      expect(found.length, prefix).toBeGreaterThan(0);
    }
    const q = `weather ${some.slice(0, 8)}`;
    const { hits: narrow } = await open.engine.search(q, RELEVANCE);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.map((hit) => hit.doc).sort((a, b) => a - b)).toEqual(expectedDocs(index, q));
  });

  it('answers a word in every document, its counts and its filters across blocks', async () => {
    const { hits, unfiltered } = await open.engine.search('weather', RELEVANCE);
    expect(unfiltered).toBe(COUNT);
    // Every document weighs the same: newest first.
    expect(hits.map((hit) => hit.doc)).toEqual(index.byDoc.map((_, doc) => doc));
    expect(new Set(hits.map((hit) => hit.score))).toEqual(new Set([Math.fround(Math.log(2) * 3)]));
    expect(await open.engine.counts('weather', {})).toEqual(bruteCounts(index.byDoc));
    expect(open.folder.reads).toContain(searchFiles.counts('weather'));

    const storms = index.byDoc.filter((card) => passes(card, { topic: 'storms' }));
    const filtered = await open.engine.search('weather', { filters: { topic: 'storms' }, sort: 'hot' });
    expect(filtered.hits.map(({ doc }) => index.byDoc[doc]!.id)).toEqual([...storms].sort(comparators.hot).map((card) => card.id));
    expect(await open.engine.counts('weather', { topic: 'storms' })).toEqual(bruteCounts(storms));
    expect(open.folder.reads).toEqual(expect.arrayContaining([searchFiles.facets(0), searchFiles.facets(1), searchFiles.facets(2)]));
  });
});

describe('the smallest corpora', () => {
  it('with one document', async () => {
    // "Dock" is also a Swedish stop word: the English ones tell the language.
    const open = await openIndex(memoryIndex(makeCards([{ title: 'Harbour cranes resume work', excerpt: 'Dock workers went back to the quay.' }])));
    expect(open.meta).toEqual({ format: SEARCH_FORMAT, docs: 1, languages: ['en'] });
    expect(await open.engine.search('cranes', RELEVANCE)).toEqual({ hits: [{ doc: 0, score: Math.fround(Math.log(2) * 3) }], unfiltered: 1 });
    expect(await open.engine.search('dock cra', { filters: {}, sort: 'hot' })).toMatchObject({ hits: [{ doc: 0 }], unfiltered: 1 });
    expect(await open.engine.counts('cranes', {})).toEqual({ topic: { shipping: 1 }, source: { 'outlet0.example': 1 }, type: { article: 1 } });
    expect(await open.engine.search('ships', RELEVANCE)).toEqual({ hits: [], unfiltered: 0 });
  });

  it('with none', async () => {
    const index = memoryIndex([]);
    expect(index.meta).toEqual({ format: SEARCH_FORMAT, docs: 0, languages: [] });
    const open = await openIndex(index);
    expect(open.engine.documents).toBe(0);
    for (const sort of ['relevance', 'newest', 'hot'] as const) {
      expect(await open.engine.search('harbour', { filters: {}, sort })).toEqual({ hits: [], unfiltered: 0 });
      expect(await open.engine.search('harbour cr', { filters: { topic: 'ports' }, sort })).toEqual({ hits: [], unfiltered: 0 });
    }
    expect(await open.engine.counts('harbour', {})).toEqual({ topic: {}, source: {}, type: {} });
    expect(await open.engine.counts('harbour', { type: 'video' })).toEqual({ topic: {}, source: {}, type: {} });
  });
});

describe('the engine agrees with the rule, on any small corpus', () => {
  // Families of words sharing a start (ten under "st": more than a prefix stands for), stems, accents, little words of one
  // language or several, other scripts.
  const VOCABULARY = [
    'harbour', 'harbours', 'harbor', 'harvest', 'crane', 'cranes', 'craft', 'dock', 'docks', 'docker', 'doctor', 'café', 'cafe', 'cafés',
    'vaccine', 'vaccination', 'vacuum', 'port', 'portal', 'porter', 'strike', 'striking', 'stripe', 'storm', 'stone', 'station', 'stock',
    'store', 'story', 'stage', 'staff', 'résumé', 'resumes', 'Über', 'the', 'and', 'war', 'les', 'москва', 'g7',
  ];
  // "harbour" often, so that larger corpora hold it often enough for postings and counts of its own.
  const word = fc.oneof({ arbitrary: fc.constant('harbour'), weight: 1 }, { arbitrary: fc.constantFrom(...VOCABULARY), weight: 3 });
  const text = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));
  const card: fc.Arbitrary<CardFields> = fc.record({
    title: text(1, 4),
    excerpt: fc.option(text(1, 5), { nil: undefined }),
    published: fc.integer({ min: 0, max: 30 }).map((hour) => new Date(Date.UTC(2026, 0, 1, hour)).toISOString()),
    hot: fc.integer({ min: -3, max: 3 }),
    type: fc.constantFrom('article' as const, 'video' as const),
    provider: fc.constantFrom('a.example', 'b.example').map((domain) => ({ domain, name: domain })),
    topics: fc.subarray(['ports', 'shipping', 'health']).map((slugs) => slugs.map((slug) => ({ slug, name: slug }))),
  });
  const corpus = fc
    .oneof(fc.array(card, { maxLength: 8 }), fc.array(card, { minLength: 30, maxLength: 60 }))
    .map((list) => list.map((fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as CardFields));
  const queryWord = fc.oneof(
    { arbitrary: fc.constantFrom(...VOCABULARY), weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom(...VOCABULARY), fc.integer({ min: 1, max: 7 })).map(([w, n]) => w.slice(0, n)), weight: 3 },
    { arbitrary: fc.constantFrom('zeppelin', 'a', 'of', 'HARBOUR', 'Cafe', 'strikes', 'st', 'sto'), weight: 1 },
  );
  const query = fc.array(queryWord, { minLength: 1, maxLength: 2 }).map((list) => list.join(' '));
  const filters = fc.oneof(
    fc.constant({}),
    fc.record(
      { topic: fc.constantFrom('ports', 'shipping', 'health'), source: fc.constantFrom('a.example', 'b.example'), type: fc.constantFrom('article', 'video') },
      { requiredKeys: [] },
    ),
  );

  it('finds what the rule finds, best first, counts what it finds, and sorts it as the feed does', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, query, filters, async (fields, q, chosen: SearchOptions['filters']) => {
        const index = memoryIndex(makeCards(fields));
        expect(index.meta.languages).toEqual(termsOf(index.byDoc).languages);
        const open = await openIndex(index);
        const expected = bruteMatches(index.byDoc, q, index.meta.languages);
        const kept = [...expected.keys()].filter((doc) => passes(index.byDoc[doc]!, chosen)).sort((a, b) => a - b);

        const { hits, unfiltered } = await open.engine.search(q, { filters: chosen, sort: 'relevance' });
        expect(unfiltered).toBe(expected.size);
        expect(hits.map((hit) => hit.doc).sort((a, b) => a - b)).toEqual(kept);
        for (const hit of hits) expect(Math.abs(hit.score - expected.get(hit.doc)!)).toBeLessThanOrEqual(1e-5 * expected.get(hit.doc)!);
        for (let n = 1; n < hits.length; n++) {
          const [before, after] = [hits[n - 1]!, hits[n]!];
          expect(before.score > after.score || (before.score === after.score && before.doc < after.doc)).toBe(true);
        }
        expect(await open.engine.counts(q, chosen)).toEqual(bruteCounts(kept.map((doc) => index.byDoc[doc]!)));
        const newest = await open.engine.search(q, { filters: chosen, sort: 'newest' });
        expect(newest.hits.map((hit) => hit.doc)).toEqual(kept);
        const hot = await open.engine.search(q, { filters: chosen, sort: 'hot' });
        expect(hot.hits.map(({ doc }) => index.byDoc[doc]!.id)).toEqual(kept.map((doc) => index.byDoc[doc]!).sort(comparators.hot).map((card) => card.id));
      }),
      { numRuns: 600 },
    );
  });
});

describe('counting several common words over a large corpus', () => {
  // Fourteen blocks of 1,024: more than the engine reads to count.
  const cards = makeCards(
    Array.from({ length: 14 * 1024 }, (_, n) => ({
      title: `${n % 2 ? `Tide tables for pier ${n % 97}` : `Ferry timetable number ${n % 89}`}${n < 1024 ? ' (late edition)' : ''}`,
      excerpt: n % 3 ? 'The weather report and the tide report.' : 'The weather report.',
      topics: [{ slug: `topic-${n % 5}`, name: `Topic ${n % 5}` }],
    })),
  );
  let index: MemoryIndex;
  beforeAll(() => {
    index = memoryIndex(cards);
  });

  it('scales counts up from a dozen blocks spread over the matches, and says they are approximate', async () => {
    const open = await openIndex(index);
    const counts = await open.engine.counts('weather tide', {});
    const exact = bruteCounts(expectedDocs(index, 'weather tide').map((doc) => index.byDoc[doc]!));
    expect(counts.approximate).toBe(true);
    for (const name of SEARCH_FILTERS) {
      expect(Object.keys(counts[name]).sort(), name).toEqual(Object.keys(exact[name]).sort());
      for (const [value, n] of Object.entries(exact[name])) expect(Math.abs(counts[name][value]! - n) / n, `${name} ${value}`).toBeLessThan(0.1);
    }
    expect(open.folder.reads.filter((file) => /^c\/\d+\.json$/.test(file))).toHaveLength(12);
    // Matches in few enough blocks (the first 1,024 cards are the oldest, the last block) are counted exactly.
    const few = await open.engine.counts('weather edition', {});
    expect(few).toEqual(bruteCounts(expectedDocs(index, 'weather edition').map((doc) => index.byDoc[doc]!)));
    expect(few.approximate).toBeUndefined();
  });
});
