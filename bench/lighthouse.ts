/**
 * Lighthouse (its Node API, the default config: the mobile preset with
 * simulated throttling) on pages of a served build: performance,
 * accessibility, best practices and SEO, each the median of RUNS runs, as one
 * run on a shared two-core machine swings the performance score by several
 * points.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];
export const LIGHTHOUSE_RUNS = 3;

/** Scores out of 100, as the Lighthouse report shows them. */
export type LighthouseScores = {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Ids of the audits of these categories that scored below 1 in most runs. */
  failing: string[];
  /** The same audits with their category, title and median score, for the report. */
  failingDetail: { id: string; category: Category; title: string; score: number; runs: number }[];
  /**
   * Audits of these categories that could not run (Lighthouse's "error"
   * display mode, no score), with the first error message: they count for
   * neither pass nor fail, so a score can look better than the page is.
   */
  errored: { id: string; message: string }[];
  /** Each run's four scores, in run order. */
  runs: Record<Category, number>[];
};

export type LighthouseOptions = {
  /** Overrides the Chromium the launcher would look for (CHROME_PATH, then /usr/bin/chromium). */
  chromePath?: string;
  /**
   * Request patterns the page is not allowed to load (Lighthouse's
   * `blockedUrlPatterns`), e.g. hosts of other sites that cannot be reached
   * from where the benchmark runs.
   */
  blockedUrlPatterns?: string[];
  /** Called before each run, for progress. */
  onRun?: (route: string, run: number) => void;
};

/** Headless, and nothing in the browser that talks to the network on its own while a page is measured. */
const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function measureLighthouse(
  origin: string,
  routes: { name: string; path: string }[],
  options: LighthouseOptions = {},
): Promise<LighthouseScores[]> {
  const chrome = await launch({
    chromePath: options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  const results: LighthouseScores[] = [];
  try {
    for (const route of routes) {
      const url = new URL(route.path, origin).href;
      const runs: Record<Category, number>[] = [];
      // Per audit: its category, title and its score in each run that scored it.
      const audits = new Map<string, { category: Category; title: string; scores: number[] }>();
      const errored = new Map<string, string>();
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        options.onRun?.(route.name, i + 1);
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...LIGHTHOUSE_CATEGORIES],
          // The full-page screenshot only illustrates the HTML report, which is not written; taking it adds seconds a run.
          disableFullPageScreenshot: true,
          ...(options.blockedUrlPatterns?.length ? { blockedUrlPatterns: options.blockedUrlPatterns } : {}),
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
        const { lhr } = result;
        // A page that did not load still gets a report, with a runtime error and null scores: not a figure to take a median of.
        if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = {} as Record<Category, number>;
        for (const id of LIGHTHOUSE_CATEGORIES) {
          const category = lhr.categories[id];
          if (!category || category.score === null) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
          scores[id] = Math.round(category.score * 100);
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (audit?.scoreDisplayMode === 'error' && !errored.has(ref.id)) errored.set(ref.id, audit.errorMessage ?? 'no message');
            // Null scores are informative, manual or not applicable audits: nothing passed or failed.
            if (!audit || audit.score === null) continue;
            const entry = audits.get(ref.id) ?? { category: id, title: audit.title, scores: [] };
            entry.scores.push(audit.score);
            audits.set(ref.id, entry);
          }
        }
        runs.push(scores);
      }
      // Failing in most runs, like the medians: an audit that failed once on a noisy run is not the page's.
      const failingDetail = [...audits]
        .map(([id, a]) => ({ id, category: a.category, title: a.title, score: median(a.scores), runs: a.scores.filter((s) => s < 1).length }))
        .filter((a) => a.runs * 2 > LIGHTHOUSE_RUNS)
        .sort((a, b) => LIGHTHOUSE_CATEGORIES.indexOf(a.category) - LIGHTHOUSE_CATEGORIES.indexOf(b.category) || a.score - b.score);
      const of = (id: Category) => median(runs.map((r) => r[id]));
      results.push({
        name: route.name,
        path: route.path,
        performance: of('performance'),
        accessibility: of('accessibility'),
        bestPractices: of('best-practices'),
        seo: of('seo'),
        failing: failingDetail.map((a) => a.id),
        failingDetail,
        errored: [...errored].map(([id, message]) => ({ id, message })),
        runs,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
