import type { ReactNode } from 'react';
import { stemmer } from '@orama/stemmers/english';

export type SearchTerm = { word: string; stem: string };

/** "Écoles" → "ecoles": accents are marks after NFD, and go. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a query, as Pagefind reads them: accent-free, lower case, and stemmed (English). */
export function searchTerms(query: string): SearchTerm[] {
  const words = [...new Set(fold(query).match(WORDS) ?? [])];
  return words.map((word) => ({ word, stem: stemmer(word) }));
}

/**
 * Pagefind finds a word by prefix ("vacc"), by stem ("vaccines" finds
 * "vaccination") and without accents; a word is marked when it would be found.
 */
function isMatch(word: string, terms: readonly SearchTerm[]): boolean {
  const folded = fold(word);
  const stem = stemmer(folded);
  return terms.some((term) => folded.startsWith(term.word) || stem.startsWith(term.stem));
}

/** The text with each matching word in a <mark>, as React elements (never markup); no match gives the text itself. */
export function highlight(text: string, terms: readonly SearchTerm[]): ReactNode {
  if (terms.length === 0) return text;
  const parts: ReactNode[] = [];
  let done = 0;
  for (const match of text.matchAll(WORDS)) {
    if (!isMatch(match[0], terms)) continue;
    if (match.index > done) parts.push(text.slice(done, match.index));
    parts.push(<mark key={match.index}>{match[0]}</mark>);
    done = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  if (done < text.length) parts.push(text.slice(done));
  return parts;
}
