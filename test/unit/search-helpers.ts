/**
 * Search index fixtures for the unit tests (not a test file itself): cards
 * made directly, an index written into memory, the engine reading it, and
 * the matching rule written out plainly over every document, to compare the
 * engine with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../../scripts/random';
import { writeSearchFiles } from '../../src/cli/search/search-files';
import { openSearchEngine, type FilterCounts, type SearchEngine, type SearchOptions } from '../../src/features/search/engine/engine';
import { searchFileReader, type ReadJson, type SearchFileReader, type SearchFolder } from '../../src/features/search/engine/search-files';
import type { Card } from '../../src/shared/index-schema';
import { FIRST_DEPTH, SEARCH_FILTERS, documentTerms, encodeDocumentTerms, queryWords, termLength, type SearchMeta } from '../../src/shared/search';
import { comparators } from '../../src/shared/sort-order';

/** What a card needs to be told; the rest follows from its place in the list. */
export type CardFields = Partial<Card> & { title: string };

const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 1);

/** Cards in the order given: a later one is published later, outlets and topics rotate. */
export function makeCards(list: readonly CardFields[]): Card[] {
  return list.map((fields, n) => ({
    id: `c${String(n).padStart(5, '0')}`,
    slug: `story-${n}`,
    type: 'article',
    published: new Date(START + n * HOUR).toISOString(),
    hot: (n * 3) % 7,
    provider: { domain: `outlet${n % 3}.example`, name: `Outlet ${n % 3}` },
    topics: [n % 2 ? { slug: 'ports', name: 'Ports' } : { slug: 'shipping', name: 'Shipping' }],
    ...fields,
  }));
}

/** A search index held in memory, by file name, with the cards in document order (doc n is `byDoc[n]`). */
export type MemoryIndex = { files: Map<string, string>; meta: SearchMeta; byDoc: Card[] };

export function memoryIndex(cards: readonly Card[]): MemoryIndex {
  const files = new Map<string, string>();
  const topicSlugs = cards.map((card) => card.topics.map((topic) => topic.slug));
  const terms = cards.map((card) => encodeDocumentTerms(card.title, card.excerpt ?? ''));
  const meta = writeSearchFiles({ cards, topicSlugs, terms }, (name, text) => {
    if (files.has(name)) throw new Error(`${name} written twice`);
    files.set(name, text);
  });
  return { files, meta, byDoc: [...cards].sort(comparators.newest) };
}

class MissingFile extends Error {}

/** A folder over files in memory that notes every read and every file it did not have. */
export type NotedFolder = SearchFolder & { reads: string[]; missing: string[] };

export function memoryFolder(files: ReadonlyMap<string, string>): NotedFolder {
  const reads: string[] = [];
  const missing: string[] = [];
  const read: ReadJson = async (file, shape) => {
    reads.push(file);
    const text = files.get(file);
    if (text === undefined) {
      missing.push(file);
      throw new MissingFile(file);
    }
    const value: unknown = JSON.parse(text);
    if (!shape.test(value)) throw new Error(`${file} is not ${shape.name}`);
    return value;
  };
  return { read, isMissing: (error) => error instanceof MissingFile, reads, missing };
}

/** A search folder on disk, read as the reader reads it. */
export function diskFolder(dir: string): SearchFolder {
  const read: ReadJson = async (file, shape) => {
    const value: unknown = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    if (!shape.test(value)) throw new Error(`${file} is not ${shape.name}`);
    return value;
  };
  return { read, isMissing: (error) => (error as NodeJS.ErrnoException).code === 'ENOENT' };
}

export type OpenIndex = MemoryIndex & { engine: SearchEngine; folder: NotedFolder; reader: SearchFileReader };

export async function openIndex(index: MemoryIndex): Promise<OpenIndex> {
  const folder = memoryFolder(index.files);
  return { ...index, folder, engine: await openSearchEngine(folder), reader: searchFileReader(memoryFolder(index.files)) };
}

