/**
 * The keyboard shortcuts in Chromium against the production build: walking
 * the feed with j/k (past the rows the virtualiser first renders), opening,
 * saving, marking and opening the original of the focused card, the help
 * dialog, the keys staying out of the search box, and j/k and Previous/Next
 * on an article opened from a list (the feed, a topic in Newest, a period).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articles, expectedList, manifest, topics } from './corpus';
import { inTimeWindow } from '../../src/shared/time-windows';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, useBrowser, waitForCards } from './browser';

const browser = useBrowser();

/** The title of the card whose title link has focus, or null. */
const focusedTitle = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.closest('article.card') && active.matches('.card__title a') ? active.textContent : null;
  });

/** The focused card is on screen, below the sticky header. */
const focusedCardInView = (page: Page) =>
  page.evaluate(() => {
    const card = document.activeElement?.closest('article.card');
    if (!card) return false;
    const rect = card.getBoundingClientRect();
    const top = document.querySelector('header')!.getBoundingClientRect().bottom;
    return rect.top >= top - 1 && rect.top < window.innerHeight;
  });

const helpDialog = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const neighbours = (page: Page) => page.getByRole('navigation', { name: /^Previous and next in / });
/** How many Previous or Next links name this title: the link's accessible name is its label and the title. */
const neighbourLinks = (page: Page, label: 'Previous' | 'Next', title: string) =>
  neighbours(page).getByRole('link', { name: `${label} ${title}`, exact: true }).count();

async function openFeed(page: Page) {
  await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
  await waitForCards(page);
}

