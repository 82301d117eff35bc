/**
 * Search in headless Chromium, against the production build and preview
 * server that browser.ts measures: what a first query downloads, how long a
 * first (cold) query takes to paint, and how long the header box takes to
 * show new matches after the last keystroke once the search files are cached.
 *
 * What the page must show is computed beforehand in Node by the reader's own
 * engine (src/features/search/engine) over the built folder on disk: each
 * query's matches, the popup's rows (one per story, as the app keeps them),
 * whether the results page has filter counts to show, and which files the
 * engine reads for each step. The browser is then timed until it shows
 * exactly that.
 *
 * Every time is taken inside the page (performance.now()): from navigation
 * start or from the last input to a MutationObserver seeing the results in
 * the DOM, then one animation frame and a task (painted), so no round trip to
 * the runner is counted. A wait that gives up is counted as "over its limit",
 * never dropped.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mulberry32 } from '../scripts/random';
import type { Card, CardsShard, Manifest } from '../src/shared/index-schema';
import { SEARCH_FILTERS, type SearchMeta } from '../src/shared/search';
import { openSearchEngine, type FilterCounts, type SearchEngine } from '../src/features/search/engine/engine';
import { percentile } from './browser';
import { SUFFIXES, WORDS } from './synthetic-corpus';

const root = path.resolve(import.meta.dirname, '..');
const LIVE_SEARCH = 'src/features/search/components/live-search.tsx';
const RESULTS_VIEW = 'src/features/search/components/search-results-view.tsx';

/** A word of every synthetic excerpt's vocabulary: about half of all articles carry it. */
export const MANY_TERM = 'climate';
/** Two words of that vocabulary, each in about half of all articles: matches are read from two long postings, and counted from every filter block. */
export const PAIR_TERM = 'climate solar';
/** Typing speed in the box: a fast typist, well inside the debounce, so only the last key starts a search. */
export const KEY_DELAY_MS = 40;
/** Two-word queries typed into the header box, one after another. */
export const TYPED_QUERIES = 20;
/** Candidates for them: a query is typed only when its rows differ from the query before's. */
const CANDIDATE_QUERIES = 60;
/** Cold loads per term; one only when the first is over COLD_REPEAT_LIMIT_MS (more would say nothing new and cost minutes). */
export const COLD_RUNS = 3;
const COLD_REPEAT_LIMIT_MS = 5_000;
/** How long a cold load may take (it must finish for its bytes to count). */
export const COLD_TIMEOUT_MS = 180_000;
/** How long one typed query may take; a query over it is counted as over, and the page is opened again. */
export const TYPING_TIMEOUT_MS = 10_000;

export type Bytes = { requests: number; gzipBytes: number };
/** Search files, and their gzipped bytes per kind of file (`meta`, `t`, `p`, `d`, `k`, `c`, `h`: src/shared/search.ts). */
export type SearchBytes = Bytes & { kinds: Record<string, number> };
/** What a page downloaded up to a moment: `data/search/` files, the other `data/` files, the app's scripts. */
export type Downloaded = { search: SearchBytes; data: Bytes; js: Bytes };
/** Times in ms of the runs that finished, and how many more gave up after `limitMs`. */
export type Timed = { ms: number[]; over: number; limitMs: number };

/** What the reader's engine, run in Node on the files on disk, reads and answers for a first query. */
export type EngineQuery = {
  matches: number;
  /** Files a fresh engine reads (gzipped), step by step as the results page asks: open (none: the manifest says what meta.json would), matches, the first page's cards, the filter counts. */
  reads: Record<'open' | 'matches' | 'cards' | 'counts', SearchBytes>;
  /** Node's time per step, the files read from disk. */
  ms: Record<'matches' | 'cards' | 'counts', number>;
  /** The results page has a filter chip with a count to show (a value some but not all matches carry). */
  chips: boolean;
  /** The engine could not count the filter values (the page then shows no chip); null when it could. */
  countsError: string | null;
};

