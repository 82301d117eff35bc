import { describe, expect, it } from 'vitest';
import { expectedList, multiOutletStory } from './corpus';
import { expectListStart, expectNoPageErrors, heading, openPage, readCards, subUrl, useBrowser, waitForSettledList } from './browser';

const browser = useBrowser();


describe('served from a sub-path (base: /news/)', () => {
  it('loads the feed and an article under /news/', async () => {
    const origin = subUrl();
    expect(origin).toMatch(/\/news$/);
    const requests: string[] = [];
    const { context, page } = await openPage(browser(), '/', {
      origin,
      prepare: async (p) => {
        p.on('request', (request) => {
          const url = new URL(request.url());
          if (url.origin === new URL(origin).origin) requests.push(url.pathname);
        });
      },
    });
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    // A click while the virtualiser replaces the first rows can press on one row and release on its successor: no click.
    await waitForSettledList(page);
    expectListStart(await readCards(page), expectedList('hot'));
    // Every asset and shard of the app comes from under the base.
    const local = requests.filter((p) => !p.startsWith('/news/'));
    expect(local).toEqual([]);
    expect(requests.some((p) => p === '/news/data/manifest.json')).toBe(true);

    const [first] = await readCards(page);
    await page.getByRole('link', { name: first!.title, exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe(first!.title);
    expect(new URL(page.url()).pathname).toMatch(/^\/news\/articles\//);

    // A deep link straight to an article works too (preview serves index.html).
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe(first!.title);
    // A story page too, opened directly under the base.
    const story = multiOutletStory();
    await page.goto(`${origin}/stories/${story.id}`);
    await expect.poll(() => heading(page).textContent()).toBe(story.title);
    // Its static entry point shows the title first; the app's list follows when the app takes over.
    await expect.poll(() => page.getByRole('list', { name: /Articles in this story/ }).getByRole('listitem').count()).toBe(story.size);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Topics');
    expect(new URL(page.url()).pathname).toBe('/news/topics');
    await expectNoPageErrors(page);
    await context.close();
  });
});
