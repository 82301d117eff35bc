/**
 * Search terms worked out from the built index (never hard-coded), read the
 * way Pagefind reads the records: title + ". " + excerpt, words folded to
 * lower case without accents, found by prefix or by English stem.
 */
import { stemmer } from '@orama/stemmers/english';
import type { Card } from '../../src/shared/index-schema';
import { cards, expectedList } from './corpus';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const searchable = (card: Card) => `${card.title}. ${card.excerpt ?? ''}`;

/** Would Pagefind find `query` (one word) in `word`? */
const finds = (query: string, word: string) => word.startsWith(query) || stemmer(word).startsWith(stemmer(query));

/** The articles whose record holds a word that `query` finds. */
export function articlesFound(query: string): Card[] {
  const q = fold(query);
  return cards().filter((card) => wordsOf(searchable(card)).some((word) => finds(q, word)));
}

/**
 * The first card of the feed (Hot) with a title word that no other article
 * has: searching for that word can only put this card first.
 */
export function distinctiveTitleWord(): { card: Card; word: string } {
  for (const card of expectedList('hot')) {
    const word = wordsOf(card.title).find((w) => w.length >= 5 && /^\p{L}+$/u.test(w) && articlesFound(w).length === 1);
    if (word) return { card, word };
  }
  throw new Error('no feed card has a title word of its own');
}

/** "battery" → "bättery": the same word with an accent, which search must ignore. */
export const withAccent = (word: string) => word.replace(/[aeiou]/, (vowel) => ({ a: 'ä', e: 'é', i: 'í', o: 'ö', u: 'ü' })[vowel]!);

/**
 * A card whose title word is found by another form of it (its stem plus
 * another ending) that is not its prefix, so only stemming finds it:
 * "launched" for "launches".
 */
export function stemmedTitleWord(): { card: Card; word: string; query: string } {
  for (const card of expectedList('hot')) {
    for (const word of wordsOf(card.title)) {
      // A verb's forms: "launches", "launched", "launching".
      if (!/^\p{L}{3,}(ed|ing|es)$/u.test(word) || articlesFound(word).length !== 1) continue;
      const stem = stemmer(word);
      const query = ['ed', 'ing', 'es']
        .map((ending) => stem + ending)
        .find((form) => form !== word && !word.startsWith(form) && stemmer(form) === stem);
      if (query) return { card, word, query };
    }
  }
  throw new Error('no feed card has a title word with another form');
}

/** A word in many articles of several topics and sources: a search the filters can narrow. */
export function commonWord(): string {
  const counts = new Map<string, number>();
  for (const card of cards()) for (const word of new Set(wordsOf(searchable(card)))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const candidates = [...counts].filter(([word, n]) => word.length >= 5 && /^\p{L}+$/u.test(word) && n >= 25 && n <= cards().length / 3);
  candidates.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const word = candidates[0]?.[0];
  if (!word) throw new Error('the sample corpus has no word common enough to filter');
  return word;
}
