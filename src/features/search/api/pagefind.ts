/**
 * The part of Pagefind's browser API (1.x) the reader uses. `pagefind.js`
 * belongs to the index, not to the app bundle: it is imported at run time
 * from the folder the manifest names, and only once someone searches.
 */
/** `raw_url` is the URL as the index stored it; `url` is Pagefind's rewrite of it into a page address. */
export type PagefindRecord = { url: string; raw_url?: string; content: string; meta: Record<string, string | undefined>; excerpt: string };
export type PagefindHit = { id: string; score: number; data: () => Promise<PagefindRecord> };
export type PagefindCounts = Record<string, Record<string, number> | undefined>;
export type PagefindResponse = {
  results: PagefindHit[];
  unfilteredResultCount: number;
  /** Per filter value, how many results there are under the current terms and filters. */
  filters: PagefindCounts;
};
export type PagefindSearchOptions = { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> };
export type Pagefind = {
  options: (options: { basePath?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
  /** Loads every filter's values; from then on each search answers with its counts (before, with none). */
  filters: () => Promise<PagefindCounts>;
};

export type ImportPagefind = (url: string) => Promise<Pagefind>;

const importFromIndex: ImportPagefind = (url) => import(/* @vite-ignore */ url) as Promise<Pagefind>;
let importPagefind = importFromIndex;

export const loadPagefind = (url: string) => importPagefind(url);

/** Tests search a fake engine (no WebAssembly in jsdom); `null` puts the real one back. */
export function substitutePagefind(fake: ImportPagefind | null) {
  importPagefind = fake ?? importFromIndex;
}
