/**
 * The words an article is about, as a small weighted bag of term hashes:
 * computed where the file is parsed (a worker), cached with the record, and
 * compared in the main thread by stories/similarity.ts. Tokens are
 * lower-cased, stop words of the text's language dropped, stemmed with that
 * language's Snowball stemmer and stripped of diacritics, so "Breaches",
 * "breach" and "BREACH" are one term and "cafe" matches "café".
 */
import { decodeHTML } from 'entities';
import * as stopwords from 'stopword';
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
import { fnv1a } from '../../../shared/hash';

/** The languages we can both recognise (by their stop words) and stem. */
const LANGUAGES = [
  { stop: stopwords.eng, stem: english },
  { stop: stopwords.deu, stem: german },
  { stop: stopwords.fra, stem: french },
  { stop: stopwords.spa, stem: spanish },
  { stop: stopwords.ita, stem: italian },
  { stop: stopwords.por, stem: portuguese },
  { stop: stopwords.nld, stem: dutch },
  { stop: stopwords.swe, stem: swedish },
  { stop: stopwords.nob, stem: norwegian },
  { stop: stopwords.dan, stem: danish },
  { stop: stopwords.fin, stem: finnish },
  { stop: stopwords.rus, stem: russian },
  { stop: stopwords.tur, stem: turkish },
].map(({ stop, stem }) => ({ stop: new Set(stop), stem, stems: new Map<string, string>() }));

/** Terms kept per article: enough for a headline, a lede and a paragraph. */
export const MAX_TERMS = 32;
/** Body words read: the top of an article says what it is about. */
const BODY_WORDS = 80;
/** Field weights: a headline word says more than a body word. */
const WEIGHT = { title: 3, excerpt: 2, body: 1 } as const;

// Words are runs of letters and digits ("2.1", "covid-19" stay whole);
// scripts written without spaces are cut into words by ICU's segmenter.
const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const MARKS = /\p{M}+/gu;
let segmenter: Intl.Segmenter | undefined;

/** The first `max` words of a text, lower-cased. */
function words(text: string, max = Infinity): string[] {
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

/** For each stop word, the languages (bit n: LANGUAGES[n]) that list it: one lookup per token, not one per language. */
const STOP_WORD_LANGUAGES = new Map<string, number>();
LANGUAGES.forEach((language, n) => {
  for (const word of language.stop) STOP_WORD_LANGUAGES.set(word, (STOP_WORD_LANGUAGES.get(word) ?? 0) | (1 << n));
});

/** The language whose stop words the text uses most (the first listed on a tie); English when none is used. */
function languageOf(tokens: string[]): (typeof LANGUAGES)[number] {
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const token of tokens) {
    let mask = STOP_WORD_LANGUAGES.get(token) ?? 0;
    for (let n = 0; mask; n++, mask >>>= 1) if (mask & 1) hits[n]!++;
  }
  let best = 0;
  for (let n = 1; n < LANGUAGES.length; n++) if (hits[n]! > hits[best]!) best = n;
  return LANGUAGES[best]!;
}

// Stemming costs about a microsecond a word; news vocabulary repeats a lot.
function stem(language: (typeof LANGUAGES)[number], word: string): string {
  let out = language.stems.get(word);
  if (out === undefined) {
    out = language.stem(word).normalize('NFD').replace(MARKS, '');
    if (language.stems.size > 100_000) language.stems.clear();
    language.stems.set(word, out);
  }
  return out;
}

function plainBody(html: string | undefined): string {
  if (!html) return '';
  // The body is already sanitised HTML: dropping its tags leaves its text.
  return decodeHTML(html.slice(0, 4000).replace(/<[^<>]*>/g, ' '));
}

/**
 * A term's hash, with the top bit saying whether it is a number: numbers
 * ("640", "2.1") tell events apart, but a story is about its names.
 */
export const NUMBER_BIT = 0x80000000;
const NUMBER = /^[\p{N}.,]+$/u;
function termId(stemmed: string): number {
  return NUMBER.test(stemmed) ? (fnv1a(stemmed) | NUMBER_BIT) >>> 0 : fnv1a(stemmed) & ~NUMBER_BIT;
}

type TextFeatures = { terms: Uint32Array; weights: Uint8Array };

/** The article's weighted terms, heaviest first (ties: first seen). */
export function textFeatures(title: string, excerpt: string | undefined, bodyHtml: string | undefined): TextFeatures {
  const fields = [
    { tokens: words(title), weight: WEIGHT.title },
    { tokens: words(excerpt ?? ''), weight: WEIGHT.excerpt },
    { tokens: words(plainBody(bodyHtml), BODY_WORDS), weight: WEIGHT.body },
  ];
  const language = languageOf([...fields[0]!.tokens, ...fields[1]!.tokens]);
  const weights = new Map<number, number>();
  for (const { tokens, weight } of fields) {
    for (const token of tokens) {
      if (language.stop.has(token) || (token.length < 2 && !UNSPACED.test(token))) continue;
      const term = termId(stem(language, token));
      weights.set(term, Math.min(255, (weights.get(term) ?? 0) + weight));
    }
  }
  const top = [...weights].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return { terms: Uint32Array.from(top, ([t]) => t), weights: Uint8Array.from(top, ([, w]) => w) };
}

/** Features as one short string (terms, then weights; vectors.ts reads it): records travel between threads and into the cache as JSON. */
export function encodeFeatures({ terms, weights }: TextFeatures): string {
  const bytes = Buffer.alloc(terms.length * 5);
  terms.forEach((t, i) => bytes.writeUInt32LE(t, i * 4));
  bytes.set(weights, terms.length * 4);
  return bytes.toString('base64');
}