export type FirstQuery = {
  term: string;
  engine: EngineQuery;
  /** The results page's count ("N articles match"); null when it never showed. */
  matches: number | null;
  /** The results page showed its first page of results whole (up to 20 cards) before the wait gave up: `page.results` is whole. */
  complete: boolean;
  /** The filter counts were painted (or, with no chip to show, their files arrived) before the wait gave up: `page.counts` is whole. */
  countsShown: boolean;
  /** Cold `/search?q=TERM`: what was downloaded by the first page of results painted (less the files only the counts read), and by the filter counts painted. */
  pageBytes: { results: Downloaded; counts: Downloaded };
  /** Cold header box, first run: what was downloaded from the box's first focus to its matches painted. */
  boxBytes: Downloaded | null;
  /** Cold `/search?q=TERM`: navigation start to the first result card painted. */
  page: Timed;
  /** The same runs: navigation start to the filter counts painted (with no chip to show, to their files' arrival); a run whose counts never showed is over. */
  counts: Timed;
  /** Cold header box on the feed: focused, TERM entered at once (one input, as a paste); that input to the popup's matches painted. */
  box: Timed;
};

export type SearchFigures = {
  /** The live search's debounce in the measured build (0: it has none); null when it could not be read. */
  debounceMs: number | null;
  many: FirstQuery;
  pair: FirstQuery;
  few: FirstQuery;
  typing: {
    queries: string[];
    /** Last input (the query's last key) to the popup's matches for the new query painted, debounce included. */
    keystroke: Timed;
    /** Queries not counted: the page held a key back past the debounce (a search ran before the last key). */
    stalled: number;
    /** Queries (counted) whose rows the popup showed, settled, already before their last key: the last key only had to confirm them. */
    early: number;
    /** Requests for data/search/ files while the queries were timed, and how many of them carried a body. */
    requests: number;
    downloaded: number;
    /** The same queries in Node, one engine in the same order: matches and the popup's cards, files from disk (ms each). */
    engineMs: number[];
  };
};

/**
 * What the search components show, read from their source: the live
 * search's debounce (`useDebounced(term, N)` in live-search.tsx; 0 when it
 * calls none, null when its length cannot be read), the popup's rows and the
 * cards it loads for them (`SHOWN`, `SHOWN + 2`), and the results page's
 * page of results (`PAGE`). Read when the app is built, so the figures match
 * the build measured even if the source changes meanwhile.
 */
export type SearchUi = { debounceMs: number | null; shown: number; loaded: number; page: number };
export function readSearchUi(): SearchUi {
  const live = readFileSync(path.join(root, LIVE_SEARCH), 'utf8');
  const declared = (file: string, text: string, name: string) => {
    const found = new RegExp(`const ${name} = (\\d+);`).exec(text);
    if (!found) throw new Error(`${file} no longer declares \`const ${name} = N;\`: the benchmark cannot tell what the page shows`);
    return Number(found[1]);
  };
  const debounce = /useDebounced\(\s*[\w.()]+\s*,\s*(\d+)\s*\)/.exec(live);
  const shown = declared(LIVE_SEARCH, live, 'SHOWN');
  return {
    debounceMs: debounce ? Number(debounce[1]) : live.includes('useDebounced(') ? null : 0,
    shown,
    loaded: shown + Number(/SHOWN \+ (\d+)\)/.exec(live)?.[1] ?? 0),
    page: declared(RESULTS_VIEW, readFileSync(path.join(root, RESULTS_VIEW), 'utf8'), 'PAGE'),
  };
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

/** What a gzip-serving host sends for a file: its body gzipped at level 6 (every search file is JSON). */
const sentBytes = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** The kind of a search file from its name in the folder: `t/3a.json` is `t`, `meta.json` is `meta`. */
const kindOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.json$/, ''));

type FileBytes = { file: string; bytes: number };
function searchBytes(files: FileBytes[]): SearchBytes {
  const kinds: Record<string, number> = {};
  for (const { file, bytes } of files) kinds[kindOf(file)] = (kinds[kindOf(file)] ?? 0) + bytes;
  return { requests: files.length, gzipBytes: files.reduce((s, f) => s + f.bytes, 0), kinds };
}

/**
 * The reader's engine over the built folder on disk; `reads` lists every file it read (each once), in order.
 * Opened as the page opens it: with what the manifest says of the folder, so it reads no meta.json.
 */
