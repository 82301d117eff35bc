/**
 * Screenshots of the main screens for people to look at (test/screenshots/,
 * gitignored): desktop and phone, light and dark. They assert little; the
 * other files test behaviour.
 */
import { describe, expect, it } from 'vitest';
import { articleWithInternalRelated, multiOutletStory, topArticle, topics } from './corpus';
import { commonWord } from './search-corpus';
import { expectNoPageErrors, openPage, screenshot, useBrowser } from './browser';

const browser = useBrowser();

const screens = () => ({
  feed: '/',
  article: `/articles/${articleWithInternalRelated().slug}`,
  story: `/stories/${multiOutletStory().id}`,
  'story article': `/articles/${multiOutletStory().articles[0]!.slug}`,
  topic: `/topics/${topics()[0]!.slug}`,
  topics: '/topics',
  source: `/sources/${topArticle().provider.domain}`,
  search: `/search?q=${commonWord()}`,
  saved: '/saved',
  following: '/following',
  settings: '/settings',
  'not found': '/no/such/page',
});

const devices = {
  desktop: { viewport: { width: 1280, height: 900 } },
  mobile: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

// Each shot has its own browser context, so they can run side by side.
describe.concurrent.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  describe.each(Object.keys(devices) as (keyof typeof devices)[])('%s', (device) => {
    it.each(Object.keys(screens()))('%s', async (name) => {
      const route = screens()[name as keyof ReturnType<typeof screens>];
      const { context, page } = await openPage(browser(), route, { ...devices[device], colorScheme });
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (name === 'search') await page.locator('main article[data-heat]').first().waitFor();
      await screenshot(page, `${name}-${device}-${colorScheme}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        devices[device].viewport.width,
      );
      await expectNoPageErrors(page);
      await context.close();
    });
  });
});

// The header's popup, open on a few matches with the first one chosen.
describe.concurrent.each(['light', 'dark'] as const)('search popup, %s', (colorScheme) => {
  it.each(Object.keys(devices) as (keyof typeof devices)[])('%s', async (device) => {
    const { context, page } = await openPage(browser(), '/', { ...devices[device], colorScheme });
    await page.locator('main article[data-heat]').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type(commonWord().slice(0, 5));
    await expect.poll(() => page.locator('.live-search__panel').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    await page.keyboard.press('ArrowDown');
    await screenshot(page, `search-popup-${device}-${colorScheme}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(devices[device].viewport.width);
    await expectNoPageErrors(page);
    await context.close();
  });
});
