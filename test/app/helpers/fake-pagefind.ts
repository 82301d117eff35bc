import { afterEach } from 'vitest';
import type { Card, CardIndexShard, CardsShard, Manifest } from '../../../src/shared/index-schema';
import { searchRecordOf } from '../../../src/shared/search';
import {
  substitutePagefind,
  type Pagefind,
  type PagefindHit,
  type PagefindSearchOptions,
} from '../../../src/features/search/api/pagefind';
import type { serveIndex } from './index-server';

type Server = Awaited<ReturnType<typeof serveIndex>>;

export const SEARCH_PATH = 'search/0123456789abcdef/';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const words = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

const filterValues = (card: Card, name: string): string[] =>
  name === 'topic' ? card.topics.map((t) => t.slug) : name === 'source' ? [card.provider.domain] : name === 'type' ? [card.type] : [];

afterEach(() => substitutePagefind(null));

/**
 * Pagefind as the reader sees it (jsdom runs no WebAssembly), over the cards
 * of the test index: every word of the terms must start a word of the title
 * or excerpt; filters, their counts and the `hot`/`newest` sorts as the
 * indexer's records give them. The manifest is served with a `search` entry.
 * `padding` adds that many extra matches for any term, for paging.
 */
export async function fakePagefind(server: Server, { padding = 0 } = {}) {
  const manifest = await server.readJson<Manifest>('manifest.json');
  const { chunks } = await server.readJson<CardIndexShard>(manifest.cards);
  const cards = (await Promise.all(chunks.map((chunk) => server.readJson<CardsShard>(chunk)))).flatMap((shard) => shard.cards);
  const extra: Card[] = Array.from({ length: padding }, (_, i) => ({
    ...cards[0]!,
    id: `padding-${i}`,
    slug: `padding-${i}-aaaaaaa${i % 10}`,
    title: `Padding story ${i}`,
    story: undefined,
  }));

  const imports: string[] = [];
  const searches: { term: string | null; options: PagefindSearchOptions | undefined }[] = [];
  const loaded: string[] = [];
  let failing = false;
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  let filtersLoaded = false;

  const engine: Pagefind = {
    options: async () => {},
    init: () => gate,
    filters: async () => {
      filtersLoaded = true;
      return {};
    },
    search: async (term, options) => {
      searches.push({ term, options });
      const wanted = words(term ?? '');
      let found = cards.filter((card) => {
        const text = words(`${card.title}. ${card.excerpt ?? ''}`);
        return wanted.every((word) => text.some((w) => w.startsWith(word)));
      });
      if (wanted.length > 0) found.push(...extra);
      const unfiltered = found.length;
      for (const [name, values] of Object.entries(options?.filters ?? {})) {
        found = found.filter((card) => values.every((value) => filterValues(card, name).includes(value)));
      }
      if (options?.sort?.hot) found = [...found].sort((a, b) => b.hot - a.hot);
      if (options?.sort?.newest) found = [...found].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
      const counts: Record<string, Record<string, number>> = { topic: {}, source: {}, type: {} };
      for (const card of found) {
        for (const name of Object.keys(counts)) {
          for (const value of filterValues(card, name)) counts[name]![value] = (counts[name]![value] ?? 0) + 1;
        }
      }
      const results: PagefindHit[] = found.map((card) => ({
        id: card.id,
        score: 1,
        data: async () => {
          loaded.push(card.id);
          // As Pagefind gives a record back: the stored URL as raw_url, and its page-address rewrite as url.
          const record = searchRecordOf(card);
          return { ...record, raw_url: record.url, url: `/${record.url}`, excerpt: '' };
        },
      }));
      // As Pagefind does: no counts for filters not loaded yet.
      return { results, unfilteredResultCount: unfiltered, filters: filtersLoaded ? counts : {} };
    },
  };

  server.rewriteManifest((m) => ({ ...m, search: { path: SEARCH_PATH, records: cards.length } }));
  substitutePagefind(async (url) => {
    imports.push(url);
    if (failing) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
    return engine;
  });
  return {
    cards,
    /** Every module address the reader imported. */
    imports,
    searches,
    /** The ids whose records were read, in order. */
    loaded,
    fail: (on = true) => {
      failing = on;
    },
    /** `init()` waits until `release()`. */
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => open(),
  };
}