async function diskEngine(folder: string): Promise<{ engine: SearchEngine; reads: FileBytes[]; asked: string[] }> {
  const reads: FileBytes[] = [];
  // Every file asked for, a missing one too (the page asks for it as well, and gets a 404).
  const asked: string[] = [];
  const engine = await openSearchEngine({
    read: async (file, shape) => {
      asked.push(file);
      const body = await readFile(path.join(folder, file));
      reads.push({ file, bytes: sentBytes(body) });
      const value: unknown = JSON.parse(body.toString('utf8'));
      if (!shape.test(value)) throw new Error(`${path.join(folder, file)} is not ${shape.name}`);
      return value;
    },
    isMissing: (error) => (error as NodeJS.ErrnoException).code === 'ENOENT',
    meta: JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8')) as SearchMeta,
  });
  return { engine, reads, asked };
}

const RELEVANCE = { filters: {}, sort: 'relevance' } as const;

/** One card per story, the first (best-placed) one, as useSearchCards keeps them. */
function oneCardPerStory(cards: Card[]): Card[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    if (!card.story || card.story.size <= 1) return true;
    if (seen.has(card.story.id)) return false;
    seen.add(card.story.id);
    return true;
  });
}

/** The popup's titles for `q`: the cards of the first `loaded` matches, one per story, the first `shown`. */
async function popupTitles(engine: SearchEngine, q: string, { shown, loaded }: { shown: number; loaded: number }): Promise<string[]> {
  const { hits } = await engine.search(q, RELEVANCE);
  const cards = await Promise.all(hits.slice(0, loaded).map((hit) => engine.card(hit.doc)));
  return oneCardPerStory(cards).slice(0, shown).map((card) => card.title);
}

/** A filter with a value some but not all matches carry: FilterChips shows a chip with its count. */
const hasChips = (counts: FilterCounts, total: number) =>
  SEARCH_FILTERS.some((name) => Object.values(counts[name]).some((n) => n > 0 && n < total));

/** A first query's steps as the results page takes them, in a fresh engine: what each reads, and how long it takes in Node. */
async function engineQuery(folder: string, term: string, page: number): Promise<EngineQuery & { countFiles: string[] }> {
  const { engine, reads, asked } = await diskEngine(folder);
  const step = async <T>(run: () => Promise<T>) => {
    const [from, fromAsked] = [reads.length, asked.length];
    const started = performance.now();
    const result = await run().then((value) => ({ value, error: null }), (error: unknown) => ({ value: null, error: String(error) }));
    return { ...result, ms: performance.now() - started, files: reads.slice(from), asked: asked.slice(fromAsked) };
  };
  const open = reads.slice();
  const matches = await step(() => engine.search(term, RELEVANCE));
  if (!matches.value) throw new Error(`the engine could not answer "${term}": ${matches.error}`);
  const hits = matches.value.hits;
  const cards = await step(() => Promise.all(hits.slice(0, page).map((hit) => engine.card(hit.doc))));
  if (cards.error) throw new Error(`the engine could not read the cards of "${term}": ${cards.error}`);
  // The page shows results without counts when they fail: no chip then, and the failure is reported.
  const counts = await step(() => engine.counts(term, {}));
  return {
    matches: hits.length,
    reads: { open: searchBytes(open), matches: searchBytes(matches.files), cards: searchBytes(cards.files), counts: searchBytes(counts.files) },
    ms: { matches: matches.ms, cards: cards.ms, counts: counts.ms },
    chips: !!counts.value && hasChips(counts.value, hits.length),
    countsError: counts.error,
    countFiles: counts.asked,
  };
}

