import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articles, topArticle } from './corpus';
import { expectNoPageErrors, OFFLINE_EMULATION_FLAGS, openPage, useBrowser } from './browser';

const browser = useBrowser(OFFLINE_EMULATION_FLAGS);

/** Waits until the service worker controls the page, as it does once installed. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

describe('offline reading', () => {
  it('keeps the feed and an article read this morning readable on a train, and says so of one never opened', async () => {
    const read = topArticle();
    const unread = articles().find((a) => a.slug !== read.slug && a.provider.domain !== read.provider.domain)!;
    const { context, page } = await openPage(browser(), '/', { serviceWorkers: 'allow' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await controlled(page);
    // A visit with the worker in charge: the feed's files and the article's are kept as they are read.
    await page.reload();
    await page.locator('article[data-heat]').first().waitFor();
    await page.goto(new URL(`/articles/${read.slug}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: read.title }).waitFor();
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    await page.goto(new URL('/', page.url()).href);
    await page.locator('article[data-heat]').first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Offline' }).textContent()).toContain('showing what you have read');

    await page.reload();
    await page.locator('article[data-heat]').first().waitFor();

    await page.goto(new URL(`/articles/${read.slug}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: read.title }).waitFor();

    await page.goto(new URL(`/articles/${unread.slug}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);

    // Back online, Retry brings the article.
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: unread.title }).waitFor();
    await expectNoPageErrors(page);
    await context.close();
  });

  it('offers the site to install: a web app manifest with its name and icon', async () => {
    const { context, page } = await openPage(browser(), '/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Heatline', lang: 'en', display: 'standalone', start_url: '/' });
    expect((manifest.icons as unknown[]).length).toBeGreaterThan(0);
    await context.close();
  });
});
