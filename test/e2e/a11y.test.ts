import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleWithInternalRelated, multiOutletStory, topArticle, videoArticle, topics } from './corpus';
import { commonWord } from './search-corpus';
import { expectNoAxeViolations, expectNoPageErrors, openPage, useBrowser, waitForSettledList } from './browser';

const browser = useBrowser();

const routes = () => ({
  feed: '/',
  'feed (quality)': '/?sort=quality',
  article: `/articles/${topArticle().slug}`,
  'article with related': `/articles/${articleWithInternalRelated().slug}`,
  'video article': `/articles/${videoArticle().slug}`,
  story: `/stories/${multiOutletStory().id}`,
  'story member': `/articles/${multiOutletStory().articles[0]!.slug}`,
  topics: '/topics',
  'topics, filtered to nothing': '/topics?filter=zqxjvw',
  topic: `/topics/${topics()[0]!.slug}`,
  source: `/sources/${topArticle().provider.domain}`,
  search: `/search?q=${commonWord()}`,
  'search, no terms': '/search',
  'search, no results': '/search?q=zqxjvw',
  'not found': '/nope',
  saved: '/saved',
  following: '/following',
  settings: '/settings',
});

async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
}

// Each test has its own browser context, so they can run side by side.
describe.concurrent.each(['light', 'dark'] as const)('axe, %s mode', (colorScheme) => {
  it.each(Object.keys(routes()))('%s has no violations and no page errors', async (name) => {
    const route = routes()[name as keyof ReturnType<typeof routes>];
    const { context, page } = await openPage(browser(), route, { colorScheme });
    await settle(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoPageErrors(page);
    await context.close();
  });
});

it('the first paint, before the index arrives, has no violations', async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { context, page } = await openPage(browser(), '/', {
    prepare: (p) => p.route('**/data/manifest.json', async (route) => held.then(() => route.continue())),
  });
  await page.locator('main [aria-busy="true"] .card--skeleton').first().waitFor();
  await expectNoAxeViolations(page);
  release();
  await page.locator('main article[data-heat]').first().waitFor();
  await context.close();
});

it('the sort explanation, once open, has no violations', async () => {
  const { context, page } = await openPage(browser(), '/');
  await page.getByRole('button', { name: 'How is this ranked?' }).click();
  await expectNoAxeViolations(page);
  await context.close();
});

it.each(['light', 'dark'] as const)('a card\'s open menu, a saved and read card, and the hidden line have no violations (%s)', async (colorScheme) => {
  const { context, page } = await openPage(browser(), '/', { colorScheme });
  await waitForSettledList(page);
  const card = page.locator('main article.card').first();
  await card.getByRole('button', { name: /^Save/ }).click();
  await card.getByRole('button', { name: /^More for/ }).click();
  await card.getByRole('button', { name: 'Mark as read' }).click();
  await card.getByRole('button', { name: /^More for/ }).click();
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: /^Mute source/ }).click();
  await page.getByRole('status').filter({ hasText: 'hidden from muted' }).waitFor();
  await expectNoAxeViolations(page);
  await expectNoPageErrors(page);
  await context.close();
});

it('the video embed, once loaded, has no violations', async () => {
  const { context, page } = await openPage(browser(), `/articles/${videoArticle().slug}`);
  await page.getByRole('button', { name: /Play video/ }).click();
  await page.locator('iframe').waitFor({ state: 'attached' });
  await expectNoAxeViolations(page);
  await expectNoPageErrors(page);
  await context.close();
});