// Runs in the page before the app. `__search.inputs`: when each input event
// (a key's character, or a paste, entering a text field) reached the page,
// taken in the capture phase before the app sees it. On /search:
// `firstResult`, `results` and `chips`: the first result card, the first
// page of results without a card still loading, and a filter chip's count,
// each attached and painted. `__armRows(expected, limit)`: once the next
// input has come and the popup has changed after it, `__rows` resolves with
// the time from that input to the popup showing exactly `expected` (titles,
// in order) and no longer busy (`aria-busy`: its rows are the text's own, not
// an earlier text's) painted (`rowsAt`), or -1 after `limit` ms; it returns
// whether the popup showed them already. Resource timing keeps every entry,
// so bytes can be split by the moment each response ended. (A string: tsx's
// keepNames helper `__name` does not exist in the page.)
const OBSERVE_SEARCH = `
  globalThis.__name = globalThis.__name || ((f) => f);
  performance.setResourceTimingBufferSize(1000000);
  window.__search = { inputs: [], firstResult: 0, results: 0, chips: 0, rowsAt: 0 };
  addEventListener('input', () => { window.__search.inputs.push(performance.now()); }, true);
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { window.__search[key] = performance.now(); }, 0));
  if (location.pathname.endsWith('/search')) {
    const seen = { firstResult: false, results: false, chips: false };
    const results = new MutationObserver(() => {
      const list = document.querySelector('main ol[aria-label="Search results"]');
      if (!seen.firstResult && list && list.querySelector('article')) { seen.firstResult = true; painted('firstResult'); }
      if (!seen.results && list && list.querySelector('article') && !list.querySelector('.card--skeleton')) { seen.results = true; painted('results'); }
      if (!seen.chips && document.querySelector('main .search-filters .chip__count')) { seen.chips = true; painted('chips'); }
      if (seen.firstResult && seen.results && seen.chips) results.disconnect();
    });
    results.observe(document, { childList: true, subtree: true });
  }
  window.__popupTitles = () =>
    Array.from(document.querySelectorAll('[role="listbox"] [role="option"] .live-search__title'), (e) => e.textContent);
  window.__armRows = (expected, limit) => {
    const inputsBefore = window.__search.inputs.length;
    const shows = () => {
      if (document.querySelector('.live-search__panel[aria-busy="true"]')) return false;
      const titles = window.__popupTitles();
      return titles.length === expected.length && titles.every((t, i) => t === expected[i]);
    };
    const already = shows();
    // Rows already showing the matches when armed must change after the input
    // (busy, or other rows) before they count as the text's; any other rows
    // cannot be mistaken for them, so their showing after the input is new.
    let changed = !already;
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
        if (window.__search.inputs.length <= inputsBefore) return;
        if (!shows()) {
          changed = true;
          return;
        }
        if (!changed) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => {
          window.__search.rowsAt = performance.now();
          finish(window.__search.rowsAt - window.__search.inputs.at(-1));
        }, 0));
      });
      const timer = setTimeout(() => finish(-1), limit);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    return already;
  };
`;

type PageWindow = {
  __search: { inputs: number[]; firstResult: number; results: number; chips: number; rowsAt: number };
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

/** Every response of a context but images, gzipped, for splitting by the moment it ended in the page. */
function recordBodies(context: BrowserContext): () => Promise<{ url: string; bytes: number }[]> {
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  context.on('response', (response) => {
    if (response.request().resourceType() === 'image') return;
    bodies.push(response.body().then((b) => ({ url: response.url(), bytes: sentBytes(b) }), () => ({ url: response.url(), bytes: 0 })));
  });
  return () => Promise.all(bodies);
}

type Timing = { name: string; startTime: number; responseEnd: number };
const resourceTimings = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: (e as PerformanceResourceTiming).responseEnd })));

/**
 * The responses whose request started at or after `from` and ended by
 * `until` (both in the page's clock), split as Downloaded, less the search
 * files named in `leaveOut`. A response with no timing entry (none is
 * expected) is counted, never dropped.
 */
function downloaded(
  bodies: { url: string; bytes: number }[], timings: Timing[], folder: string, from: number, until: number, leaveOut: readonly string[] = [],
): Downloaded {
  const timingOf = new Map(timings.map((t) => [t.name, t]));
  const pathOf = (url: string) => new URL(url).pathname;
  const searchFolder = `/data/${folder}`;
  const fileOf = (url: string) => (pathOf(url).includes(searchFolder) ? pathOf(url).split(searchFolder)[1]! : pathOf(url));
  const kept = bodies.filter(({ url }) => {
    const t = timingOf.get(url);
    return (!t || (t.startTime >= from && t.responseEnd <= until)) && !leaveOut.includes(fileOf(url));
  });
  const sum = (list: { bytes: number }[]): Bytes => ({ requests: list.length, gzipBytes: list.reduce((s, b) => s + b.bytes, 0) });
  return {
    search: searchBytes(kept.filter((b) => pathOf(b.url).includes('/data/search/')).map((b) => ({ file: fileOf(b.url), bytes: b.bytes }))),
    data: sum(kept.filter((b) => pathOf(b.url).includes('/data/') && !pathOf(b.url).includes('/data/search/'))),
    js: sum(kept.filter((b) => !pathOf(b.url).includes('/data/') && /\.js$/.test(pathOf(b.url)))),
  };
}

