/**
 * The search contract with the indexer, as src/shared/search.ts will state it;
 * a copy until that file exists, then imported from there instead.
 */
export const SEARCH_FILTERS = ['topic', 'source', 'type'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export const SEARCH_SORTS = ['relevance', 'hot', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type SearchRef = { path: string; records: number };
export type SearchMeta = { title: string; card: string };
