import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articles, cards, drafts as draftFiles, manifest, multiOutletStory } from './corpus';
import { expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForCards } from './browser';

const browser = useBrowser();

/** Scrolls the feed until a card of the story is rendered (the list is virtual). */
async function findStoryCard(page: Page, storyId: string) {
  const card = page.locator(`main article[data-story="${storyId}"]`);
  for (let step = 0; step < 200 && (await card.count()) === 0; step++) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
    await page.waitForTimeout(30);
  }
  expect(await card.count()).toBe(1);
  return card;
}

describe('stories', () => {
  it('the feed shows a multi-outlet story once, and its page lists every article in time order', async () => {
    const story = multiOutletStory();
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const card = await findStoryCard(page, story.id);
    // Shown by its lead, whose title is the story's.
    expect(await card.getByRole('heading').textContent()).toBe(story.title);
    const more = card.getByRole('link', { name: /^\+\d+ more from / });
    expect(await more.textContent()).toMatch(new RegExp(`^\\+${story.size - 1} more from \\S`));
    // The rest of the story is folded into that one card.
    const members = new Set(story.articles.map((member) => member.title));
    const shown = await readCards(page);
    expect(shown.filter((c) => members.has(c.title) && c.story === story.id)).toHaveLength(1);

    await more.click();
    await expect.poll(() => heading(page).textContent()).toBe(story.title);
    expect(new URL(page.url()).pathname).toBe(`/stories/${encodeURIComponent(story.id)}`);
    await expect.poll(() => page.title()).toBe(`${story.title} · Heatline`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const items = page.getByRole('list', { name: /Articles in this story/ }).getByRole('listitem');
    expect(await items.count()).toBe(story.size);
    const times = await items.locator('article').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-published') ?? ''));
    expect(times).toEqual([...times].sort());
    expect(await page.getByText(`${story.size} articles from ${story.outlets} outlets`, { exact: false }).isVisible()).toBe(true);
    expect(await items.getByText('Lead', { exact: true }).count()).toBe(1);
    await expectNoPageErrors(page);
    await context.close();
  });

  it("an article's related panel starts with its story", async () => {
    const story = multiOutletStory();
    const member = story.articles.find((m) => m.slug !== story.lead)!;
    const { context, page } = await openPage(browser(), `/articles/${member.slug}`);
    await expect.poll(() => heading(page).textContent()).toBe(member.title);
    const related = page.getByRole('complementary', { name: 'Related stories' });
    const first = related.getByRole('heading', { level: 3 }).first();
    expect(await first.textContent()).toMatch(/^Also covered by /);
    const others = new Set(story.articles.filter((m) => m.slug !== member.slug).map((m) => m.title));
    const group = related.locator('.related__group').first();
    const listed = await group.locator('.related-item__title').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    for (const title of listed) expect(others.has(title), title).toBe(true);
    await group.getByRole('link', { name: `See all ${story.size} articles in this story` }).click();
    await expect.poll(() => heading(page).textContent()).toBe(story.title);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('an unknown story is Not found', async () => {
    const { context, page } = await openPage(browser(), '/stories/no-such-story');
    await expect.poll(() => heading(page).textContent()).toBe('Not found');
    await expect.poll(() => page.title()).toBe('Not found · Heatline');
    await context.close();
  });
});

describe('drafts', () => {
  it('a published: false file is not in the feed, and its article URL is Not found', async () => {
    const published = new Set(articles().map((a) => a.title));
    const drafts = draftFiles().filter((draft) => !published.has(draft.title));
    expect(drafts.length).toBeGreaterThan(0);
    const titles = new Set(cards().map((card) => card.title));
    for (const { title } of drafts) expect(titles.has(title), title).toBe(false);
    expect(cards()).toHaveLength(manifest().counts.articles);

    const { context, page } = await openPage(browser(), '/?sort=newest');
    await waitForCards(page);
    const draftTitles = drafts.map((draft) => draft.title);
    for (const card of await readCards(page)) expect(draftTitles).not.toContain(card.title);
    // The address the draft would have had, were it indexed: its key finds nothing.
    await page.goto(`${new URL(page.url()).origin}/articles/${drafts[0]!.slug}`);
    await expect.poll(() => heading(page).textContent()).toBe('Not found');
    expect(new URL(page.url()).pathname).toBe(`/articles/${encodeURIComponent(drafts[0]!.slug)}`);
    await context.close();
  });
});