/** A page on the feed, settled (no request in flight), with the header box focused (which starts loading the search engine); `focusAt` in the page's clock. */
async function feedWithBox(context: BrowserContext, base: string): Promise<{ page: Page; focusAt: number }> {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('article[data-heat]').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  const focusAt = await page.evaluate(() => performance.now());
  await page.getByRole('searchbox', { name: 'Search', exact: true }).click();
  return { page, focusAt };
}

type Typed = {
  /** Last input to the popup showing `expected`, settled, painted; null: not within the limit. */
  ms: number | null;
  /** The popup showed `expected`, settled, already before the last input (it searched the text one key short, whose rows are the same). */
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
  // The box still busy with the text one key short would make its rows, when they come, look like the query's.
  if (!atOnce) await page.waitForFunction(() => !document.querySelector('.live-search__panel[aria-busy="true"]'), null, { timeout: limit, polling: 20 }).catch(() => undefined);
  const early = await page.evaluate(([e, l]) => (window as unknown as PageWindow).__armRows(e, l), [expected, limit] as const);
  if (atOnce) await page.keyboard.insertText(q);
  else await page.keyboard.type(q.slice(-1));
  const ms = await page.evaluate(() => (window as unknown as PageWindow).__rows);
  const inputs = await page.evaluate(() => (window as unknown as PageWindow).__search.inputs);
  const longestGapMs = inputs.reduce((most, at, i) => (i ? Math.max(most, at - inputs[i - 1]!) : 0), 0);
  return { ms: ms < 0 ? null : ms, early, longestGapMs };
}

type PageRun = { ms: number | null; countsMs: number | null; complete: boolean; countsShown: boolean; matches: number | null; bytes: FirstQuery['pageBytes'] };

/**
 * Cold `/search?q=TERM` in a fresh context: time to the first card painted,
 * the match count, and what was downloaded by the first page of results
 * painted (less the files only the counts read: `countFiles`, as the engine
 * in Node read them) and by the filter counts painted. With no chip to show,
 * the counts are in once their files arrived.
 */