describe('keyboard shortcuts', () => {
  it('j j o opens the second card; the focused card is ringed', async () => {
    const { context, page } = await openPage(browser(), '/');
    await openFeed(page);
    const hot = expectedList('hot');
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(hot[0]!.title);
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(hot[1]!.title);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('article.card')!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('k');
    await expect.poll(() => focusedTitle(page)).toBe(hot[0]!.title);
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(hot[1]!.title);
    await page.keyboard.press('o');
    await expect.poll(() => heading(page).textContent()).toBe(hot[1]!.title);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('j walks a list longer than the screen and past the rows first rendered, and k walks back', async () => {
    // Rows past the head wait for their card files: j must wait for them, not skip them.
    const { context, page } = await openPage(browser(), '/', {
      prepare: (p) =>
        p.route(/\/data\/(ranks|cards)\//, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 700));
          await route.continue();
        }),
    });
    await openFeed(page);
    // The virtualiser (loaded after the first paint) has taken over from the rows drawn in flow.
    await page.waitForLoadState('networkidle');
    const hot = expectedList('hot');
    // Past the first screen, the head shard (50) and the rows rendered at first.
    const steps = Math.min(hot.length, 70);
    expect(manifest().feed.entries).toBeGreaterThan(steps);
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedTitle(page), { timeout: 5000 }).toBe(hot[i]!.title);
      expect(await focusedCardInView(page), `card ${i + 1} on screen`).toBe(true);
    }
    const position = await page.evaluate(() => document.activeElement?.closest('[aria-posinset]')?.getAttribute('aria-posinset'));
    expect(position).toBe(String(steps));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(900 * 3);
    for (let i = steps - 2; i >= steps - 6; i--) {
      await page.keyboard.press('k');
      await expect.poll(() => focusedTitle(page)).toBe(hot[i]!.title);
      expect(await focusedCardInView(page)).toBe(true);
    }
    await expectNoPageErrors(page);
    await context.close();
  });

  it('s saves, m marks read and v opens the original of the focused card', async () => {
    const { context, page } = await openPage(browser(), '/');
    await openFeed(page);
    const first = expectedList('hot')[0]!;
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(first.title);
    const card = page.locator('main article.card').filter({ has: page.getByRole('link', { name: first.title, exact: true }) }).first();
    const save = card.getByRole('button', { name: `Save “${first.title}”` });
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('s');
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('s');
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('false');
    expect(await card.getAttribute('data-read')).toBe('false');
    await page.keyboard.press('m');
    await expect.poll(() => card.getAttribute('data-read')).toBe('true');
    await page.keyboard.press('m');
    await expect.poll(() => card.getAttribute('data-read')).toBe('false');
    const url = articles().find((article) => article.slug === first.slug)!.url;
    // Other hosts are unreachable here: the outlet's page is answered locally.
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Original</title>' }));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
    await expect.poll(() => popup.url()).toBe(new URL(url).href);
    // Focus stayed on the card through all of it.
    expect(await focusedTitle(page)).toBe(first.title);
    await context.close();
  });

  it('g h, g t and g s go to the feed, topics and saved', async () => {
    const { context, page } = await openPage(browser(), '/');
    await openFeed(page);
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await expect.poll(() => heading(page).textContent()).toBe('Topics');
    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await expect.poll(() => heading(page).textContent()).toBe('Saved');
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await context.close();
  });

  it('typing j in the search box types it and moves nothing', async () => {
    const { context, page } = await openPage(browser(), '/');
    await openFeed(page);
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search', exact: true });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('jjk');
    expect(await box.inputValue()).toBe('jjk');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusedTitle(page)).toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  describe.each(['light', 'dark'] as const)('help, %s mode', (colorScheme) => {
    it('? opens the help, which lists every shortcut and has no violations; Escape closes it and focus returns', async () => {
      const { context, page } = await openPage(browser(), '/', { colorScheme });
      await openFeed(page);
      const hot = expectedList('hot');
      await page.keyboard.press('j');
      await expect.poll(() => focusedTitle(page)).toBe(hot[0]!.title);
      await page.keyboard.press('?');
      const dialog = helpDialog(page);
      await dialog.waitFor();
      expect(await dialog.evaluate((el: HTMLDialogElement) => el.open && el.matches(':modal'))).toBe(true);
      const keys = (await dialog.locator('dt').allTextContents()).map((text) => text.trim());
      for (const expected of ['j', 'k', 'o or Enter', 'v', 's', 'm', 'g then h', 'g then t', 'g then s', '/', '?']) {
        expect(keys).toContain(expected);
      }
      await expectNoAxeViolations(page);
      // Keys are the dialog's while it is open: `g t` does not leave the feed behind it.
      await page.keyboard.press('g');
      await page.keyboard.press('t');
      await page.waitForTimeout(300);
      expect(await heading(page).textContent()).toBe('Hot stories');
      expect(await dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect.poll(() => focusedTitle(page)).toBe(hot[0]!.title);
      // The Close button closes it too.
      await page.keyboard.press('?');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      // Closed, then `?` before the close event comes (Escape and `?` at once on a busy phone): it opens again.
      await page.keyboard.press('?');
      await dialog.waitFor();
      await page.evaluate(() => {
        document.querySelector<HTMLDialogElement>('dialog.shortcut-help')!.close();
        (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, cancelable: true }));
      });
      await page.waitForTimeout(300);
      expect(await dialog.isVisible()).toBe(true);
      await expectNoPageErrors(page);
      await context.close();
    });
  });

  it('on an article opened from the feed, Previous and Next name its neighbours and j/k follow them', async () => {
    const { context, page } = await openPage(browser(), '/');
    await openFeed(page);
    const hot = expectedList('hot');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(hot[1]!.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(hot[1]!.title);
    const nav = neighbours(page);
    await nav.waitFor();
    expect(await nav.getAttribute('aria-label')).toBe('Previous and next in Feed');
    expect(await neighbourLinks(page, 'Next', hot[2]!.title)).toBe(1);
    expect(await neighbourLinks(page, 'Previous', hot[0]!.title)).toBe(1);
    expect(await nav.getByRole('link').count()).toBe(2);
    await expectNoAxeViolations(page);

    await page.keyboard.press('j');
    await expect.poll(() => heading(page).textContent()).toBe(hot[2]!.title);
    await expect.poll(() => neighbourLinks(page, 'Next', hot[3]!.title)).toBe(1);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expect.poll(() => heading(page).textContent()).toBe(hot[0]!.title);
    // The first of the list has no Previous.
    await expect.poll(() => neighbourLinks(page, 'Next', hot[1]!.title)).toBe(1);
    expect(await nav.getByRole('link').count()).toBe(1);
    // The link does what j does.
    await nav.getByRole('link', { name: /^Next/ }).click();
    await expect.poll(() => heading(page).textContent()).toBe(hot[1]!.title);
    // Back returns to the list.
    for (let i = 0; i < 5; i++) await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('the trail keeps the list and its sort: a topic in Newest (dark mode)', async () => {
    // The largest topic that cards carry (a generic one is on no card).
    const topic = topics().filter((t) => !t.generic).sort((a, b) => b.count - a.count)[0]!;
    const newest = expectedList('newest', (card) => card.topics.some((t) => t.slug === topic.slug));
    const { context, page } = await openPage(browser(), `/topics/${topic.slug}?sort=newest`, { colorScheme: 'dark' });
    await expect.poll(() => heading(page).textContent()).toBe(topic.name);
    await waitForCards(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(newest[2]!.title);
    await page.keyboard.press('o');
    await expect.poll(() => heading(page).textContent()).toBe(newest[2]!.title);
    await neighbours(page).waitFor();
    expect(await neighbours(page).getAttribute('aria-label')).toBe(`Previous and next in ${topic.name}`);
    expect(await neighbourLinks(page, 'Previous', newest[1]!.title)).toBe(1);
    expect(await neighbourLinks(page, 'Next', newest[3]!.title)).toBe(1);
    await expectNoAxeViolations(page);
    // A reload keeps the history entry, and with it the list.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(newest[2]!.title);
    await expect.poll(() => neighbourLinks(page, 'Next', newest[3]!.title)).toBe(1);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('the trail keeps a time filter: the feed of the last month', async () => {
    const newest = Date.parse(manifest().newest!.published);
    const month = expectedList('hot', (card) => inTimeWindow(Date.parse(card.published), newest, 'month'));
    expect(month.length).toBeGreaterThan(3);
    const { context, page } = await openPage(browser(), '/?time=month');
    await openFeed(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(month[1]!.title);
    await page.keyboard.press('o');
    await expect.poll(() => heading(page).textContent()).toBe(month[1]!.title);
    await neighbours(page).waitFor();
    expect(await neighbourLinks(page, 'Previous', month[0]!.title)).toBe(1);
    expect(await neighbourLinks(page, 'Next', month[2]!.title)).toBe(1);
    await context.close();
  });

  it('an article opened from outside a list has no Previous or Next, and j does nothing there', async () => {
    const slug = expectedList('hot')[1]!.slug;
    const { context, page } = await openPage(browser(), `/articles/${slug}`);
    const title = expectedList('hot')[1]!.title;
    await expect.poll(() => heading(page).textContent()).toBe(title);
    await page.waitForLoadState('networkidle');
    expect(await neighbours(page).count()).toBe(0);
    await page.keyboard.press('j');
    await page.waitForTimeout(200);
    expect(await heading(page).textContent()).toBe(title);
    await context.close();
  });
});
