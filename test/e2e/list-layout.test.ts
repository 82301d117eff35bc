import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manifest } from './corpus';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, useBrowser, waitForSettledList } from './browser';

const browser = useBrowser();

const scrollHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Scrolls a screen at a time until the list's end marker is on screen, as a reader would. */
async function scrollToEnd(page: Page): Promise<void> {
  const end = page.locator('.list-end');
  for (let step = 0; step < 400; step += 1) {
    if (await end.isVisible() && await end.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)) return;
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(30);
  }
  throw new Error('the end of the list never came on screen');
}

describe('the end of a long list', () => {
  it('the feed is as tall at the top as at its end (within 5%), and ends by saying so', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForSettledList(page);
    const entries = manifest().feed.entries;
    expect(entries).toBeGreaterThan(300);
    const atTop = await scrollHeight(page);
    await scrollToEnd(page);
    await page.waitForTimeout(200);
    const atEnd = await scrollHeight(page);
    expect(Math.abs(atEnd - atTop) / atEnd).toBeLessThan(0.05);
    await expect.poll(() => page.locator('.list-end').textContent()).toContain(`You’re all caught up — ${entries.toLocaleString('en')} stories`);
    await expectNoPageErrors(page);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('Back to top returns to the heading, and the end has no axe violations (%s)', async (colorScheme) => {
    const { context, page } = await openPage(browser(), '/', { colorScheme });
    await waitForSettledList(page);
    await scrollToEnd(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to top' }).click();
    await expect.poll(() => heading(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
    await context.close();
  });
});

describe('header and content', () => {
  const edges = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { left: Math.round(rect.left + parseFloat(style.paddingLeft)), right: Math.round(rect.right - parseFloat(style.paddingRight)) };
    });

  it.each([1440, 1024, 768, 375])('share one width on a list at %i px', async (width) => {
    const { context, page } = await openPage(browser(), '/', { viewport: { width, height: 900 } });
    await waitForSettledList(page);
    const header = await edges(page, '.site-header__inner');
    const list = await edges(page, '.list-page');
    expect(Math.abs(header.left - list.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(header.right - list.right)).toBeLessThanOrEqual(1);
    const footer = await page.locator('.site-footer').evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { left: Math.round(rect.left), right: Math.round(rect.right) };
    });
    expect(Math.abs(footer.left - list.left)).toBeLessThanOrEqual(1);
    expect(Math.abs(footer.right - list.right)).toBeLessThanOrEqual(1);
    // At the list's width the header still keeps to one row on a desktop screen.
    if (width >= 1024) expect(await page.locator('.site-header__inner').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    await context.close();
  });

  it('header controls are 44 px touch targets that leave a 375 px screen to the stories', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: { width: 375, height: 667 }, hasTouch: true });
    await waitForSettledList(page);
    const controls = page.locator('.site-header a, .site-header button').filter({ visible: true });
    const sizes = await controls.evaluateAll((nodes) =>
      nodes.map((node) => {
        const rect = node.getBoundingClientRect();
        return { name: node.getAttribute('aria-label') ?? node.textContent?.trim() ?? '', width: rect.width, height: rect.height };
      }));
    expect(sizes.length).toBeGreaterThanOrEqual(7);
    for (const size of sizes.filter((s) => s.name !== 'Heatline')) {
      expect(size, size.name).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
      expect(Math.round(size.width), size.name).toBeGreaterThanOrEqual(44);
      expect(Math.round(size.height), size.name).toBeGreaterThanOrEqual(44);
    }
    const headerHeight = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(headerHeight).toBeLessThanOrEqual(667 * 0.2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });
});
