/**
 * What a reader feels, measured in headless Chromium against the production
 * build served by Vite's preview server: first card, layout shift, DOM size,
 * bytes each first screen downloads, sort and topic switch latency, JS heap.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export type BrowserFigures = {
  firstCardMs: number;
  lcpMs: number;
  cls: number;
  domElements: number;
  domElementsDeep: number;
  firstLoadJsGzip: number;
  screens: Record<'feed' | 'topic' | 'article', { requests: number; gzipBytes: number }>;
  sortSwitchMs: { median: number; p95: number };
  topicSwitchMs: { median: number; p95: number };
  jsHeapMb: number;
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

// Runs in the page before the app: records when the first card is attached
// and painted, the largest contentful paint and the layout shift total.
// (tsx compiles this file with esbuild's keepNames, whose \`__name\` helper
// is then missing inside functions passed to page.evaluate.)
const OBSERVE = `
  globalThis.__name = globalThis.__name || ((f) => f);
  window.__bench = { firstCard: 0, lcp: 0, cls: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const mo = new MutationObserver(() => {
    if (document.querySelector('article[data-heat]')) {
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__bench.firstCard = performance.now(); }, 0));
    }
  });
  mo.observe(document, { childList: true, subtree: true });
`;

/** Loads a route in a fresh context and sums the gzipped size of what it fetched. */
async function screenBytes(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
  const page = await context.newPage();
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image') return;
    bodies.push(response.body().then((b) => ({ url: response.url(), gzip: gzipSync(b).length }), () => ({ url: response.url(), gzip: 0 })));
  });
  await page.goto(url);
  await ready(page);
  await page.waitForTimeout(300);
  const all = await Promise.all(bodies);
  await context.close();
  const data = all.filter((b) => b.url.includes('/data/'));
  const js = all.filter((b) => /\.js(\?|$)/.test(b.url));
  return {
    data: { requests: data.length, gzipBytes: data.reduce((s, b) => s + b.gzip, 0) },
    js: js.reduce((s, b) => s + b.gzip, 0),
  };
}

/**
 * Clicks the first link whose href ends with `hrefEnd` (or whose text is
 * `label`) and times, inside the page, from the click until a list whose
 * `data-list` (key|sort) starts with `listKey` is attached and a frame has
 * passed: no round trip to the test runner is counted. Fails after
 * SWITCH_TIMEOUT_MS instead of waiting forever.
 */
async function timeSwitch(page: Page, target: { label?: string; hrefEnd?: string }, listKey: string): Promise<number> {
  // A reader's pointer rests on a link before the click: hover first, as
  // they would, which lets the app prefetch, then time the click itself.
  const link = target.label
    ? page.getByRole('link', { name: target.label, exact: true }).first()
    : page.locator(`article a[href$="${encodeURI(target.hrefEnd!)}"]`).first();
  await link.hover();
  await page.waitForTimeout(150);
  return page.evaluate(({ label, hrefEnd, key, timeout }) => new Promise<number>((resolve, reject) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
      label ? a.textContent?.trim() === label : decodeURIComponent(a.pathname).endsWith(hrefEnd!));
    if (!link) return reject(new Error(`no link for ${label ?? hrefEnd}`));
    const selector = `ol[data-list^="${CSS.escape(key)}"] article[data-heat]`;
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      const lists = [...document.querySelectorAll('ol[data-list]')].map((ol) => ol.getAttribute('data-list'));
      reject(new Error(`no list "${key}…" ${timeout} ms after clicking ${label ?? hrefEnd} (lists on the page: ${lists.join(', ') || 'none'})`));
    }, timeout);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    link.click();
  }), { ...target, key: listKey, timeout: SWITCH_TIMEOUT_MS });
}

const SWITCH_TIMEOUT_MS = 20_000;

const LOADS = 5;

