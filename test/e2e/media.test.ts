import { describe, expect, it } from 'vitest';
import { cards, videoArticle } from './corpus';
import { expectNoPageErrors, openPage, useBrowser, waitForSettledList } from './browser';

const browser = useBrowser();

/** A 1×1 PNG: the sandbox cannot reach YouTube, so its still is served here. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('media', () => {
  it('a video shows its own YouTube still under the play button, and its link goes to YouTube', async () => {
    const article = videoArticle();
    const { context, page } = await openPage(browser(), `/articles/${article.slug}`, {
      prepare: (p) => p.route(/^https:\/\/i\.ytimg\.com\//, (r) => r.fulfill({ contentType: 'image/png', body: PIXEL })),
    });
    await page.getByRole('button', { name: /Play video/ }).waitFor();
    const poster = page.locator('.video img');
    await poster.waitFor();
    expect(await poster.getAttribute('src')).toBe(`https://i.ytimg.com/vi/${article.video!.id}/hqdefault.jpg`);
    // Loaded under the page's CSP: a refused image would have no width.
    await expect.poll(() => poster.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    const watch = page.getByRole('link', { name: /^Watch on YouTube/ });
    const href = new URL((await watch.getAttribute('href'))!);
    expect(href.hostname).toBe('www.youtube.com');
    expect(href.searchParams.get('v')).toBe(article.video!.id);
    expect(await page.getByRole('link', { name: /^Read at / }).count()).toBe(0);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('asks for a failed thumbnail once: scrolled away and back, the card shows its tile without asking again', async () => {
    const uses = new Map<string, number>();
    for (const card of cards()) if (card.image) uses.set(card.image.url, (uses.get(card.image.url) ?? 0) + 1);
    const requests: string[] = [];
    const { context, page } = await openPage(browser(), '/', {
      prepare: async (p) => p.on('request', (request) => {
        if (request.resourceType() === 'image') requests.push(request.url());
      }),
    });
    await waitForSettledList(page);
    // A picture no other card shares, among the first cards drawn.
    await expect.poll(() => requests.some((url) => uses.get(url) === 1)).toBe(true);
    const url = requests.find((u) => uses.get(u) === 1)!;
    // Failed (the sandbox aborts other hosts): the picture goes, the tile stays.
    await expect.poll(() => page.locator(`img[src="${url}"]`).count()).toBe(0);
    // Asked for by the first rows, and by the virtualiser's when it took over before the first answer came.
    const asked = requests.filter((u) => u === url).length;
    expect(asked).toBeLessThanOrEqual(2);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u === url)).toHaveLength(asked);
    expect(await page.locator('.thumb').first().isVisible()).toBe(true);
    await context.close();
  });
});
