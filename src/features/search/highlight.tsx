import type { ReactNode } from 'react';
import { queryWords, termOf, type QueryWord } from '../../shared/search';
import { languageByCode, words, wordsAsWritten, type Language } from '../../shared/text-terms';

export type SearchTerms = { words: QueryWord[]; languages: Language[] };

/** A query's words as the index reads them (src/shared/search.ts), in the index's languages (English until they are known). */
export function searchTerms(query: string, languageCodes: readonly string[] = ['en']): SearchTerms {
  const languages = languageCodes.map(languageByCode).filter((l): l is Language => !!l);
  return { words: queryWords(query, languageCodes), languages };
}

/**
 * A word is marked when the search would have found it: its stem is a
 * query word's stem, or, for the last query word (still being typed), its
 * stem starts with what was typed. Accents and case never matter.
 */
function isMatch(written: string, { words: query, languages }: SearchTerms): boolean {
  return words(written).some((word) =>
    languages.some((language) => {
      const stemmed = termOf(language, word);
      return query.some((q, n) => q.stems.includes(stemmed) || (n === query.length - 1 && stemmed.startsWith(q.prefix)));
    }),
  );
}

/** The text with each matching word in a <mark>, as React elements (never markup); no match gives the text itself. */
export function highlight(text: string, terms: SearchTerms): ReactNode {
  if (terms.words.length === 0) return text;
  const parts: ReactNode[] = [];
  let done = 0;
  for (const match of wordsAsWritten(text)) {
    if (!isMatch(match[0], terms)) continue;
    if (match.index > done) parts.push(text.slice(done, match.index));
    parts.push(<mark key={match.index}>{match[0]}</mark>);
    done = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  if (done < text.length) parts.push(text.slice(done));
  return parts;
}
