/**
 * A tab left open while the index is rebuilt, in real Chromium: a host
 * serving the production build from a data folder this file rebuilds, and
 * hosts whose error pages arrive with status 200.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForCards } from './browser';
import { ARTICLES, bodyOf, publishEdition, titleOf } from './edition-corpus';
import { serveStatic, type StaticHost } from './static-server';

const browser = useBrowser();
const appDir = path.resolve(import.meta.dirname, '../../.cache/e2e/dist');
const SHOW_LATEST = 'Show the latest news';

/**
 * To the end of the list, far past its first screen. Only once the
 * virtualiser has taken over from the first rows: it starts the window where
 * the list was last left, which would undo an earlier scroll.
 */
async function scrollToEnd(page: Page): Promise<void> {
  await page.locator('main ol.card-list:not(.card-list--leading)').waitFor({ state: 'attached' });
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY;
      }),
    )
    .toBeGreaterThan(5000);
}
/** Nothing sticks out sideways: the page fits a phone's width. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Every row in the viewport shows a card, none a placeholder. */
const visibleRowsLoaded = (page: Page) =>
  page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('main li[aria-posinset]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
    return rows.length > 0 && rows.every((row) => row.querySelector('article[data-heat]'));
  });

describe('a tab open across two rebuilds', () => {
  let dir: string;
  let host: StaticHost | undefined;
  const content = () => path.join(dir, 'content');
  const data = () => path.join(dir, 'data');
  /** Editions 2 and 3: the second rebuild deletes edition 1's files, which the tab still reads from. */
  const rebuildTwice = async () => {
    await publishEdition(content(), data(), 2);
    await publishEdition(content(), data(), 3);
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'heatline-rebuild-'));
    await publishEdition(content(), data(), 1);
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('scrolled past what it had loaded, offers the new build, then shows it at the same place', async () => {
    host = await serveStatic({ appDir, dataDir: data() });
    const { context, page } = await openPage(browser(), '/', { origin: host.url });
    await waitForCards(page);
    expect((await readCards(page))[0]!.text).toContain('Edition 1 of');
    await rebuildTwice();

    await scrollToEnd(page);
    const notice = page.getByRole('alert').filter({ hasText: 'The news was updated' });
    await notice.waitFor();
    expect(await notice.textContent()).not.toMatch(/damaged|could not/i);
    await expectNoAxeViolations(page);
    const deep = await page.evaluate(() => window.scrollY);
    await notice.getByRole('button', { name: SHOW_LATEST }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    expect(new URL(page.url()).pathname).toBe('/');
    await visibleRowsLoaded(page);
    // The reader is back where they were, among rows past the first screen, on the new edition.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(deep * 0.9);
    const shown = await readCards(page, { inViewport: true });
    expect(shown.length).toBeGreaterThan(0);
    for (const card of shown) expect(card.text).toContain('Edition 3 of');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hot stories');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('opening an article on a host that answers missing files with the app page, at 375 px in dark mode', async () => {
    host = await serveStatic({ appDir, dataDir: data(), missingData: 'index.html' });
    const { context, page } = await openPage(browser(), '/', {
      origin: host.url,
      viewport: { width: 375, height: 800 },
      colorScheme: 'dark',
    });
    await waitForCards(page);
    const title = (await readCards(page))[0]!.title;
    await rebuildTwice();

    await page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('The news was updated');
    const address = new URL(page.url()).pathname;
    expect(address).toMatch(/^\/articles\//);
    expect(await page.getByRole('alert').textContent()).not.toMatch(/damaged|could not/i);
    await expectNoAxeViolations(page);
    expect(await fitsWidth(page)).toBe(true);

    // By keyboard: the button takes focus and Enter moves the tab to the new build.
    const button = page.getByRole('button', { name: SHOW_LATEST });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(title);
    expect(new URL(page.url()).pathname).toBe(address);
    const i = Array.from({ length: ARTICLES }, (_, n) => titleOf(n)).indexOf(title);
    expect(await page.getByText(bodyOf(i, 3)).isVisible()).toBe(true);
    await expectNoPageErrors(page);
    await context.close();
  });
});

describe('a host that answers with an error page and status 200', () => {
  const errorPage = '<!doctype html><html><head><title>Error</title></head><body><h1>Service unavailable</h1></body></html>';

  it('for the feed, shows an error view with Retry, and Retry works once the host is fixed', async () => {
    const { context, page } = await openPage(browser(), '/', {
      prepare: (p) => p.route('**/data/lists/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: errorPage })),
    });
    await expect.poll(() => heading(page).textContent()).toBe('Could not load this page');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('The server answered with something other than the news index');
    expect(await page.locator('.card--skeleton').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForCards(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('for a page of the feed past its first screen, shows Retry below the list instead of placeholders forever', async () => {
    const { context, page } = await openPage(browser(), '/', {
      colorScheme: 'dark',
      prepare: (p) =>
        p.route('**/data/ranks/**', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"error":"throttled"}' })),
    });
    await waitForCards(page);
    await scrollToEnd(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Some stories could not be loaded' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('something other than the news index');
    await expectNoAxeViolations(page);

    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await visibleRowsLoaded(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
