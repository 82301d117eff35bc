/**
 * Search over the index the indexer wrote for the sample corpus, in
 * Chromium against the production build (CSP included). The terms and the
 * articles they must find come from the built index (search-corpus.ts),
 * never from a list in the test.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { topArticle, topics } from './corpus';
import { articlesFound, commonWord, distinctiveTitleWord, stemmedTitleWord, storyHeavyWord, withAccent } from './search-corpus';
import { expectNoAxeViolations, expectNoPageErrors, heading, openPage, readCards, subUrl, useBrowser } from './browser';

const browser = useBrowser();
/** A first search downloads several files one after the other: more than expect.poll's default second on a busy machine. */
const loaded = { timeout: 10_000 };

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search', exact: true });
const countLine = (page: Page) => page.locator('main .list-page__count');
const matchCount = async (page: Page) => Number(/^([\d,]+) articles? match/.exec((await countLine(page).textContent()) ?? '')?.[1]?.replace(/,/g, ''));
/** The popup shows the matches of what the box holds: the pause in typing is over and its search is back. */
const popupSettled = async (page: Page) =>
  expect.poll(() => page.locator('.live-search__panel').getAttribute('aria-busy'), loaded).toBe('false');
const firstResult = (page: Page) => page.locator('main ol[aria-label="Search results"] article h2').first();

/** Every request the page makes for the search index or the search code. */
function searchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\/data\/search\/|\/assets\/(live-search|search|highlight)-/.test(pathname)) seen.push(pathname);
  });
  return seen;
}

