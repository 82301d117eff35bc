import { describe, expect, it } from 'vitest';
import { parseArticleSlug } from '../../src/shared/article-slug';
import { topArticle } from './corpus';
import { expectNoPageErrors, heading, openPage, subUrl, useBrowser } from './browser';

const browser = useBrowser();

describe('article addresses', () => {
  it.each([
    ['at the root', () => ''],
    ['under a sub-path', () => new URL(subUrl()).pathname],
  ])('an address with an outdated title opens the article at its current address, and Back does not return to it (%s)', async (_where, base) => {
    const article = topArticle();
    const key = parseArticleSlug(article.slug)!.key;
    const origin = base() ? subUrl() : undefined;
    const { context, page } = await openPage(browser(), '/', origin ? { origin } : {});
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    // Opened from elsewhere (a bookmark, another site), as an old link would be.
    await page.goto(`${new URL(page.url()).origin}${base()}/articles/an-outdated-headline-${key}`);
    await expect.poll(() => heading(page).textContent()).toBe(article.title);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${base()}/articles/${encodeURIComponent(article.slug)}`);
    await page.goBack();
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    expect(new URL(page.url()).pathname).toBe(`${base()}/`);
    await expectNoPageErrors(page);
    await context.close();
  });
});