async function loadFeed(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector('article[data-heat]');
  await page.waitForTimeout(500);
  const vitals = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { firstCard: number; lcp: number; cls: number } }).__bench;
    return { ...b, dom: document.querySelectorAll('*').length };
  });
  return { context, page, vitals };
}

export async function measureBrowser(browser: Browser, base: string, articleSlug: string, topicSlug: string): Promise<BrowserFigures> {
  // Page loads are noisy on a shared machine: the median of several cold loads.
  const loads: Awaited<ReturnType<typeof loadFeed>>['vitals'][] = [];
  for (let i = 0; i < LOADS - 1; i++) {
    const load = await loadFeed(browser, base);
    loads.push(load.vitals);
    await load.context.close();
  }
  const { context, page, vitals: last } = await loadFeed(browser, base);
  loads.push(last);
  const vitals = {
    firstCard: percentile(loads.map((l) => l.firstCard), 50),
    lcp: percentile(loads.map((l) => l.lcp), 50),
    cls: Math.max(...loads.map((l) => l.cls)),
    dom: last.dom,
  };

  // Scroll deep (past the head, into rank pages and card chunks) and count again.
  let domDeep = vitals.dom;
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(120);
    domDeep = Math.max(domDeep, await page.evaluate(() => document.querySelectorAll('*').length));
  }
  await page.evaluate(() => window.scrollTo(0, 0));

  // Clicks are dispatched from inside the page so the time starts at the click.
  // Each switch is clicked and timed inside the page (see timeSwitch).
  const sorts = ['Quality', 'Newest', 'Heat'] as const;
  const sortTimes: number[] = [];
  for (let i = 0; i < 21; i++) {
    const name = sorts[i % 3]!;
    const ms = await timeSwitch(page, { label: name }, `feed|${name.toLowerCase()}`);
    if (i > 0) sortTimes.push(ms); // the first click also loads code and shards once
  }

  // Follow topic chips from list to list, always to a topic not seen yet.
  const visited: string[] = [];
  const topicTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const slug = await page.evaluate((seen) => {
      const slugOf = (a: HTMLAnchorElement) => decodeURIComponent(a.pathname.split('/topics/')[1] ?? '');
      const links = [...document.querySelectorAll<HTMLAnchorElement>('article a[href*="/topics/"]')];
      const next = links.find((a) => !seen.includes(slugOf(a))) ?? links[0];
      return next ? slugOf(next) : '';
    }, visited);
    if (!slug) break;
    visited.push(slug);
    // A topic list opens in the reader's default order, whichever that is.
    topicTimes.push(await timeSwitch(page, { hrefEnd: `/topics/${slug}` }, `topic:${slug}|`));
  }

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();

  const feedHref = `${base}/`;
  const feedScreen = await screenBytes(browser, feedHref, (p) => p.waitForSelector('article[data-heat]'));
  const topicScreen = await screenBytes(browser, `${base}/topics/${encodeURIComponent(topicSlug)}`, (p) => p.waitForSelector('article[data-heat]'));
  const articleScreen = await screenBytes(browser, `${base}/articles/${encodeURIComponent(articleSlug)}`, (p) =>
    p.getByRole('complementary', { name: 'Related stories' }).getByRole('link').first().waitFor());

  return {
    firstCardMs: Math.round(vitals.firstCard),
    lcpMs: Math.round(vitals.lcp),
    cls: Number(vitals.cls.toFixed(4)),
    domElements: vitals.dom,
    domElementsDeep: domDeep,
    firstLoadJsGzip: feedScreen.js,
    screens: { feed: feedScreen.data, topic: topicScreen.data, article: articleScreen.data },
    sortSwitchMs: { median: percentile(sortTimes, 50), p95: percentile(sortTimes, 95) },
    topicSwitchMs: { median: percentile(topicTimes, 50), p95: percentile(topicTimes, 95) },
    jsHeapMb: Number((usedSize / 1024 / 1024).toFixed(1)),
  };
}
