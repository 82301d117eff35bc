import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articleWithInternalRelated, find, hostileArticles, topArticle, videoArticle } from './corpus';
import { expectNoPageErrors, heading, openPage, useBrowser } from './browser';

const browser = useBrowser();

const related = (page: Page) => page.getByRole('complementary', { name: 'Related stories' });

describe('article page', () => {
  it('shows its related stories, and an internal related link leads to that article', async () => {
    const article = articleWithInternalRelated();
    const { context, page } = await openPage(browser(), `/articles/${article.slug}`);
    await expect.poll(() => heading(page).textContent()).toBe(article.title);
    await expect.poll(() => page.title()).toBe(`${article.title} · Heatline`);
    await related(page).waitFor();
    const internal = related(page).locator('a[href^="/articles/"]').first();
    const title = (await internal.textContent())!;
    expect(title.length).toBeGreaterThan(0);
    expect(await related(page).getByRole('link', { name: title, exact: true }).first().isVisible()).toBe(true);
    await internal.click();
    await expect.poll(() => heading(page).textContent()).toBe(title);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/articles\/.+/);
    // Focus moves to the new page's heading, so screen readers announce it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoPageErrors(page);
    await context.close();
  });

  it('links to the original in a new tab, with rel="noopener noreferrer"', async () => {
    const article = topArticle();
    const { context, page } = await openPage(browser(), `/articles/${article.slug}`);
    const read = page.getByRole('link', { name: /^Read at / });
    await read.waitFor();
    expect(await read.getAttribute('href')).toBe(new URL(article.url).href);
    expect(await read.getAttribute('target')).toBe('_blank');
    const rel = (await read.getAttribute('rel'))?.split(/\s+/) ?? [];
    expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    // Every link that leaves the app does the same.
    const external = await page.locator('a[target="_blank"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('rel') ?? ''),
    );
    for (const value of external) expect(value.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    await context.close();
  });

  it('loads the video embed only after a click, from youtube-nocookie.com', async () => {
    const article = videoArticle();
    const youtube: string[] = [];
    const { context, page } = await openPage(browser(), `/articles/${article.slug}`, {
      prepare: async (p) => {
        p.on('request', (request) => {
          if (/youtube/.test(request.url())) youtube.push(request.url());
        });
      },
    });
    const play = page.getByRole('button', { name: /Play video/ });
    await play.waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(youtube).toEqual([]);
    await play.click();
    const frame = page.locator('iframe');
    await frame.waitFor({ state: 'attached' });
    const src = new URL((await frame.getAttribute('src'))!);
    expect(src.protocol).toBe('https:');
    expect(src.hostname).toBe('www.youtube-nocookie.com');
    expect(src.pathname).toBe(`/embed/${article.video!.id}`);
    expect(await frame.getAttribute('title')).toContain(article.title);
    await context.close();
  });

  it('renders hostile bodies inert: no script, no on* attribute, no javascript: URL', async () => {
    const hostile = hostileArticles();
    expect(hostile.length).toBeGreaterThanOrEqual(3);
    const { context, page } = await openPage(browser(), '/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const article of hostile) {
      await page.goto(`${new URL(page.url()).origin}/articles/${article.slug}`);
      await expect.poll(() => heading(page).textContent()).toBe(article.title);
      const unsafe = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          scripts: document.querySelectorAll('main script, main iframe:not([src^="https://www.youtube-nocookie.com/"])').length,
          handlers: all.flatMap((el) => el.getAttributeNames().filter((name) => /^on/i.test(name))),
          badUrls: [...document.querySelectorAll('[href], [src], [action]')]
            .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
            .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
          styles: document.querySelectorAll('main style').length,
          fixed: [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).position === 'fixed').length,
        };
      });
      expect(unsafe, article.slug).toEqual({ scripts: 0, handlers: [], badUrls: [], styles: 0, fixed: 0 });
      expect(await page.locator('body').isVisible()).toBe(true);
    }
    expect(dialogs).toEqual([]);
    await expectNoPageErrors(page);
    await context.close();
  });
});

describe('images on unreachable hosts', () => {
  /** Visible <img> elements the browser gave up on: they would show a broken-image icon. */
  const brokenImages = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('img')]
        .filter((img) => img.complete && img.naturalWidth === 0 && img.checkVisibility())
        .map((img) => img.src),
    );

  it('leave no broken image on the feed or in an article body', async () => {
    const withBodyImage = find('article with a body image', (a) => /<img\s/.test(a.body ?? ''));
    const { context, page } = await openPage(browser(), '/');
    await page.getByRole('article').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await brokenImages(page)).toEqual([]);
    await page.goto(`${new URL(page.url()).origin}/articles/${withBodyImage.slug}`);
    await expect.poll(() => heading(page).textContent()).toBe(withBodyImage.title);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await expect.poll(() => brokenImages(page)).toEqual([]);
    await context.close();
  });
});

describe('not found', () => {
  const routes = ['/nope', '/articles/no-such-slug', '/topics/no-such-topic', '/sources/no-such.example'];
  it.each(routes)('%s shows "Not found" with a way back', async (route) => {
    const { context, page } = await openPage(browser(), route);
    await expect.poll(() => heading(page).textContent()).toBe('Not found');
    await expect.poll(() => page.title()).toBe('Not found · Heatline');
    await page.getByRole('link', { name: 'Back to the feed' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Hot stories');
    await expectNoPageErrors(page);
    await context.close();
  });
});
