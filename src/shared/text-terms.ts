/**
 * How text becomes terms, in one place: the story features (cli/link/
 * stories), the search index (cli/search) and the reader's queries
 * (features/search) all read words, recognise a language by its stop words
 * and stem the same way, so what a query asks for is what the index holds.
 * Words are lower-cased; a stem has no diacritics ("café" and "cafe" meet).
 */
import * as stopwords from 'stopword';
import { withoutMarks } from './without-marks';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';

export type Language = { code: string; stop: Set<string>; stem: (word: string) => string; stems: Map<string, string> };

/** The languages we can both recognise (by their stop words) and stem; the first is the fallback. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', stop: stopwords.eng, stem: english },
  { code: 'de', stop: stopwords.deu, stem: german },
  { code: 'fr', stop: stopwords.fra, stem: french },
  { code: 'es', stop: stopwords.spa, stem: spanish },
  { code: 'it', stop: stopwords.ita, stem: italian },
  { code: 'pt', stop: stopwords.por, stem: portuguese },
  { code: 'nl', stop: stopwords.nld, stem: dutch },
  { code: 'sv', stop: stopwords.swe, stem: swedish },
  { code: 'no', stop: stopwords.nob, stem: norwegian },
  { code: 'da', stop: stopwords.dan, stem: danish },
  { code: 'fi', stop: stopwords.fin, stem: finnish },
  { code: 'ru', stop: stopwords.rus, stem: russian },
  { code: 'tr', stop: stopwords.tur, stem: turkish },
].map(({ code, stop, stem }) => ({ code, stop: new Set(stop), stem, stems: new Map<string, string>() }));

export const languageByCode = (code: string): Language | undefined => LANGUAGES.find((language) => language.code === code);

// Words are runs of letters and digits ("2.1", "covid-19" stay whole);
// scripts written without spaces are cut into words by ICU's segmenter.
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
/** Where each word of a text is, as written (case and accents kept): for marking words in place. */
export const wordsAsWritten = (text: string) => text.matchAll(WORD);
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/** The first `max` words of a text, lower-cased, a possessive 's dropped. */
export function words(text: string, max = Infinity): string[] {
  const out: string[] = [];
  // Most text has no word of an unspaced script: one test for the whole text.
  const unspaced = UNSPACED.test(text);
  for (const match of text.toLowerCase().matchAll(WORD)) {
    if (out.length >= max) break;
    const word = match[0];
    if (!unspaced || !UNSPACED.test(word)) {
      out.push(word.endsWith('s') && (word.endsWith("'s") || word.endsWith('’s')) ? word.slice(0, -2) : word);
      continue;
    }
    segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
    for (const part of segmenter.segment(word)) if (part.isWordLike) out.push(part.segment);
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** A word worth a term: one letter says nothing, except in scripts where one sign is a word. */
export const isWordWorthATerm = (word: string) => word.length >= 2 || UNSPACED.test(word);

/** For each stop word, the languages (bit n: LANGUAGES[n]) that list it: one lookup per token, not one per language. */
const STOP_WORD_LANGUAGES = new Map<string, number>();
LANGUAGES.forEach((language, n) => {
  for (const word of language.stop) STOP_WORD_LANGUAGES.set(word, (STOP_WORD_LANGUAGES.get(word) ?? 0) | (1 << n));
});

/** The language whose stop words the text uses most (the first listed on a tie); English when none is used. */
export function languageOf(tokens: readonly string[]): Language {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const token of tokens) {
    let mask = STOP_WORD_LANGUAGES.get(token) ?? 0;
    for (let n = 0; mask; n++, mask >>>= 1) if (mask & 1) hits[n]!++;
  }
  let best = 0;
  for (let n = 1; n < LANGUAGES.length; n++) if (hits[n]! > hits[best]!) best = n;
  return LANGUAGES[best]!;
}

export { withoutMarks };

// Stemming costs about a microsecond a word; news vocabulary repeats a lot.
export function stem(language: Language, word: string): string {
  let out = language.stems.get(word);
  if (out === undefined) {
    out = withoutMarks(language.stem(word));
    if (language.stems.size > 100_000) language.stems.clear();
    language.stems.set(word, out);
  }
  return out;
}
