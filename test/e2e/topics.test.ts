import { describe, expect, it } from 'vitest';
import { trendOf } from '../../src/shared/activity';
import { filterTopics } from '../../src/features/topics/topic-filter';
import { trendingTopics } from '../../src/features/topics/trending';
import { trendSentence } from '../../src/lib/trend-label';
import { topics } from './corpus';
import { expectNoPageErrors, openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('the topics page', () => {
  it('leads with a trending row whose lines say in words what they draw', async () => {
    const expected = trendingTopics(topics());
    expect(expected.length).toBeGreaterThan(0);
    const { context, page } = await openPage(browser(), '/topics');
    const row = page.getByRole('region', { name: 'Trending this week' });
    const items = row.getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(expected.length);
    const first = items.first();
    expect(await first.getByRole('link').textContent()).toBe(expected[0]!.topic.name);
    const line = first.getByRole('img');
    expect(await line.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
    expect(await line.getAttribute('aria-label')).toBe(trendSentence(expected[0]!.trend));
    await expect.poll(() => page.getByRole('img', { name: trendSentence(expected[0]!.trend) }).first().isVisible()).toBe(true);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('narrows the list as you type, and keeps the filter in the address', async () => {
    const listed = topics().filter((topic) => !topic.generic);
    // Part of a name that matches some topics and not others.
    const fragment = listed[2]!.name.slice(0, 3).toLowerCase();
    // Filtering looks through every topic, the generic ones too.
    const matching = filterTopics(topics(), fragment);
    expect(matching.length).toBeLessThan(listed.length);
    const { context, page } = await openPage(browser(), '/topics');
    const all = page.getByRole('region', { name: 'All topics' });
    const rows = all.locator('.topic-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(listed.length);
    await page.getByRole('searchbox', { name: 'Filter topics' }).pressSequentially(fragment);
    await expect.poll(() => rows.count()).toBe(matching.length);
    const names = await rows.evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent));
    expect(names).toEqual(matching.map((topic) => topic.name));
    expect(new URL(page.url()).searchParams.get('filter')).toBe(fragment);
    await expect.poll(() => all.getByText(`${matching.length} of ${topics().length} topics`).isVisible()).toBe(true);
    await context.close();
  });

  it("loads the latest headlines of the rows on screen, and a topic's page heads its list with a described chart", async () => {
    const { context, page } = await openPage(browser(), '/topics');
    const firstRow = page.locator('.topic-row').first();
    const headlines = firstRow.getByRole('list', { name: 'Latest headlines' });
    await headlines.waitFor();
    expect(await headlines.getByRole('link').count()).toBeGreaterThan(0);
    await firstRow.getByRole('link').first().click();
    const topic = topics().filter((t) => !t.generic)[0]!;
    await page.getByRole('heading', { level: 1, name: topic.name }).waitFor();
    const chart = page.getByRole('img', { name: 'Articles per day, last 90 days' });
    const describedBy = await chart.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(`${trendSentence(trendOf(topic.weeks!))} (last 90 days)`);
    expect(await page.getByRole('list', { name: 'Related topics' }).getByRole('link').count()).toBeGreaterThan(0);
    await expectNoPageErrors(page);
    await context.close();
  });
});
