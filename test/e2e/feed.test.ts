import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNewestFirst, expectNoPageErrors, expectSortedBy, heading, openPage, readCards, useBrowser, waitForCards } from './browser';

const browser = useBrowser();

const sortNav = (page: Page) => page.getByRole('navigation', { name: 'Sort stories' });
const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/** Every row in the viewport shows a card (no skeletons waiting for shards). */
async function waitForVisibleRows(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('main li[aria-posinset]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
    return rows.length > 0 && rows.every((row) => row.querySelector('article[data-heat]'));
  });
}

describe('feed', () => {
  it('loads and is sorted by heat, newest first on ties', async () => {
    const { context, page } = await openPage(browser(), '/');
    await expect.poll(() => heading(page).textContent()).toBe('Hottest stories');
    await waitForCards(page);
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(3);
    expectSortedBy(cards, 'heat');
    await expect.poll(() => page.title()).toBe('Heatline');
    expect(await sortNav(page).getByRole('link', { name: 'Heat' }).getAttribute('aria-current')).toBe('page');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('Quality and Newest reorder it and update the URL; back restores the previous sort', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const firstHeat = (await readCards(page))[0]!.title;

    await sortNav(page).getByRole('link', { name: 'Quality' }).click();
    await page.waitForURL(/\?sort=quality$/);
    await expect.poll(() => heading(page).textContent()).toBe('Best stories');
    expect(await sortNav(page).getByRole('link', { name: 'Quality' }).getAttribute('aria-current')).toBe('page');
    expect(await sortNav(page).getByRole('link', { name: 'Heat' }).getAttribute('aria-current')).toBeNull();
    const byQuality = await readCards(page);
    expectSortedBy(byQuality, 'quality');
    expect(byQuality[0]!.title).not.toBe(firstHeat);

    await sortNav(page).getByRole('link', { name: 'Newest' }).click();
    await page.waitForURL(/\?sort=newest$/);
    await expect.poll(() => heading(page).textContent()).toBe('Newest stories');
    expectNewestFirst(await readCards(page));

    await page.goBack();
    await page.waitForURL(/\?sort=quality$/);
    await expect.poll(() => heading(page).textContent()).toBe('Best stories');
    expectSortedBy(await readCards(page), 'quality');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => heading(page).textContent()).toBe('Hottest stories');
    expectSortedBy(await readCards(page), 'heat');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('deep scroll loads cards past the first 50 and keeps the DOM small', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const deepShards: string[] = [];
    page.on('request', (request) => {
      if (/\/data\/(ranks|cards)\//.test(request.url())) deepShards.push(request.url());
    });
    const seen = new Map<number, Awaited<ReturnType<typeof readCards>>[number]>();
    let maxDom = 0;
    for (let step = 0; step < 200; step++) {
      await waitForVisibleRows(page);
      const rows = await page.locator('main li[aria-posinset]').evaluateAll((nodes) =>
        nodes.map((node) => ({
          pos: Number(node.getAttribute('aria-posinset')),
          title: node.querySelector('h2')?.textContent ?? '',
          heat: Number(node.querySelector('article')?.getAttribute('data-heat')),
          quality: Number(node.querySelector('article')?.getAttribute('data-quality')),
          published: node.querySelector('article')?.getAttribute('data-published') ?? '',
        })),
      );
      for (const row of rows) if (row.title) seen.set(row.pos, { ...row, topics: [] });
      maxDom = Math.max(maxDom, await domSize(page));
      const atBottom = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 4);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      if (atBottom && seen.size >= 443) break;
    }
    const positions = [...seen.keys()].sort((a, b) => a - b);
    expect(Math.max(...positions)).toBeGreaterThan(50);
    expect(positions.at(-1)).toBe(443);
    expect(deepShards.some((url) => url.includes('/ranks/'))).toBe(true);
    expect(deepShards.some((url) => url.includes('/cards/'))).toBe(true);
    // The whole feed, read in list order, is still in heat order across the head/deep seam.
    expectSortedBy(positions.map((pos) => seen.get(pos)!), 'heat');
    expect(maxDom).toBeLessThan(1400);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('back from an article returns to the same scroll position', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    // Scroll in steps, as a reader would, so the list measures its rows.
    for (let y = 1000; y <= 6000; y += 1000) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await waitForVisibleRows(page);
    }
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(4000);
    const visible = await readCards(page, { inViewport: true });
    const target = visible[1] ?? visible[0]!;
    const link = page.getByRole('link', { name: target.title, exact: true }).first();
    const topBefore = (await link.boundingBox())!.y;
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe(target.title);

    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Hottest stories');
    await waitForVisibleRows(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 5);
    const after = await page.evaluate(() => window.scrollY);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(4);
    const back = page.getByRole('link', { name: target.title, exact: true }).first();
    expect(await back.isVisible()).toBe(true);
    expect(Math.abs((await back.boundingBox())!.y - topBefore)).toBeLessThanOrEqual(4);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('a failing list shard shows the error view and recovers on Retry', async () => {
    let broken = true;
    const { context, page } = await openPage(browser(), '/', {
      prepare: (p) =>
        p.route('**/data/lists/**', (route) =>
          broken ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
        ),
    });
    await expect.poll(() => heading(page).textContent()).toBe('Could not load this page');
    expect(await page.getByRole('alert').textContent()).toContain('could not send');
    // The layout stays: the reader can still navigate away.
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Hottest stories');
    await waitForCards(page);
    expectSortedBy(await readCards(page), 'heat');
    await context.close();
  });

  it('a failing article bucket shows the error view and recovers on Retry', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    let broken = true;
    await page.route('**/data/articles/**', (route) =>
      broken ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
    );
    const [first] = await readCards(page);
    await page.getByRole('link', { name: first!.title, exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Could not load this page');
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(first!.title);
    await context.close();
  });

  it('renders titles and excerpts as text', async () => {
    const hostileTitle = '<img src=x onerror=alert(1)>';
    const hostileExcerpt = '<script>alert(2)</script>';
    const { context, page } = await openPage(browser(), '/', {
      // Rewrite the first card of every list shard: the corpus titles are tame.
      prepare: (p) =>
        p.route('**/data/lists/**', async (route) => {
          const response = await route.fetch();
          const json = (await response.json()) as { cards?: { title: string; excerpt?: string }[] };
          if (json.cards?.[0]) Object.assign(json.cards[0], { title: hostileTitle, excerpt: hostileExcerpt });
          await route.fulfill({ response, json });
        }),
    });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const title = page.getByRole('link', { name: hostileTitle, exact: true });
    await title.waitFor();
    expect(await title.textContent()).toBe(hostileTitle);
    expect(await page.getByText(hostileExcerpt, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await expectNoPageErrors(page);
    await context.close();
  });
});
