/**
 * The words an article is about, as a small weighted bag of term hashes:
 * computed where the file is parsed (a worker), cached with the record, and
 * compared in the main thread by stories/similarity.ts. Tokens are
 * lower-cased, stop words of the text's language dropped, stemmed with that
 * language's Snowball stemmer and stripped of diacritics, so "Breaches",
 * "breach" and "BREACH" are one term and "cafe" matches "café".
 */
import { decodeHTML } from 'entities';
import { fnv1a } from '../../../shared/hash';
import { isWordWorthATerm, languageOf, stem, words } from '../../../shared/text-terms';

/** Terms kept per article: enough for a headline, a lede and a paragraph. */
export const MAX_TERMS = 32;
/** Body words read: the top of an article says what it is about. */
const BODY_WORDS = 80;
/** Field weights: a headline word says more than a body word. */
const WEIGHT = { title: 3, excerpt: 2, body: 1 } as const;

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
      if (language.stop.has(token) || !isWordWorthATerm(token)) continue;
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
