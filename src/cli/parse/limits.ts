/**
 * What one file may hold. Each limit is checked before the step it protects
 * (read, YAML, markdown, sanitiser, linker), so a hostile or broken file is
 * rejected with the limit and the value it found, and the build goes on. Real
 * articles stay far below every one of them.
 */

/** Bytes read from one file. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Time one file may take to parse; a parse worker past it is stopped and restarted. */
export const FILE_TIME_BUDGET_MS = 2_000;

/** Heap of one parse worker: a file that needs more ends only that worker. */
export const WORKER_HEAP_MB = 256;

/** Front matter: depth of nested lists and mappings. */
export const MAX_NESTING = 32;
/** Front matter: values, each use of a YAML alias counted again ("billion laughs"). */
export const MAX_YAML_VALUES = 20_000;
/** Front matter: characters on one line. */
export const MAX_FRONT_MATTER_LINE = 64 * 1024;
/** Characters in one text field (title, excerpt, names). */
export const MAX_TEXT = 10_000;

/** Entries in the list fields: a card with thousands of topics is not an article. */
export const MAX_LIST_ENTRIES = {
  topics: 100,
  related: 100,
  images: 100,
  actions: 50,
} as const;

/**
 * Markdown body. The markdown parser recurses once per blockquote and list
 * level, and matching emphasis costs the square of the number of `*` and `_`
 * runs in a paragraph; the sanitiser keeps a stack of open HTML elements.
 */
export const MAX_BODY_QUOTE_DEPTH = 32;
export const MAX_BODY_INDENT = 100;
export const MAX_EMPHASIS_RUNS = 1_000;
export const MAX_HTML_DEPTH = 256;
