/**
 * Search terms worked out from the built index (never hard-coded), and the
 * articles a query must find, by the search's own rule (src/shared/search.ts):
 * an article is indexed under the terms of its title and excerpt; every word
 * of a query must match one of its stems in the index's languages, and the
 * last word also the most frequent terms it begins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Card } from '../../src/shared/index-schema';
import { documentTerms, queryWords, searchFiles, termLength, type SearchMeta } from '../../src/shared/search';
import { words } from '../../src/shared/text-terms';
import { cards, expectedList, manifest } from './corpus';

/** Terms the last word of a query may stand for, besides its stems (engine/match.ts). */
const PREFIX_TERMS = 8;
/** A prefix shorter than this stands for no term. */
const MIN_PREFIX = 3;

type Indexed = { card: Card; terms: Set<string> };
let built: { docs: Indexed[]; df: Map<string, number>; languages: string[] } | undefined;

function searchIndex() {
  if (built) return built;
  const ref = manifest().search;
  if (!ref) throw new Error('the sample index was built without search');
  const metaFile = path.resolve(import.meta.dirname, '../../.cache/e2e/dist/data', ref.path, searchFiles.meta);
  const { languages } = JSON.parse(readFileSync(metaFile, 'utf8')) as SearchMeta;
  const df = new Map<string, number>();
  const docs = cards().map((card) => {
    const { title, excerpt } = documentTerms(card.title, card.excerpt ?? '');
    const terms = new Set([...title, ...excerpt]);
    for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
    return { card, terms };
  });
  built = { docs, df, languages };
  return built;
}

/** The articles a search for `query` finds, in no particular order. */
export function articlesFound(query: string): Card[] {
  const { docs, df, languages } = searchIndex();
  const asked = queryWords(query, languages);
  if (asked.length === 0) return [];
  const termSets = asked.map(({ stems, prefix }, n) => {
    const terms = new Set(stems.filter((stem) => df.has(stem)));
    if (n === asked.length - 1 && termLength(prefix) >= MIN_PREFIX) {
      const begun = [...df]
        .filter(([term]) => term.startsWith(prefix) && !stems.includes(term))
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, PREFIX_TERMS);
      for (const [term] of begun) terms.add(term);
    }
    return terms;
  });
  return docs.filter(({ terms }) => termSets.every((wanted) => [...wanted].some((term) => terms.has(term)))).map(({ card }) => card);
}

const isPlainWord = (word: string, min: number) => word.length >= min && /^\p{L}+$/u.test(word);

/**
 * The first card of the feed (Hot) with a title word that finds no other
 * article: searching for that word can only put this card first.
 */
export function distinctiveTitleWord(): { card: Card; word: string } {
  for (const card of expectedList('hot')) {
    const word = words(card.title).find((w) => {
      if (!isPlainWord(w, 5)) return false;
      const found = articlesFound(w);
      return found.length === 1 && found[0]!.id === card.id;
    });
    if (word) return { card, word };
  }
  throw new Error('no feed card has a title word of its own');
}

/** "battery" → "bättery": the same word with an accent, which search must ignore. */
export const withAccent = (word: string) => word.replace(/[aeiou]/, (vowel) => ({ a: 'ä', e: 'é', i: 'í', o: 'ö', u: 'ü' })[vowel]!);

/**
 * A card whose title word is found by another form of it, one that is not
 * its start and shares its stem, so only stemming finds it: "launched" for
 * "launches".
 */
export function stemmedTitleWord(): { card: Card; word: string; query: string } {
  const { languages } = searchIndex();
  for (const card of expectedList('hot')) {
    const { language } = documentTerms(card.title, card.excerpt ?? '');
    for (const word of words(card.title)) {
      // A verb's forms: "launches", "launched", "launching".
      if (!/^\p{L}{3,}(ed|ing|es)$/u.test(word)) continue;
      const [indexed] = queryWords(word, [language.code]);
      if (!indexed) continue;
      const term = indexed.stems[0]!;
      const query = ['ed', 'ing', 'es']
        .map((ending) => term + ending)
        .find((form) => {
          if (form === word || word.startsWith(form) || !queryWords(form, languages)[0]?.stems.includes(term)) return false;
          const found = articlesFound(form);
          return found.length === 1 && found[0]!.id === card.id;
        });
      if (query) return { card, word, query };
    }
  }
  throw new Error('no feed card has a title word with another form');
}

/** A word that finds many articles of several topics and sources, a third of them at most: a search the filters can narrow. */
export function commonWord(): string {
  const all = cards();
  const counts = new Map<string, number>();
  for (const card of all) for (const word of new Set(words(`${card.title} ${card.excerpt ?? ''}`))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const candidates = [...counts]
    .filter(([word, n]) => isPlainWord(word, 5) && n >= 25)
    .map(([word]) => [word, articlesFound(word).length] as const)
    .filter(([, found]) => found >= 25 && found <= all.length / 3);
  candidates.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const word = candidates[0]?.[0];
  if (!word) throw new Error('the sample corpus has no word common enough to filter');
  return word;
}

/**
 * A word that many articles of one story carry (more than the header box
 * shows rows) and that at least six stories carry in all: the box must still
 * show six stories, not one row for the big story.
 */
export function storyHeavyWord(): string {
  const storyOf = (card: Card) => (card.story && card.story.size > 1 ? card.story.id : card.id);
  const seen = new Set<string>();
  for (const card of cards()) {
    for (const word of words(`${card.title} ${card.excerpt ?? ''}`)) {
      if (seen.has(word) || word.length < 5 || !/^\p{L}+$/u.test(word)) continue;
      seen.add(word);
      const found = articlesFound(word);
      const perStory = new Map<string, number>();
      for (const other of found) perStory.set(storyOf(other), (perStory.get(storyOf(other)) ?? 0) + 1);
      if (perStory.size >= 6 && Math.max(...perStory.values()) > 8) return word;
    }
  }
  throw new Error('no word of the sample corpus is carried by one big story and five others');
}