/** The engine's constants, restated: what a rule test holds the engine to. */
const PREFIX_TERMS = 8;
const PREFIX_MIN = 3;
const TITLE_WEIGHT = 3;
const PREFIX_WEIGHT = 0.5;


/**
 * Every document's terms, and each term's document frequency, straight from
 * `documentTerms`.
 */
export function termsOf(byDoc: readonly Card[]) {
  const docs = byDoc.map((card) => {
    const terms = documentTerms(card.title, card.excerpt ?? '');
    return { language: terms.language.code, title: terms.title, all: new Set([...terms.title, ...terms.excerpt]) };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.all) df.set(term, (df.get(term) ?? 0) + 1);
  return { docs, df, languages: [...new Set(docs.map((doc) => doc.language))].sort() };
}

/** The terms a prefix stands for when not split: its most frequent terms (then A to Z), the word's own stems apart. */
export function prefixTerms(df: ReadonlyMap<string, number>, prefix: string, except: readonly string[], max = PREFIX_TERMS): string[] {
  if (termLength(prefix) < FIRST_DEPTH) return [];
  return [...df.keys()]
    .filter((term) => term.startsWith(prefix) && !except.includes(term))
    .sort((a, b) => df.get(b)! - df.get(a)! || (a < b ? -1 : 1))
    .slice(0, max);
}

/**
 * The matching rule over every document, by brute force: every query word
 * must match; a word matches a document holding one of its stems, and the
 * last word also one holding a term it begins (the most frequent few). A
 * document scores, per word, its best term's ln(1 + N/df), times 3 in the
 * title, times 0.5 for a prefix; the words' scores add up. Doc → score.
 */
export function bruteMatches(byDoc: readonly Card[], query: string, languages: readonly string[]): Map<number, number> {
  const { docs, df } = termsOf(byDoc);
  const words = queryWords(query, languages);
  let out: Map<number, number> | undefined;
  const optional: Map<number, number>[] = [];
  words.forEach((word, n) => {
    const terms: [string, number][] = word.stems.filter((stem) => df.has(stem)).map((stem) => [stem, 1]);
    if (n === words.length - 1 && termLength(word.prefix) >= PREFIX_MIN) for (const term of prefixTerms(df, word.prefix, word.stems)) terms.push([term, PREFIX_WEIGHT]);
    const scores = new Map<number, number>();
    docs.forEach((doc, id) => {
      for (const [term, weight] of terms) {
        if (!doc.all.has(term)) continue;
        const score = Math.log(1 + byDoc.length / df.get(term)!) * weight * (doc.title.has(term) ? TITLE_WEIGHT : 1);
        scores.set(id, Math.max(score, scores.get(id) ?? 0));
      }
    });
    if (word.optional) optional.push(scores);
    else out = out === undefined ? scores : new Map([...out].filter(([id]) => scores.has(id)).map(([id, score]) => [id, score + scores.get(id)!]));
  });
  // A word only some languages drop ranks the matches of the others, and narrows nothing.
  for (const scores of optional) for (const [id, score] of out ?? []) out!.set(id, score + (scores.get(id) ?? 0));
  return out ?? new Map();
}

/** Whether a card carries every chosen filter value. */
export const passes = (card: Card, filters: SearchOptions['filters']) =>
  (!filters.topic || card.topics.some((topic) => topic.slug === filters.topic)) &&
  (!filters.source || card.provider.domain === filters.source) &&
  (!filters.type || card.type === filters.type);

/** Per filter, how many of the given cards carry each value. */
export function bruteCounts(cards: readonly Card[]): FilterCounts {
  const counts: FilterCounts = { topic: {}, source: {}, type: {} };
  const add = (name: (typeof SEARCH_FILTERS)[number], value: string) => (counts[name][value] = (counts[name][value] ?? 0) + 1);
  for (const card of cards) {
    for (const topic of card.topics) add('topic', topic.slug);
    add('source', card.provider.domain);
    add('type', card.type);
  }
  return counts;
}

/** A small seeded generator: the same "random" corpus on every run. */
export const seeded = mulberry32;
