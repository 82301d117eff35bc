/**
 * The time filter, day headings in Newest and date-only values, in real
 * Chromium over an archive whose newest story is from 2019 (archive-corpus.ts),
 * served beside the production build.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card, CardIndexShard, CardsShard, Manifest, Sort } from '../../src/shared/index-schema';
import { sortItems } from '../../src/shared/sort-order';
import { collapseStories } from '../../src/shared/story-lists';
import { inTimeWindow, type TimeWindow } from '../../src/shared/time-windows';
import { dateOnly, NEWEST, publishArchive, STORY_LEAD, withRelated } from './archive-corpus';
import {
  expectListStart, expectNoAxeViolations, expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForCards,
} from './browser';
import { serveStatic, type StaticHost } from './static-server';

const browser = useBrowser();
const appDir = path.resolve(import.meta.dirname, '../../.cache/e2e/dist');
let dir: string;
let host: StaticHost;
let cards: Card[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'heatline-archive-'));
  const data = path.join(dir, 'data');
  await publishArchive(path.join(dir, 'content'), data);
  host = await serveStatic({ appDir, dataDir: data });
  const read = async <T>(name: string) => JSON.parse(await readFile(path.join(data, name), 'utf8')) as T;
  const manifest = await read<Manifest>('manifest.json');
  const chunks = (await read<CardIndexShard>(manifest.cards)).chunks;
  cards = (await Promise.all(chunks.map((chunk) => read<CardsShard>(chunk)))).flatMap((shard) => shard.cards);
});
afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

const open = (route: string, options: Parameters<typeof openPage>[2] = {}) => openPage(browser(), route, { origin: host.url, ...options });
const timeNav = (page: Page) => page.getByRole('navigation', { name: 'Time period' });
const count = (page: Page) => page.locator('.list-page__count').textContent();
const inPeriod = (window: TimeWindow) => cards.filter((c) => inTimeWindow(Date.parse(c.published), Date.parse(NEWEST), window));
/** The feed as the reader must show it in a period: the shared rules over every card of the index. */
const expected = (sort: Sort, window: TimeWindow) => collapseStories(sortItems(inPeriod(window), sort), (c) => c.story);
const countLine = (window: TimeWindow, span: string) =>
  `${expected('hot', window).length} stories · ${inPeriod(window).length} articles in the last ${span} of this index`;
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the time filter', () => {
  it('changes the address and the list to the period before the newest story, by pointer and by keyboard', async () => {
    const { context, page } = await open('/');
    await waitForCards(page);
    expect(await timeNav(page).getByRole('link').allTextContents()).toEqual(['Today', 'This week', 'This month', 'All']);
    expect(await timeNav(page).getByRole('link', { name: 'All' }).getAttribute('aria-current')).toBe('page');

    await timeNav(page).getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?time=today');
    const today = expected('hot', 'today');
    await expect.poll(() => count(page)).toBe(countLine('today', '24 hours'));
    await expect.poll(async () => (await readCards(page))[0]?.title).toBe(today[0]!.title);
    expectListStart(await readCards(page), today);

    // Keyboard: from Today, Tab reaches This week, with a visible focus ring, and Enter opens it.
    await timeNav(page).getByRole('link', { name: 'Today' }).focus();
    await page.keyboard.press('Tab');
    const week = timeNav(page).getByRole('link', { name: 'This week' });
    expect(await week.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
    expect(await week.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?time=week');
    const weekList = expected('hot', 'week');
    await expect.poll(() => count(page)).toBe(countLine('week', '7 days'));
    expect(inPeriod('week').length).toBeGreaterThan(weekList.length);
    await expect.poll(async () => (await readCards(page))[0]?.title).toBe(weekList[0]!.title);
    expectListStart(await readCards(page), weekList);

    // The sort keeps the period.
    await page.getByRole('navigation', { name: 'Sort stories' }).getByRole('link', { name: 'Newest' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=newest&time=week');
    await expect.poll(() => heading(page).textContent()).toBe('Newest stories');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('says a period with no story is empty and links back to every story', async () => {
    const { context, page } = await open('/topics/archive?time=month');
    await expect.poll(() => heading(page).textContent()).toBe('Archive');
    await page.getByText('No stories in the last 30 days of this index').waitFor();
    await page.getByRole('link', { name: 'Show all stories' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await waitForCards(page);
    expect((await readCards(page)).length).toBe(5);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits a 375 px screen and has no axe violations, ${colorScheme} mode`, async () => {
      const { context, page } = await open('/?sort=newest&time=today', { viewport: { width: 375, height: 800 }, colorScheme });
      await waitForCards(page);
      expect(await fitsWidth(page)).toBe(true);
      const links = await timeNav(page).getByRole('link').all();
      const boxes = await Promise.all(links.map((link) => link.boundingBox()));
      // One row of periods, each tall enough to tap.
      expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
      for (const box of boxes) expect(box!.height).toBeGreaterThanOrEqual(24);
      await expectNoAxeViolations(page);
      const { context: emptyContext, page: empty } = await open('/topics/archive?time=today', { viewport: { width: 375, height: 800 }, colorScheme });
      await empty.getByText('No stories in the last 24 hours of this index').waitFor();
      expect(await fitsWidth(empty)).toBe(true);
      await expectNoAxeViolations(empty);
      await expectNoPageErrors(page);
      await emptyContext.close();
      await context.close();
    });
  }
});

describe('Newest', () => {
  it('heads each day with the day, a level above the cards, down the virtualised list', async () => {
    const { context, page } = await open('/?sort=newest', { timezoneId: 'UTC' });
    await waitForCards(page);
    const list = page.locator('main ol.card-list');
    const outline = () =>
      list.evaluate((ol) =>
        [...ol.querySelectorAll('li[aria-posinset]')]
          .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
          .flatMap((row) => [...row.querySelectorAll('h2, h3')].map((h) => ({
            level: h.tagName, text: h.textContent ?? '', published: row.querySelector('article')?.getAttribute('data-published') ?? '',
          }))));
    const first = await outline();
    expect(first[0]).toMatchObject({ level: 'H2', text: 'Sunday, 30 June 2019' });
    expect(first.slice(1, 8).every((h) => h.level === 'H3')).toBe(true);
    // Sixty stories on one day: one heading for all of them.
    expect(first.filter((h) => h.text === 'Sunday, 30 June 2019')).toHaveLength(1);

    // Far down, past the first screens: every heading names its first card's day, and the days run backwards.
    await page.locator('main ol.card-list:not(.card-list--leading)').waitFor({ state: 'attached' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    await expect
      .poll(async () => (await outline()).filter((h) => h.level === 'H2' && !h.text.endsWith('June 2019')).length, { timeout: 15_000 })
      .toBeGreaterThan(1);
    const deep = (await outline()).filter((h) => h.level === 'H2');
    const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
    for (const h of deep) expect(h.text).toBe(day(h.published));
    const days = deep.map((h) => h.published.slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(days).size).toBe(days.length);
    await expectNoAxeViolations(page);
    await expectNoPageErrors(page);
    await context.close();
  });
});

describe('a date with no time', () => {
  // West of Greenwich a date-only value's midnight UTC is the evening before: it must stay its own day.
  const west = { timezoneId: 'America/Los_Angeles' };
  const noTime = /\d{1,2}:\d\d|\b(AM|PM)\b/;

  it('shows its day and no time on the card', async () => {
    const { context, page } = await open('/?sort=heat&time=week', west);
    await waitForCards(page);
    const card = page.locator('main article', { has: page.getByRole('heading', { name: dateOnly.dayBefore.title }) });
    const time = card.locator('.card__meta time');
    expect(await time.textContent()).toBe('29 Jun 2019');
    expect(await time.getAttribute('datetime')).toBe('2019-06-29');
    expect(await card.locator('.card__meta').textContent()).not.toMatch(noTime);
    await context.close();
  });

  it('shows its day and no time on the article page, the story page and in related items', async () => {
    const { context, page } = await open('/?sort=heat&time=week', west);
    await waitForCards(page);
    await page.getByRole('main').getByRole('link', { name: dateOnly.dayBefore.title, exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe(dateOnly.dayBefore.title);
    const meta = page.locator('.article__meta');
    expect(await meta.locator('time').textContent()).toBe('29 Jun 2019');
    expect(await meta.textContent()).not.toMatch(noTime);

    const lead = cards.find((c) => c.title === STORY_LEAD)!;
    await page.goto(`${host.url}/stories/${lead.story!.id}`);
    await expect.poll(() => heading(page).textContent()).toBe(STORY_LEAD);
    expect(await page.locator('.story-page__summary').textContent()).toBe('28 Jun 2019 · 3 articles from 3 outlets');
    const member = page.locator('.story-member', { has: page.getByRole('heading', { name: dateOnly.storyMember.title }) });
    expect(await member.locator('time').textContent()).toBe('28 Jun 2019');
    expect(await member.locator('.story-member__meta').textContent()).not.toMatch(noTime);

    const related = cards.find((c) => c.title === withRelated.title)!;
    await page.goto(`${host.url}/articles/${related.slug}`);
    await expect.poll(() => heading(page).textContent()).toBe(withRelated.title);
    const item = page.locator('.related-item', { has: page.getByRole('heading', { name: withRelated.relatedTitle }) });
    expect(await item.locator('time').textContent()).toBe('20 Jun 2019');
    expect(await item.textContent()).not.toMatch(noTime);
    await expectNoAxeViolations(page);
    await expectNoPageErrors(page);
    await context.close();
  });
});
