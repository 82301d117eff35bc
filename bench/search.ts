/**
 * Search in headless Chromium, against the production build and preview
 * server that browser.ts measures: what a first query downloads, how long a
 * first (cold) query takes to paint, and how long the header box takes to
 * show new matches after the last keystroke once the search files are cached.
 *
 * Every time is taken inside the page (performance.now()): from navigation
 * start or from the last keydown to a MutationObserver seeing the results in
 * the DOM, then one animation frame and a task (painted), so no round trip to
 * the runner is counted. A wait that gives up is counted as "over its limit",
 * never dropped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mulberry32 } from '../scripts/random';
import type { CardsShard, Manifest } from '../src/shared/index-schema';
import { cardOfSearchRecord, type SearchRecord, type SearchRef } from '../src/shared/search';
import { percentile } from './browser';
import { SUFFIXES, WORDS } from './synthetic-corpus';

const root = path.resolve(import.meta.dirname, '..');
const LIVE_SEARCH = 'src/features/search/components/live-search.tsx';

/** A word of every synthetic excerpt's vocabulary: about half of all articles carry it. */
export const MANY_TERM = 'climate';
/** Typing speed in the box: a fast typist, well inside the debounce, so only the last key starts a search. */
export const KEY_DELAY_MS = 40;
/** Two-word queries typed into the header box, one after another. */
export const TYPED_QUERIES = 20;
/** Cold loads per term; one only when the first is over COLD_REPEAT_LIMIT_MS (more would say nothing new and cost minutes). */
export const COLD_RUNS = 3;
const COLD_REPEAT_LIMIT_MS = 5_000;
/** How long a cold load may take (it must finish for its bytes to count). */
export const COLD_TIMEOUT_MS = 180_000;
/** How long one typed query may take; a query over it is counted as over, and the page is opened again. */
export const TYPING_TIMEOUT_MS = 10_000;

export type Bytes = { requests: number; gzipBytes: number };
/** Times in ms of the runs that finished, and how many more gave up after `limitMs`. */
export type Timed = { ms: number[]; over: number; limitMs: number };

export type FirstQuery = {
  term: string;
  /** The results page's count ("N articles match"); null when it never showed. */
  matches: number | null;
  /** The first page of results (up to 20 cards) was complete before the wait gave up: the byte counts are whole. */
  complete: boolean;
  /** Files fetched under data/search/ (Pagefind's script, worker, WebAssembly, metadata, filters, index chunks, records). */
  search: Bytes;
  /** The other data/ files (manifest, the topics shard the filters name topics with). */
  data: Bytes;
  /** The app's scripts. */
  js: Bytes;
  /** Cold `/search?q=TERM`: navigation start to the first result card painted. */
  page: Timed;
  /** Cold header box on the feed: focused, TERM entered at once (one input, as a paste); that input to the popup's matches painted. */
  box: Timed;
};

export type SearchFigures = {
  /** The live search's debounce as src/features/search reads it; null when it could not be read. */
  debounceMs: number | null;
  many: FirstQuery;
  few: FirstQuery;
  typing: {
    queries: string[];
    /** Last input (the query's last key) to the popup's matches for the new query painted, debounce included. */
    keystroke: Timed;
    /** Queries not counted: the page held a key back past the debounce (a search ran before the last key). */
    stalled: number;
    /** Queries not counted: the popup showed the query's matches before its last key. */
    early: number;
    /** Requests for data/search/ files while the queries were timed, and how many of them carried a body. */
    requests: number;
    downloaded: number;
  };
};

