/** One headless Chromium per test file, with the flags this sandbox needs. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Card } from '../../src/shared/index-schema';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const baseUrl = () => inject('baseUrl');
/** The same app built with `base: '/news/'`; ends in `/news`. */
export const subUrl = () => inject('subUrl');

async function launch(extraFlags: readonly string[] = []): Promise<Browser> {
  // Playwright gives every launch a fresh temporary profile (and refuses a
  // --user-data-dir flag), so no state carries over between runs.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...FLAGS, ...extraFlags],
  });
}

type OpenOptions = {
  /** Where the app is served; the root build by default. */
  origin?: string;
  /** Runs before the first navigation, e.g. to install `page.route` faults. */
  prepare?: (page: Page) => Promise<unknown>;
};

export async function openPage(
  browser: Browser,
  route: string,
  options: BrowserContextOptions & OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { origin = baseUrl(), prepare, ...contextOptions } = options;
  // The service worker answers requests before a test's routes could: it is
  // off unless a test turns it on (the offline tests do).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...contextOptions });
  // Images live on other hosts, which this sandbox cannot reach: fail them
  // fast so the tests see the fallback instead of waiting on the network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // CSP violations are reported on the console as errors ("Refused to …"), so
  // they land here too.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|ERR_FAILED|net::/.test(m.text())) errors.push(m.text());
  });
  (page as Page & { heatlineErrors?: string[] }).heatlineErrors = errors;
  await prepare?.(page);
  await page.goto(`${origin}${route}`);
  return { context, page };
}

function pageErrors(page: Page): string[] {
  return (page as Page & { heatlineErrors?: string[] }).heatlineErrors ?? [];
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
}

const SHOTS = path.resolve(import.meta.dirname, '../screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // Let failed thumbnails fall back and lazy images settle before the shot.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

export type CardData = {
  title: string;
  heat: number;
  quality: number;
  published: string;
  story: string | null;
  topics: string[];
  text: string;
};

/**
 * The cards in the list, top to bottom, read from the attributes the spec
 * gives every card. `inViewport` keeps only those at least partly on screen.
 */
export async function readCards(page: Page, { inViewport = false } = {}): Promise<CardData[]> {
  return page.locator('main article[data-heat]').evaluateAll((nodes, onlyVisible) => {
    const rows = nodes
      .map((node) => ({ node, rect: node.getBoundingClientRect() }))
      .filter(({ rect }) => !onlyVisible || (rect.bottom > 0 && rect.top < window.innerHeight))
      .sort((a, b) => a.rect.top - b.rect.top);
    return rows.map(({ node }) => ({
      title: node.querySelector('h2, h3')?.textContent ?? '',
      heat: Number(node.getAttribute('data-heat')),
      quality: Number(node.getAttribute('data-quality')),
      published: node.getAttribute('data-published') ?? '',
      story: node.getAttribute('data-story'),
      topics: [...node.querySelectorAll('a[href*="/topics/"]')].map((a) => a.textContent ?? ''),
      text: node.textContent ?? '',
    }));
  }, inViewport);
}

/**
 * The cards on screen are the list's first entries in the expected order
 * (worked out from the index with the shared sort and story rules), and no
 * story shows twice.
 */
export function expectListStart(shown: CardData[], expected: Card[]): void {
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.map((card) => card.title)).toEqual(expected.slice(0, shown.length).map((card) => card.title));
  const stories = shown.flatMap((card) => (card.story ? [card.story] : []));
  expect(new Set(stories).size).toBe(stories.length);
}

/** Route loaders finished and the first cards are on screen. */
export async function waitForCards(page: Page): Promise<void> {
  await page.locator('main article[data-heat]').first().waitFor();
}

/**
 * The virtual list has taken over from the rows rendered in flow, so the
 * cards on screen are the ones that stay: a menu opened or a button pressed
 * on a card before the takeover would be on a card about to be replaced.
 */
export async function waitForSettledList(page: Page): Promise<void> {
  await waitForCards(page);
  await page.locator('main ol.card-list:not(.card-list--leading) article[data-heat]').first().waitFor();
}

export async function expectNoPageErrors(page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
}

/** One browser for the calling test file: launched before its tests, closed after. */
/**
 * Emulated offline (`context.setOffline`) reaches `navigator.onLine` in the
 * document open when it is set, but with Chromium 150 not in a document a
 * service worker serves afterwards: each document gets a frame of its own
 * (RenderDocument), which starts without DevTools' network state. A real
 * phone's offline state is the system's and has no such gap. Tests of
 * offline reading keep one frame per tab, so the page knows it is offline.
 */
export const OFFLINE_EMULATION_FLAGS = ['--disable-features=RenderDocument'];

export function useBrowser(extraFlags: readonly string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraFlags);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
