import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForSettledList } from './browser';
import { expectedList, manifest } from './corpus';

const browser = useBrowser();

const cardTitled = (page: Page, title: string) =>
  page.locator('main article.card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Writes a value into the reader's IndexedDB store the way idb-keyval keeps it (database `heatline`, store `reader`). */
async function seedStore(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('heatline');
        open.onupgradeneeded = () => open.result.createObjectStore('reader');
        open.onsuccess = () => {
          const tx = open.result.transaction('reader', 'readwrite');
          tx.objectStore('reader').put(v, k as string);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

describe('read, saved, muted and new, kept in this browser', () => {
  it('an opened article is dimmed and marked read when the reader goes back to the list', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForSettledList(page);
    const [first] = await readCards(page);
    const card = cardTitled(page, first!.title);
    expect(await card.getAttribute('data-read')).toBe('false');
    await card.getByRole('link', { name: first!.title }).click();
    await heading(page).filter({ hasText: first!.title }).waitFor();
    await page.goBack();
    await waitForSettledList(page);
    await expect.poll(() => cardTitled(page, first!.title).getAttribute('data-read')).toBe('true');
    // Marked unread again from the card's menu.
    await cardTitled(page, first!.title).getByRole('button', { name: `More for “${first!.title}”` }).click();
    await cardTitled(page, first!.title).getByRole('button', { name: 'Mark as unread' }).click();
    await expect.poll(() => cardTitled(page, first!.title).getAttribute('data-read')).toBe('false');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('a saved card survives a reload, is listed on /saved, and another tab sees it at once', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForSettledList(page);
    const other = await context.newPage();
    await other.goto(page.url().replace(/\/?$/, '/saved').replace(/\/\/saved$/, '/saved'));
    await heading(other).filter({ hasText: 'Saved' }).waitFor();
    expect(await other.getByText('Nothing saved yet.').isVisible()).toBe(true);

    const [, second] = await readCards(page);
    const save = cardTitled(page, second!.title).getByRole('button', { name: `Save “${second!.title}”` });
    await save.click();
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    // The other tab's /saved fills in without a reload.
    await other.getByRole('heading', { name: second!.title }).waitFor();

    await page.reload();
    await waitForSettledList(page);
    await expect
      .poll(() => cardTitled(page, second!.title).getByRole('button', { name: /^Save/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
    await heading(page).filter({ hasText: 'Saved' }).waitFor();
    expect(await page.locator('main article.card h2').allTextContents()).toEqual([second!.title]);
    await expectNoAxeViolations(page);
    // Unsaved from /saved: the list empties.
    await page.getByRole('button', { name: `Save “${second!.title}”` }).click();
    await page.getByText('Nothing saved yet.').waitFor();
    await context.close();
  });

  it('muting a source takes its cards out of the feed with a line that brings them back, and following lists it on /following', async () => {
    const { context, page } = await openPage(browser(), '/?sort=newest');
    await waitForSettledList(page);
    const { domain, name } = expectedList('newest')[0]!.provider;
    const cardsFrom = () => page.locator(`main article.card a[href$="/sources/${domain}"]`).count();
    const fromSource = expectedList('newest').slice(0, 50).filter((c) => c.provider.domain === domain);
    expect(fromSource.length).toBeGreaterThan(0);

    await page.goto(page.url().replace(/\/\?sort=newest$/, `/sources/${domain}`));
    await heading(page).filter({ hasText: name }).waitFor();
    const mute = page.getByRole('button', { name: 'Mute', exact: true });
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Follow', exact: true }).click();

    await page.goto(page.url().replace(/\/sources\/.*$/, '/?sort=newest'));
    await waitForSettledList(page);
    const line = page.getByRole('status').filter({ hasText: 'hidden from muted topics and sources' });
    await line.waitFor();
    // Exact over the first screen (50 stories); rows loaded below it add to the count as they come.
    const counted = Number(/^(\d+) stor(y|ies) hidden/.exec((await line.textContent()) ?? '')?.[1]);
    expect(counted).toBeGreaterThanOrEqual(fromSource.length);
    expect(await cardsFrom()).toBe(0);
    await line.getByRole('button', { name: 'Show' }).click();
    await expect.poll(cardsFrom).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Following' }).click();
    await heading(page).filter({ hasText: 'Following' }).waitFor();
    expect(await page.getByRole('list', { name: 'You follow' }).getByRole('link').allTextContents()).toEqual([name]);
    // Followed but muted: /following hides it too, and says so.
    await page.getByRole('status').filter({ hasText: 'hidden' }).waitFor();
    await expectNoAxeViolations(page);
    await expectNoPageErrors(page);
    await context.close();
  });

  it("a card's menu opens above its button, or below it near the top of a phone's window, never under the sticky header", async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: { width: 375, height: 700 } });
    await waitForSettledList(page);
    const [, second] = await readCards(page);
    const card = cardTitled(page, second!.title);
    const more = card.getByRole('button', { name: `More for “${second!.title}”` });
    const header = (await page.locator('header.site-header').boundingBox())!;
    // Puts the button `y` pixels from the top of the window.
    const placeButton = async (y: number) => {
      const button = (await more.boundingBox())!;
      await page.evaluate((by) => window.scrollBy(0, by), button.y - y);
      await expect.poll(async () => Math.round((await more.boundingBox())!.y)).toBe(Math.round(y));
    };
    const openMenu = async () => {
      await more.click();
      const panel = card.locator('.card-menu__panel');
      await panel.waitFor();
      return { panel: (await panel.boundingBox())!, button: (await more.boundingBox())! };
    };

    // Room above: it opens above, off the cards below.
    await placeButton(500);
    const high = await openMenu();
    expect(high.panel.y + high.panel.height).toBeLessThanOrEqual(high.button.y);
    await page.keyboard.press('Escape');

    // Just below the header: it opens below, and every choice can be pressed.
    await placeButton(header.height + 20);
    const low = await openMenu();
    expect(low.panel.y).toBeGreaterThanOrEqual(low.button.y + low.button.height);
    expect(low.panel.y).toBeGreaterThanOrEqual(header.height);
    await card.getByRole('button', { name: 'Mark as read' }).click({ trial: true, timeout: 2000 });
    await card.getByRole('button', { name: /^Mute source / }).click({ trial: true, timeout: 2000 });
    await expectNoPageErrors(page);
    await context.close();
  });

  it('Hide read goes into the address and leaves read cards out; Mark all as read marks the whole list, and Undo takes it back', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForSettledList(page);
    const [first, second] = await readCards(page);
    await cardTitled(page, first!.title).getByRole('button', { name: `More for “${first!.title}”` }).click();
    await cardTitled(page, first!.title).getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('button', { name: 'Hide read' }).click();
    await page.waitForURL(/[?&]read=hide/);
    await expect.poll(async () => (await readCards(page)).map((c) => c.title)).not.toContain(first!.title);
    expect((await readCards(page))[0]!.title).toBe(second!.title);
    await page.getByRole('status').filter({ hasText: '1 story read hidden' }).waitFor();
    // The sort links keep it.
    expect(await page.getByRole('navigation', { name: 'Sort stories' }).getByRole('link', { name: 'Newest' }).getAttribute('href')).toMatch(/read=hide/);

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('All of the feed marked as read.').waitFor();
    await expect.poll(() => page.locator('main article.card').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readCards(page))[0]?.title).toBe(second!.title);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('read=hide'));
    await expect.poll(async () => (await readCards(page))[0]?.title).toBe(first!.title);
    await context.close();
  });

  it('a new visit after a newer index says what is new, in the feed and in the tab title', async () => {
    const { context, page } = await openPage(browser(), '/?sort=newest');
    await waitForSettledList(page);
    const newest = expectedList('newest');
    // As if the last visit had seen the index up to its fourth-newest story.
    await seedStore(page, 'visit', { seenNewest: newest[3]!.published, at: Date.now() });
    const next = await context.newPage();
    await next.goto(page.url());
    await waitForSettledList(next);
    const expected = newest.filter((c) => c.published > newest[3]!.published).length;
    await next.getByRole('status').filter({ hasText: 'since your last visit' }).waitFor();
    expect(await next.getByRole('status').filter({ hasText: 'since your last visit' }).textContent()).toBe(
      `${expected} new ${expected === 1 ? 'story' : 'stories'} since your last visit`,
    );
    await expect.poll(() => next.title()).toBe(`(${expected} new) Heatline`);
    // In Newest, a line marks where the last visit left off: above the first story it had seen.
    const row = next.locator('main li.card-list__row').filter({ has: next.getByText('Before your last visit') });
    expect(await row.getByRole('heading', { level: 3 }).textContent()).toBe(newest[3]!.title);
    // The visit is recorded: the visit after this one has nothing new.
    const third = await context.newPage();
    await third.goto(page.url());
    await waitForSettledList(third);
    await expect.poll(() => third.title()).toBe('Heatline');
    expect(await third.getByText('since your last visit').count()).toBe(0);
    expect(manifest().newest?.published).toBe(newest[0]!.published);
    await context.close();
  });
});
