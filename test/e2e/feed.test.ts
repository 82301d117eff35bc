import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Sort } from '../../src/shared/index-schema';
import { baseUrl, type CardData, expectListStart, expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForCards, waitForSettledList } from './browser';
import { expectedList, manifest } from './corpus';

const browser = useBrowser();

const sortNav = (page: Page) => page.getByRole('navigation', { name: 'Sort stories' });
const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);
const label = (sort: Sort) => ({ hot: 'Hot', heat: 'Heat', quality: 'Quality', newest: 'Newest' })[sort];
const headings: Record<Sort, string> = {
  hot: 'Hot stories',
  heat: 'Hottest stories',
  quality: 'Best stories',
  newest: 'Newest stories',
};

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
  it('is Hot by default, at a clean URL, one entry per story in the index\'s order', async () => {
    const { context, page } = await openPage(browser(), '/');
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForCards(page);
    expect(new URL(page.url()).search).toBe('');
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(3);
    expectListStart(cards, expectedList('hot'));
    await expect.poll(() => page.title()).toBe('Heatline');
    const hot = sortNav(page).getByRole('link', { name: 'Hot', exact: true });
    expect(await hot.getAttribute('aria-current')).toBe('page');
    expect(await sortNav(page).getByRole('link').allTextContents()).toEqual(manifest().sorts.map(label));
    const { counts } = manifest();
    expect(await page.locator('.list-page__count').textContent()).toBe(
      `${counts.entries.toLocaleString('en')} stories · ${counts.articles.toLocaleString('en')} articles from ${counts.providers} sources`,
    );
    // No score on Hot: the decayed number means nothing to a reader.
    expect(await page.locator('main article .stats').count()).toBe(0);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('explains each sort it offers', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const toggle = page.getByRole('button', { name: 'How is this ranked?' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('dt').allTextContents()).toEqual(manifest().sorts.map(label));
    for (const text of await panel.locator('dd').allTextContents()) expect(text.length).toBeGreaterThan(15);
    expect(await panel.locator('dd').first().textContent()).toMatch(/decayed by age/);
    await context.close();
  });

  it('Heat, Quality and Newest reorder it and update the URL; back restores the previous sort', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    for (const sort of manifest().sorts.filter((s) => s !== 'hot')) {
      await sortNav(page).getByRole('link', { name: label(sort), exact: true }).click();
      await page.waitForURL(new RegExp(`\\?sort=${sort}$`));
      await expect.poll(() => heading(page).textContent()).toBe(headings[sort]);
      expect(await sortNav(page).getByRole('link', { name: label(sort), exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await sortNav(page).getByRole('link', { name: 'Hot', exact: true }).getAttribute('aria-current')).toBeNull();
      await waitForCards(page);
      const shown = await readCards(page);
      expectListStart(shown, expectedList(sort));
      // The number shown is the one the list is ranked by, and only that.
      const scores = await page.locator('main article .stats dt').allTextContents();
      expect(new Set(scores)).toEqual(new Set(sort === 'newest' ? [] : [label(sort)]));
    }
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).not.toBe('Newest stories');
    await waitForCards(page);
    const previous = manifest().sorts.at(-2)!;
    expect(new URL(page.url()).search).toBe(previous === 'hot' ? '' : `?sort=${previous}`);
    expectListStart(await readCards(page), expectedList(previous));
    await sortNav(page).getByRole('link', { name: 'Hot', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('shows no HTML entity as text on the first screen of any sort', async () => {
    const { context, page } = await openPage(browser(), '/');
    for (const sort of manifest().sorts) {
      await page.goto(`${baseUrl()}/${sort === 'hot' ? '' : `?sort=${sort}`}`);
      // The rows that stay: read while the virtualiser takes over, a screen's cards can be the ones being replaced.
      await waitForSettledList(page);
      const shown = await readCards(page, { inViewport: true });
      expect(shown.length).toBeGreaterThan(0);
      for (const card of shown) expect(card.text, `${sort}: ${card.title}`).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
    }
    await context.close();
  });

  it('an unknown sort falls back to Hot', async () => {
    const { context, page } = await openPage(browser(), '/?sort=bogus');
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForCards(page);
    expectListStart(await readCards(page), expectedList('hot'));
    await context.close();
  });

  it('deep scroll loads cards past the first 50 and keeps the DOM small', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const entries = manifest().feed.entries;
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
      for (const row of rows) if (row.title) seen.set(row.pos, { ...row, story: null, topics: [], text: '' });
      maxDom = Math.max(maxDom, await domSize(page));
      const atBottom = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 4);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      if (atBottom && seen.size >= entries) break;
    }
    const positions = [...seen.keys()].sort((a, b) => a - b);
    expect(Math.max(...positions)).toBeGreaterThan(50);
    expect(positions.at(-1)).toBe(entries);
    expect(deepShards.some((url) => url.includes('/ranks/'))).toBe(true);
    expect(deepShards.some((url) => url.includes('/cards/'))).toBe(true);
    // Every row seen, head or deep, is the entry the Hot order puts there.
    const expected = expectedList('hot');
    expect(expected).toHaveLength(entries);
    for (const pos of positions) expect(seen.get(pos)!.title, `row ${pos}`).toBe(expected[pos - 1]!.title);
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
    // A title the reader can see: not under the sticky header, where a click
    // would first scroll the page.
    const headerBottom = await page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().bottom);
    let target: CardData | undefined;
    let link: Locator | undefined;
    // Rows may still be settling after the last scroll: look until one is in view.
    await expect.poll(async () => {
      for (const card of await readCards(page, { inViewport: true })) {
        for (const candidate of await page.getByRole('link', { name: card.title, exact: true }).all()) {
          const box = await candidate.boundingBox();
          if (box && box.y > headerBottom && box.y + box.height < 900) {
            [target, link] = [card, candidate];
            return true;
          }
        }
      }
      return false;
    }).toBe(true);
    const topBefore = (await link!.boundingBox())!.y;
    await link!.click();
    await expect.poll(() => heading(page).textContent()).toBe(target!.title);

    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForVisibleRows(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 5);
    const after = await page.evaluate(() => window.scrollY);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(4);
    // The same title, back where it was (another card may share the title, elsewhere).
    const tops = await Promise.all((await page.getByRole('link', { name: target!.title, exact: true }).all()).map((l) => l.boundingBox()));
    expect(tops.some((box) => box !== null && Math.abs(box.y - topBefore) <= 4)).toBe(true);
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
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await waitForCards(page);
    expectListStart(await readCards(page), expectedList('hot'));
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