describe('search', () => {
  it('loads nothing of search on pages where it was never used', async () => {
    let seen: string[] = [];
    const { context, page } = await openPage(browser(), '/', { prepare: async (p) => void (seen = searchRequests(p)) });
    const origin = new URL(page.url()).origin;
    for (const route of ['/', `/topics/${topics()[0]!.slug}`, `/articles/${topArticle().slug}`, '/topics']) {
      await page.goto(`${origin}${route}`);
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(seen).toEqual([]);
    // The first focus is what starts it: the search code, and no file of the index before a key is pressed
    // (the manifest says what the index's meta.json would).
    await box(page).focus();
    await expect.poll(() => seen.some((path) => path.includes('/assets/')), loaded).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(seen.filter((path) => path.includes('/data/search/'))).toEqual([]);
    await context.close();
  });

  it('shows six stories in the header box when one story carries many of the matches', async () => {
    const word = storyHeavyWord();
    const { context, page } = await openPage(browser(), '/');
    await page.locator('main article[data-heat]').first().waitFor();
    await box(page).fill(word);
    await popupSettled(page);
    const titles = page.getByRole('listbox', { name: 'Top matches' }).getByRole('option').locator('.live-search__title');
    await expect.poll(() => titles.count(), loaded).toBe(6);
    expect(new Set(await titles.allTextContents()).size).toBe(6);
    await context.close();
  });

  it('says the words are too common to search for, not misspelt, when they are all stop words', async () => {
    const { context, page } = await openPage(browser(), '/search?q=the+and');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'No articles match “the and”' }).isVisible(), loaded).toBe(true);
    expect(await page.getByText(/too common or too short to search for/).isVisible()).toBe(true);
    expect(await page.getByText(/Check the spelling/).count()).toBe(0);
    await context.close();
  });

  it('"/" focuses the header box; a word of the first feed card\'s title shows that article first, and Enter opens it', async () => {
    const { card, word } = distinctiveTitleWord();
    const { context, page } = await openPage(browser(), '/');
    await page.locator('main article[data-heat]').first().waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => box(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(word, { delay: 40 });
    await popupSettled(page);
    const options = page.getByRole('listbox', { name: 'Top matches' }).getByRole('option');
    await expect.poll(() => options.first().locator('.live-search__title').textContent(), loaded).toBe(card.title);
    expect(await options.first().locator('mark').first().textContent()).toMatch(new RegExp(`^${word}$`, 'i'));
    expect(await page.getByRole('link', { name: /^See all \d+ results?$/ }).getAttribute('href')).toBe(`/search?q=${word}`);
    await page.keyboard.press('ArrowDown');
    const firstId = await options.first().getAttribute('id');
    await expect.poll(() => box(page).getAttribute('aria-activedescendant')).toBe(firstId);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(card.title);
    expect(new URL(page.url()).pathname).toBe(`/articles/${card.slug}`);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('Enter with no match chosen opens the results page; Escape closes the popup, then clears the box', async () => {
    const { word } = distinctiveTitleWord();
    const { context, page } = await openPage(browser(), '/topics');
    await heading(page).waitFor();
    await box(page).click();
    await page.keyboard.type(word);
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    expect(await box(page).inputValue()).toBe(word);
    await page.keyboard.press('Escape');
    expect(await box(page).inputValue()).toBe('');
    await box(page).fill(word);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/search?q=${word}`);
    await expect.poll(() => heading(page).textContent()).toBe('Search');
    await expect.poll(() => countLine(page).textContent(), loaded).toBe(`1 article matches “${word}”`);
    await context.close();
  });

  it('finds words without their accents, and by another form of the word', async () => {
    const { card, word } = distinctiveTitleWord();
    const accented = withAccent(word);
    expect(accented).not.toBe(word);
    const { context, page } = await openPage(browser(), `/search?q=${encodeURIComponent(accented)}`);
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(card.title);
    expect(await firstResult(page).locator('mark').first().textContent()).toMatch(new RegExp(`^${word}$`, 'i'));

    const stemmed = stemmedTitleWord();
    await page.goto(`${new URL(page.url()).origin}/search?q=${stemmed.query}`);
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(stemmed.card.title);
    expect(await firstResult(page).locator('mark').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`^${stemmed.word}$`, 'i')));
    await expectNoPageErrors(page);
    await context.close();
  });

  it('topic and source filters narrow the results and go in the address; Back restores each step and the previous query', async () => {
    const word = commonWord();
    const { context, page } = await openPage(browser(), `/search?q=${word}`);
    await expect.poll(() => matchCount(page), loaded).toBe(articlesFound(word).length);
    const all = await matchCount(page);
    expect(await page.locator('main ol[aria-label="Search results"] > li').count()).toBeLessThanOrEqual(20);

    // The counts come a moment after the results; the cards' own topic lists are named "Topics".
    const topicChip = page.getByRole('list', { name: 'Topic', exact: true }).getByRole('link').first();
    const [topicName, topicCount] = /^(.*) ([\d,]+)$/.exec((await topicChip.textContent())!)!.slice(1);
    await topicChip.click();
    await page.waitForURL(/[?&]topic=[^&]+/);
    await expect.poll(() => matchCount(page), loaded).toBe(Number(topicCount!.replace(/,/g, '')));
    expect(Number(topicCount!.replace(/,/g, ''))).toBeLessThan(all);
    expect(await page.getByRole('link', { name: `${topicName}: remove this filter` }).isVisible()).toBe(true);
    const byTopic = await matchCount(page);

    // Until this search's counts are in, the chips are the last search's, dimmed and busy.
    await expect.poll(() => page.locator('.search-filters').getAttribute('aria-busy'), loaded).toBe('false');
    const sourceChip = page.getByRole('list', { name: 'Source', exact: true }).getByRole('link').first();
    const sourceCount = Number(/([\d,]+)$/.exec((await sourceChip.textContent())!)![1]!.replace(/,/g, ''));
    await sourceChip.click();
    await page.waitForURL(/[?&]source=[^&]+/);
    await expect.poll(() => matchCount(page), loaded).toBe(sourceCount);
    expect(sourceCount).toBeLessThan(byTopic);
    const domain = new URL(page.url()).searchParams.get('source')!;
    for (const href of await page.locator('main article a.provider').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toBe(`/sources/${domain}`);
    }

    await page.goBack();
    await expect.poll(() => matchCount(page), loaded).toBe(byTopic);
    expect(new URL(page.url()).searchParams.get('source')).toBeNull();
    await page.goBack();
    await expect.poll(() => matchCount(page), loaded).toBe(all);

    // A new query from the page's box, and Back to this one.
    const { word: other } = distinctiveTitleWord();
    await page.getByRole('searchbox', { name: 'Search terms' }).fill(other);
    await page.keyboard.press('Enter');
    await expect.poll(() => countLine(page).textContent(), loaded).toBe(`1 article matches “${other}”`);
    await page.goBack();
    await expect.poll(() => matchCount(page), loaded).toBe(all);
    expect(await page.getByRole('searchbox', { name: 'Search terms' }).inputValue()).toBe(word);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('sorts by newest through the address', async () => {
    const word = commonWord();
    const { context, page } = await openPage(browser(), `/search?q=${word}`);
    await firstResult(page).waitFor();
    await page.getByRole('navigation', { name: 'Sort results' }).getByRole('link', { name: 'Newest' }).click();
    await page.waitForURL(/sort=newest/);
    await expect.poll(async () => {
      const dates = (await readCards(page)).map((card) => Date.parse(card.published));
      return dates.length > 3 && dates.every((date, i) => i === 0 || date <= dates[i - 1]!);
    }, loaded).toBe(true);
    await context.close();
  });

  it('says when nothing matches', async () => {
    const { context, page } = await openPage(browser(), '/search?q=zqxjvw');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent(), loaded).toBe('No articles match “zqxjvw”');
    expect(await page.getByText(/Check the spelling/).isVisible()).toBe(true);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('when the search files fail to load, says so, and Retry recovers', async () => {
    const { card, word } = distinctiveTitleWord();
    let broken = true;
    const { context, page } = await openPage(browser(), `/search?q=${word}`, {
      prepare: (p) => p.route('**/data/search/**', (route) => (broken ? route.fulfill({ status: 500, body: 'boom' }) : route.continue())),
    });
    await expect.poll(() => page.getByRole('alert').locator('h2').textContent(), loaded).toBe('Search could not load');
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(card.title);
    await context.close();
  });

  it('runs in the page under its content policy, starting no worker', async () => {
    const { card, word } = distinctiveTitleWord();
    const workers: string[] = [];
    const { context, page } = await openPage(browser(), `/search?q=${word}`, { prepare: async (p) => void p.on('worker', (w) => workers.push(w.url())) });
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(card.title);
    expect(workers).toEqual([]);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('works from a sub-path', async () => {
    const { card, word } = distinctiveTitleWord();
    const { context, page } = await openPage(browser(), `/search?q=${word}`, { origin: subUrl() });
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(card.title);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('shows placeholder cards while the search files load, with no accessibility violations', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { card, word } = distinctiveTitleWord();
    const { context, page } = await openPage(browser(), `/search?q=${word}`, {
      prepare: (p) => p.route('**/data/search/**', async (route) => held.then(() => route.continue())),
    });
    await page.locator('main [aria-busy="true"] .card--skeleton').first().waitFor();
    await expectNoAxeViolations(page);
    release();
    await expect.poll(() => firstResult(page).textContent(), loaded).toBe(card.title);
    await context.close();
  });

  it('the open popup has no accessibility violations', async () => {
    const { context, page } = await openPage(browser(), '/');
    await page.locator('main article[data-heat]').first().waitFor();
    await box(page).click();
    await page.keyboard.type(commonWord());
    await popupSettled(page);
    await page.keyboard.press('ArrowDown');
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
