import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, useBrowser, waitForCards } from './browser';

const browser = useBrowser();

/** Cards whose whole box is inside the viewport, once every row on screen shows a card. */
async function cardsFullyInView(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('main li[aria-posinset]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
    return rows.length > 0 && rows.every((row) => row.querySelector('article.card'));
  });
  return page.locator('main article.card').evaluateAll((cards) =>
    cards.filter((card) => {
      const rect = card.getBoundingClientRect();
      return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight;
    }).length,
  );
}

const density = (page: Page) => page.evaluate(() => document.documentElement.dataset.density ?? null);
const compactToggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Compact' });

describe('compact density', () => {
  it('fits at least 12 stories on a 1280×900 screen, and is still compact after a reload', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    expect(await cardsFullyInView(page)).toBeLessThan(12);
    expect(await compactToggle(page).getAttribute('aria-pressed')).toBe('false');

    await compactToggle(page).click();
    expect(await compactToggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await density(page)).toBe('compact');
    // The virtual list re-measures its rows once they have shrunk, then fills the room they left.
    await expect.poll(() => cardsFullyInView(page)).toBeGreaterThanOrEqual(12);
    // One line: no picture, summary or topics.
    const first = page.locator('main article.card').first();
    expect(await first.locator('.thumb, .card__excerpt, .chips').evaluateAll((nodes) => nodes.filter((n) => n.getClientRects().length > 0).length)).toBe(0);

    await page.reload();
    // Compact from the first rows on: the attribute is set before React renders them.
    await waitForCards(page);
    expect(await first.evaluate((card) => card.getBoundingClientRect().height)).toBeLessThan(60);
    expect(await density(page)).toBe('compact');
    expect(await compactToggle(page).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => cardsFullyInView(page)).toBeGreaterThanOrEqual(12);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('is shared with the other tabs', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const other = await context.newPage();
    await other.goto(page.url());
    await waitForCards(other);
    await compactToggle(page).click();
    await expect.poll(() => density(other)).toBe('compact');
    expect(await compactToggle(other).getAttribute('aria-pressed')).toBe('true');
    await compactToggle(other).click();
    await expect.poll(() => density(page)).toBe('comfortable');
    await context.close();
  });

  it('keeps the header to one row of small buttons on a 375 px phone, at either density', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: { width: 375, height: 740 } });
    await waitForCards(page);
    for (const name of ['Dark mode', 'Compact']) {
      const box = await page.getByRole('banner').getByRole('button', { name }).boundingBox();
      expect(box!.width).toBeLessThanOrEqual(44);
    }
    const settings = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).boundingBox();
    expect(settings!.width).toBeLessThanOrEqual(44);
    await compactToggle(page).click();
    await waitForCards(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('/settings in %s mode', (colorScheme) => {
  it('has no axe violations, with and without choices to list', async () => {
    const { context, page } = await openPage(browser(), '/settings', { colorScheme });
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    await expectNoAxeViolations(page);

    // A muted topic and a followed source, made where readers make them.
    await openFromCardMenu(page, /^Mute topic /);
    await openFromCardMenu(page, /^Follow source /);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Settings');
    const muted = page.getByRole('region', { name: 'Muted' });
    await muted.getByRole('button', { name: /^Unmute / }).click();
    await muted.getByRole('button', { name: 'Undo' }).waitFor();
    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByRole('button', { name: 'Yes, clear my data' }).waitFor();
    await expectNoAxeViolations(page);
    await expectNoPageErrors(page);
    await context.close();
  });
});

/** Goes to the feed (within the app: a reload could beat the store's write), and presses the first matching button in the first card's menu. */
async function openFromCardMenu(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feed' }).click();
  await waitForCards(page);
  const card = page.locator('main article.card').first();
  await card.getByRole('button', { name: /^More for / }).click();
  await card.getByRole('button', { name }).first().click();
}