/** The debounce the header box waits for after a key (`useDebounced(term, N)` in live-search.tsx). */
export function liveSearchDebounceMs(): number | null {
  try {
    const match = /useDebounced\(\s*\w+\s*,\s*(\d+)\s*\)/.exec(readFileSync(path.join(root, LIVE_SEARCH), 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** How many rows the popup shows, and how many records it loads for them (`SHOWN`, `SHOWN + 2`). */
function popupRows(): { shown: number; loaded: number } {
  const text = readFileSync(path.join(root, LIVE_SEARCH), 'utf8');
  const shown = /const SHOWN = (\d+);/.exec(text);
  const extra = /SHOWN \+ (\d+)\)/.exec(text);
  if (!shown) throw new Error(`${LIVE_SEARCH} no longer declares \`const SHOWN = N;\`: the benchmark cannot tell which matches the popup shows`);
  return { shown: Number(shown[1]), loaded: Number(shown[1]) + Number(extra?.[1] ?? 0) };
}

/** A term that matches a few articles: the company name of the first event story in the heat-sorted feed. */
export function fewTerm(dataDir: string): string {
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dataDir, name), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  const name = new RegExp(`\\b([A-Z][a-z]{4,}) (?:${SUFFIXES.join('|')})\\b`);
  for (const card of read<CardsShard>(manifest.feed.heads?.heat ?? manifest.feed.all!).cards) {
    const found = name.exec(card.title);
    if (found) return found[1]!.toLowerCase();
  }
  throw new Error('no title of the feed head names an event company: the few-match search term cannot be chosen');
}

/** Distinct two-word queries of the synthetic vocabulary, the same on every run. */
function candidateQueries(count: number): string[] {
  const random = mulberry32(2_026);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const queries = new Set<string>();
  while (queries.size < count) {
    const [a, b] = [pick(), pick()];
    if (a !== b) queries.add(`${a} ${b}`);
  }
  return [...queries];
}

/** What a gzip-serving host sends: the gzipped body (level 6), or the body itself when it is gzip already (Pagefind's .pf_* and WebAssembly). */
const sentBytes = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

// Runs in the page before the app. `__search.inputs`: when each input event
// (a key's character, or a paste, entering a text field) reached the page,
// taken in the capture phase before the app sees it; `firstResult`: the
// results page's first card attached and painted; `__armRows(expected,
// limit)`: from then on, `__rows` resolves with the time from the last input
// to the popup showing exactly `expected` (titles, in order) painted, or -1
// after `limit` ms. (A string: tsx's keepNames helper `__name` does not
// exist in the page.)
const OBSERVE_SEARCH = `
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__search = { inputs: [], firstResult: 0 };
  addEventListener('input', () => { window.__search.inputs.push(performance.now()); }, true);
  const firstCard = new MutationObserver(() => {
    if (document.querySelector('main ol[aria-label="Search results"] article')) {
      firstCard.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__search.firstResult = performance.now(); }, 0));
    }
  });
  firstCard.observe(document, { childList: true, subtree: true });
  window.__popupTitles = () =>
    Array.from(document.querySelectorAll('[role="listbox"] [role="option"] .live-search__title'), (e) => e.textContent);
  window.__armRows = (expected, limit) => {
    const shows = () => {
      const titles = window.__popupTitles();
      return titles.length === expected.length && titles.every((t, i) => t === expected[i]);
    };
    const already = shows();
    window.__rows = new Promise((resolve) => {
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      };
      const observer = new MutationObserver(() => {
        if (!shows()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => finish(performance.now() - window.__search.inputs.at(-1)), 0));
      });
      const timer = setTimeout(() => finish(-1), limit);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    return already;
  };
`;

type PageWindow = {
  __search: { inputs: number[]; firstResult: number };
  __armRows: (expected: string[], limit: number) => boolean;
  __rows: Promise<number>;
  __popupTitles: () => string[];
};

/**
 * A new browser context (an empty HTTP cache). `offline`: requests to other
 * hosts are aborted, as browser.ts does; but Playwright turns the HTTP cache
 * off in a context with routes, so a context that must cache has none (its
 * outside images fail on their own: the network is closed).
 */
async function freshContext(browser: Browser, { offline = true } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (offline) await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
  await context.addInitScript(OBSERVE_SEARCH);
  return context;
}

/**
 * The popup's rows for each query as the app would show them, from Pagefind
 * itself in a page of its own: the first `loaded` records, one per story,
 * the first `shown` titles. Fetches every index chunk and record the queries
 * need into the context's HTTP cache.
 */
async function expectedRows(context: BrowserContext, base: string, ref: SearchRef, queries: string[]): Promise<Map<string, string[]>> {
  const { shown, loaded } = popupRows();
  const page = await context.newPage();
  await page.goto(`${base}/topics`);
  const found = await page.evaluate(async ({ url, queries, loaded }) => {
    type Hit = { data: () => Promise<{ url: string; raw_url?: string; content: string; meta: Record<string, string | undefined> }> };
    type Engine = {
      options: (o: { basePath: string }) => Promise<void>;
      init: () => Promise<void>;
      search: (q: string, o: object) => Promise<{ results: Hit[] }>;
    };
    const pagefind = (await import(/* @vite-ignore */ `${url}pagefind.js`)) as Engine;
    await pagefind.options({ basePath: url });
    await pagefind.init();
    const out: SearchRecord[][] = [];
    for (const q of queries) {
      const { results } = await pagefind.search(q, { filters: {} });
      const records = await Promise.all(results.slice(0, loaded).map((hit) => hit.data()));
      out.push(records.map((r) => ({ url: r.raw_url ?? r.url, content: r.content, meta: { title: r.meta.title ?? '' } })));
    }
    return out;
  }, { url: `${base}/data/${ref.path}`, queries, loaded });
  await page.close();
  const rows = new Map<string, string[]>();
  queries.forEach((q, i) => {
    const stories = new Set<string>();
    const titles: string[] = [];
    for (const record of found[i]!) {
      const card = cardOfSearchRecord(record);
      // One row per story, as useSearchCards keeps them.
      if (card.story && card.story.size > 1) {
        if (stories.has(card.story.id)) continue;
        stories.add(card.story.id);
      }
      titles.push(card.title);
    }
    rows.set(q, titles.slice(0, shown));
  });
  return rows;
}

/** A page on the feed with the header box focused (which starts loading Pagefind). */
async function feedWithBox(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('article[data-heat]').first().waitFor({ timeout: 60_000 });
  await page.getByRole('searchbox', { name: 'Search', exact: true }).click();
  return page;
}

type Typed = {
  /** Last input to the popup showing `expected` painted; null: not within the limit. */
  ms: number | null;
  /** The popup showed `expected` already before the last input: nothing to measure. */
  early: boolean;
  /** The longest gap between two inputs of the query (0 for one input). */
  longestGapMs: number;
};

/**
 * Enters `q` into the focused box, replacing what is there: typed at
 * KEY_DELAY_MS a key, or (`atOnce`) as one input, as a paste does; then waits
 * in the page for the popup to show `expected`.
 */
async function typeQuery(page: Page, q: string, expected: string[], limit: number, { atOnce = false } = {}): Promise<Typed> {
  await page.evaluate(() => void ((window as unknown as PageWindow).__search.inputs = []));
  await page.keyboard.press('ControlOrMeta+A');
  if (!atOnce) await page.keyboard.type(q.slice(0, -1), { delay: KEY_DELAY_MS });
  const early = await page.evaluate(([e, l]) => (window as unknown as PageWindow).__armRows(e, l), [expected, limit] as const);
  if (atOnce) await page.keyboard.insertText(q);
  else await page.keyboard.type(q.slice(-1));
  const ms = await page.evaluate(() => (window as unknown as PageWindow).__rows);
  const inputs = await page.evaluate(() => (window as unknown as PageWindow).__search.inputs);
  const longestGapMs = inputs.reduce((most, at, i) => (i ? Math.max(most, at - inputs[i - 1]!) : 0), 0);
  return { ms: ms < 0 ? null : ms, early, longestGapMs };
}

/** Cold `/search?q=TERM` in a fresh context: time to the first card painted, the match count, and every file it fetched, gzipped. */
async function coldPage(browser: Browser, base: string, term: string) {
  const context = await freshContext(browser);
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  context.on('response', (response) => {
    if (response.request().resourceType() === 'image') return;
    bodies.push(response.body().then((b) => ({ url: response.url(), bytes: sentBytes(b) }), () => ({ url: response.url(), bytes: 0 })));
  });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}/search?q=${encodeURIComponent(term)}`);
  const left = () => Math.max(1, COLD_TIMEOUT_MS - (Date.now() - started));
  let ms: number | null = null;
  let complete = false;
  try {
    await page.waitForFunction(() => (window as unknown as PageWindow).__search.firstResult > 0, null, { timeout: left(), polling: 50 });
    ms = await page.evaluate(() => (window as unknown as PageWindow).__search.firstResult);
    // The first page of results whole: every card's record loaded.
    await page.waitForFunction(() => {
      const list = document.querySelector('main ol[aria-label="Search results"]');
      return !!list?.querySelector('article') && !list.querySelector('.card--skeleton');
    }, null, { timeout: left(), polling: 50 });
    complete = true;
    await page.waitForTimeout(300);
  } catch {
    // Over the limit: counted as such, with what it fetched until then.
  }
  const line = await page.locator('main .list-page__count').textContent({ timeout: 1000 }).catch(() => null);
  const matches = line ? Number(/^([\d,]+) articles? match/.exec(line)?.[1]?.replace(/,/g, '') ?? NaN) : NaN;
  const all = await Promise.all(bodies);
  await context.close();
  const sum = (list: { bytes: number }[]): Bytes => ({ requests: list.length, gzipBytes: list.reduce((s, b) => s + b.bytes, 0) });
  const pathOf = (url: string) => new URL(url).pathname;
  return {
    ms,
    complete,
    matches: Number.isFinite(matches) ? matches : null,
    search: sum(all.filter((b) => pathOf(b.url).includes('/data/search/'))),
    data: sum(all.filter((b) => pathOf(b.url).includes('/data/') && !pathOf(b.url).includes('/data/search/'))),
    js: sum(all.filter((b) => !pathOf(b.url).includes('/data/') && /\.js$/.test(pathOf(b.url)))),
  };
}

/** Cold header box in a fresh context: the feed, the box focused, TERM entered at once; its last input to the matches painted. */
async function coldBox(browser: Browser, base: string, term: string, expected: string[]): Promise<number | null> {
  const context = await freshContext(browser);
  try {
    const page = await feedWithBox(context, base);
    return (await typeQuery(page, term, expected, COLD_TIMEOUT_MS, { atOnce: true })).ms;
  } finally {
    await context.close();
  }
}

/** Up to COLD_RUNS runs of `run`; another only while the last was within COLD_REPEAT_LIMIT_MS. */
async function coldRuns(run: (index: number) => Promise<number | null>): Promise<Timed> {
  const timed: Timed = { ms: [], over: 0, limitMs: COLD_TIMEOUT_MS };
  for (let i = 0; i < COLD_RUNS; i++) {
    const ms = await run(i);
    if (ms === null) timed.over++;
    else timed.ms.push(ms);
    if (ms === null || ms > COLD_REPEAT_LIMIT_MS) break;
  }
  return timed;
}

/** A percentile of runs some of which gave up: Infinity when it falls on one of those; undefined without runs. */
export function timedPercentile(t: Timed, p: number): number | undefined {
  const all = [...t.ms, ...Array<number>(t.over).fill(Infinity)];
  return all.length ? percentile(all, p) : undefined;
}

export async function measureSearch(browser: Browser, base: string, dataDir: string): Promise<SearchFigures> {
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const ref = manifest.search;
  if (!ref) throw new Error(`${dataDir} has no search index (manifest.search): the build could not write one; see its warnings`);
  const debounceMs = liveSearchDebounceMs();
  const few = fewTerm(dataDir);
  const candidates = candidateQueries(TYPED_QUERIES + 8);

  // One context for the typing: a first page asks Pagefind itself for the
  // rows the popup should show (and so fetches every index chunk and record
  // the queries need into this context's HTTP cache).
  const context = await freshContext(browser, { offline: false });
  try {
    const rows = await expectedRows(context, base, ref, [few, MANY_TERM, ...candidates]);

    // Cold first queries, each in a context of its own (an empty HTTP cache).
    const firstQuery = async (term: string): Promise<FirstQuery> => {
      const first = await coldPage(browser, base, term);
      const page = await coldRuns(async (i) => (i === 0 ? first.ms : (await coldPage(browser, base, term)).ms));
      const box = await coldRuns(() => coldBox(browser, base, term, rows.get(term)!));
      return { term, matches: first.matches, complete: first.complete, search: first.search, data: first.data, js: first.js, page, box };
    };
    const many = await firstQuery(MANY_TERM);
    const fewFigures = await firstQuery(few);

    // The queries to type: each with matches, and rows other than those of the query before.
    const queries: string[] = [];
    for (const q of candidates) {
      const shown = rows.get(q)!;
      const before = rows.get(queries.at(-1) ?? few)!;
      if (queries.length < TYPED_QUERIES && shown.length && JSON.stringify(shown) !== JSON.stringify(before)) queries.push(q);
    }

    // Typing with the search files cached; in each page, a first query (the
    // few-match term, untimed) loads and starts Pagefind.
    const keystroke: Timed = { ms: [], over: 0, limitMs: TYPING_TIMEOUT_MS };
    let stalled = 0;
    let early = 0;
    const fetched: Promise<number>[] = [];
    let timing = false;
    context.on('requestfinished', (request) => {
      if (timing && new URL(request.url()).pathname.includes('/data/search/')) fetched.push(request.sizes().then((s) => s.responseBodySize, () => 0));
    });
    const open = async () => {
      const page = await feedWithBox(context, base);
      const warm = await typeQuery(page, few, rows.get(few)!, COLD_TIMEOUT_MS);
      if (warm.ms === null && !warm.early) {
        const shown = await page.evaluate(() => (window as unknown as PageWindow).__popupTitles());
        throw new Error(`the header box never showed the matches Pagefind gives for "${few}": expected ${JSON.stringify(rows.get(few))}, shown ${JSON.stringify(shown)}`);
      }
      return page;
    };
    let page = await open();
    // More than half over the limit settles both p50 and p95: the rest would only cost minutes.
    const enough = Math.floor(queries.length / 2) + 1;
    for (const q of queries) {
      timing = true;
      const typed = await typeQuery(page, q, rows.get(q)!, TYPING_TIMEOUT_MS);
      timing = false;
      if (typed.early) {
        early++;
      } else if (debounceMs !== null && typed.longestGapMs >= debounceMs) {
        // The page held a key back past the debounce: a search ran before the last key, so this is no measure of it.
        stalled++;
      } else if (typed.ms !== null) {
        keystroke.ms.push(typed.ms);
      } else {
        keystroke.over++;
      }
      if (typed.ms === null) {
        if (keystroke.over >= enough) break;
        // Pagefind is still busy with that query: a new page, warmed the same way, for the next one.
        await page.close();
        page = await open();
      }
    }
    await page.close();
    const bodies = await Promise.all(fetched);
    return {
      debounceMs,
      many,
      few: fewFigures,
      typing: { queries, keystroke, stalled, early, requests: bodies.length, downloaded: bodies.filter((n) => n > 0).length },
    };
  } finally {
    await context.close();
  }
}