async function coldPage(browser: Browser, base: string, folder: string, term: string, plan: { chips: boolean; countFiles: string[] }): Promise<PageRun> {
  const context = await freshContext(browser);
  const bodies = recordBodies(context);
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}/search?q=${encodeURIComponent(term)}`);
  const left = () => Math.max(1, COLD_TIMEOUT_MS - (Date.now() - started));
  const search = () => page.evaluate(() => (window as unknown as PageWindow).__search);
  let ms: number | null = null;
  let complete = false;
  let countsShown = false;
  try {
    await page.waitForFunction(() => (window as unknown as PageWindow).__search.firstResult > 0, null, { timeout: left(), polling: 50 });
    ms = (await search()).firstResult;
    await page.waitForFunction(() => (window as unknown as PageWindow).__search.results > 0, null, { timeout: left(), polling: 50 });
    complete = true;
    if (plan.chips) {
      await page.waitForFunction(() => (window as unknown as PageWindow).__search.chips > 0, null, { timeout: left(), polling: 50 });
    } else {
      const urls = plan.countFiles.map((file) => new URL(`/data/${folder}${file}`, base).href);
      await page.waitForFunction((wanted) => {
        const ended = new Set(performance.getEntriesByType('resource').map((e) => e.name));
        return wanted.every((url) => ended.has(url));
      }, urls, { timeout: left(), polling: 50 });
    }
    countsShown = true;
    await page.waitForTimeout(300);
  } catch {
    // Over the limit: counted as such, with what it fetched until then.
  }
  const marks = await search();
  const timings = await resourceTimings(page);
  const line = await page.locator('main .list-page__count').textContent({ timeout: 1000 }).catch(() => null);
  const matches = line ? Number(/^([\d,]+) articles? match/.exec(line)?.[1]?.replace(/,/g, '') ?? NaN) : NaN;
  const all = await bodies();
  await context.close();
  // Counts without chips: the moment their last file ended.
  const countsAt = plan.chips ? marks.chips
    : Math.max(marks.results, ...timings.filter((t) => plan.countFiles.some((f) => t.name.endsWith(`/${folder}${f}`))).map((t) => t.responseEnd));
  return {
    ms,
    countsMs: countsShown ? countsAt : null,
    complete,
    countsShown,
    matches: Number.isFinite(matches) ? matches : null,
    bytes: {
      // The counts' files load alongside the cards' (the counts start once the matches are in): left out of what the results need.
      results: downloaded(all, timings, folder, 0, complete ? marks.results : Infinity, plan.countFiles),
      counts: downloaded(all, timings, folder, 0, countsShown ? countsAt : Infinity),
    },
  };
}

/** Cold header box in a fresh context: the feed, the box focused, TERM entered at once; its input to the matches painted, and what was downloaded from the focus to then. */
async function coldBox(browser: Browser, base: string, folder: string, term: string, expected: string[]): Promise<{ ms: number | null; bytes: Downloaded }> {
  const context = await freshContext(browser);
  const bodies = recordBodies(context);
  try {
    const { page, focusAt } = await feedWithBox(context, base);
    const { ms } = await typeQuery(page, term, expected, COLD_TIMEOUT_MS, { atOnce: true });
    const until = ms === null ? Infinity : (await page.evaluate(() => (window as unknown as PageWindow).__search.rowsAt));
    const timings = await resourceTimings(page);
    return { ms, bytes: downloaded(await bodies(), timings, folder, focusAt, until) };
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

/** Puts `files` of the search folder in the context's HTTP cache: fetched from a page of the app, as the app fetches them. */
async function cacheFiles(context: BrowserContext, base: string, folder: string, files: string[]): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}/topics`);
  await page.evaluate(async (urls) => {
    for (let i = 0; i < urls.length; i += 16) await Promise.all(urls.slice(i, i + 16).map((url) => fetch(url).then((r) => r.text())));
  }, files.map((file) => `${base}/data/${folder}${file}`));
  await page.close();
}

