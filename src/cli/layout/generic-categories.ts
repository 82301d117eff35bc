import { GENERIC_TOPIC_MIN_ARTICLES, GENERIC_TOPIC_SHARE } from '../../shared/constants';

/**
 * The article JSON text carries its category as a top-level `"category":"…"`;
 * quotes inside other strings are escaped, so the first bare match is that key.
 */
const CATEGORY = /"category":("(?:[^"\\]|\\.)*")/;

/**
 * Counts the categories of the articles as their JSON is written, and names
 * the ones on more than GENERIC_TOPIC_SHARE of them (in a corpus of at least
 * GENERIC_TOPIC_MIN_ARTICLES), like generic topics: a label every article
 * carries tells a reader nothing, so the article page leaves it out.
 */
export function categoryCounter() {
  const counts = new Map<string, number>();
  let articles = 0;
  return {
    /** Passes the article JSON through, counting its category. */
    count(json: string): string {
      articles += 1;
      const match = CATEGORY.exec(json);
      if (match) {
        const name = (JSON.parse(match[1]!) as string).trim().toLowerCase();
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return json;
    },
    generic(): string[] {
      if (articles < GENERIC_TOPIC_MIN_ARTICLES) return [];
      return [...counts]
        .filter(([, n]) => n > articles * GENERIC_TOPIC_SHARE)
        .map(([name]) => name)
        .sort();
    },
  };
}