export async function measureSearch(browser: Browser, base: string, dataDir: string, ui: SearchUi): Promise<SearchFigures> {
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const ref = manifest.search;
  if (!ref) throw new Error(`${dataDir} has no search index (manifest.search): the build could not write one; see its warnings`);
  const folder = path.join(dataDir, ref.path);
  const { debounceMs, page: resultsPage } = ui;
  const rowsSpec = { shown: ui.shown, loaded: ui.loaded };
  const few = fewTerm(dataDir);
  const candidates = candidateQueries(CANDIDATE_QUERIES);

  // The popup's rows for every query, and for every text on the way to it as
  // typed (the box may search before the last key), from one engine that
  // reads each file once: the union of its reads is what typing needs cached.
  const { engine, reads } = await diskEngine(folder);
  const rows = new Map<string, string[]>();
  const rowsOf = async (q: string) => {
    let shown = rows.get(q);
    if (!shown) rows.set(q, (shown = await popupTitles(engine, q, rowsSpec)));
    return shown;
  };
  const typedTexts = (q: string) => Array.from(q, (_, i) => q.slice(0, i + 1).trim()).filter((text, i, all) => text && text !== all[i - 1]);
  for (const q of [few, MANY_TERM, PAIR_TERM]) await rowsOf(q);

  // Cold first queries, each in a context of its own (an empty HTTP cache).
  const firstQuery = async (term: string): Promise<FirstQuery> => {
    const { countFiles, ...plan } = await engineQuery(folder, term, resultsPage);
    const first = await coldPage(browser, base, ref.path, term, { chips: plan.chips, countFiles });
    const runs = [first];
    const page = await coldRuns(async (i) => {
      if (i > 0) runs.push(await coldPage(browser, base, ref.path, term, { chips: plan.chips, countFiles }));
      return runs[i]!.ms;
    });
    const counts: Timed = { ms: runs.flatMap((r) => (r.countsMs === null ? [] : [r.countsMs])), over: runs.filter((r) => r.countsMs === null).length, limitMs: COLD_TIMEOUT_MS };
    let boxBytes: Downloaded | null = null;
    const box = await coldRuns(async (i) => {
      const run = await coldBox(browser, base, ref.path, term, rows.get(term)!);
      if (i === 0) boxBytes = run.bytes;
      return run.ms;
    });
    return {
      term, engine: plan, matches: first.matches, complete: first.complete, countsShown: first.countsShown, pageBytes: first.bytes, boxBytes, page, counts, box,
    };
  };
  const many = await firstQuery(MANY_TERM);
  const pair = await firstQuery(PAIR_TERM);
  const fewFigures = await firstQuery(few);

  // The queries to type: each with matches, and rows other than those of the query before.
  const queries: string[] = [];
  for (const q of candidates) {
    if (queries.length === TYPED_QUERIES) break;
    const shown = JSON.stringify(await rowsOf(q));
    if (shown !== '[]' && shown !== JSON.stringify(await rowsOf(queries.at(-1) ?? few))) queries.push(q);
  }
  for (const q of [few, ...queries]) for (const text of typedTexts(q)) await rowsOf(text);

  // The same queries in Node, for where the time goes: one engine, as one
  // page's, after the untimed first query; each text on the way to a query
  // first (untimed), then the query itself timed.
  const typedEngine = (await diskEngine(folder)).engine;
  for (const text of typedTexts(few)) await popupTitles(typedEngine, text, rowsSpec);
  const engineMs: number[] = [];
  for (const q of queries) {
    for (const text of typedTexts(q).slice(0, -1)) await popupTitles(typedEngine, text, rowsSpec);
    const started = performance.now();
    await popupTitles(typedEngine, q, rowsSpec);
    engineMs.push(performance.now() - started);
  }

  // One context for the typing, with every file the queries read in its
  // HTTP cache; in each page, a first query (the few-match term, untimed)
  // loads the search code and opens the engine.
  const context = await freshContext(browser, { offline: false });
  try {
    await cacheFiles(context, base, ref.path, [...new Set(reads.map((r) => r.file))]);
    const keystroke: Timed = { ms: [], over: 0, limitMs: TYPING_TIMEOUT_MS };
    let stalled = 0;
    let early = 0;
    const fetched: Promise<number>[] = [];
    let timing = false;
    context.on('requestfinished', (request) => {
      if (timing && new URL(request.url()).pathname.includes('/data/search/')) fetched.push(request.sizes().then((s) => s.responseBodySize, () => 0));
    });
    const open = async () => {
      const { page } = await feedWithBox(context, base);
      const warm = await typeQuery(page, few, rows.get(few)!, COLD_TIMEOUT_MS);
      // Untimed: the rows already shown for the text one key short (a rare name matched as a prefix) warm the page as well.
      if (warm.ms === null && !warm.early) {
        const shown = await page.evaluate(() => (window as unknown as PageWindow).__popupTitles());
        throw new Error(`the header box never showed the matches the engine gives for "${few}": expected ${JSON.stringify(rows.get(few))}, shown ${JSON.stringify(shown)}`);
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
      if (typed.early) early++;
      if (debounceMs && typed.longestGapMs >= debounceMs) {
        // The page held a key back past the debounce: a search ran before the last key, so this is no measure of it.
        stalled++;
      } else if (typed.ms !== null) {
        keystroke.ms.push(typed.ms);
      } else {
        keystroke.over++;
      }
      if (typed.ms === null) {
        if (keystroke.over >= enough) break;
        // The page is still busy with that query: a new page, warmed the same way, for the next one.
        await page.close();
        page = await open();
      }
    }
    await page.close();
    const bodies = await Promise.all(fetched);
    return {
      debounceMs,
      many,
      pair,
      few: fewFigures,
      typing: { queries, keystroke, stalled, early, requests: bodies.length, downloaded: bodies.filter((n) => n > 0).length, engineMs },
    };
  } finally {
    await context.close();
  }
}
