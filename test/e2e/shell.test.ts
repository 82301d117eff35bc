import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards, find } from './corpus';
import { baseUrl, openPage, useBrowser } from './browser';

const browser = useBrowser();

/** A picture from another host that loads: a small SVG stands in for it. */
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#888"/></svg>';
const PARTS = ['.site-header', '.site-nav', 'main h1', '.article__meta', '.article__story', '.stats', '.hero', '.article__lede'];

type Watch = { shifts: { at: number; value: number }[]; shellGone?: number };

/** Records every layout shift from the page's start, and when the static page went. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watch: Watch = { shifts: [] };
    (window as unknown as { watch: Watch }).watch = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) watch.shifts.push({ at: entry.startTime, value: entry.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records, observer) => {
      if (records.some((record) => [...record.removedNodes].some((node) => (node as Element).id === 'shell'))) {
        watch.shellGone = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Keeps the static page in place after the app has drawn its own, so the two can be compared. */
async function holdShell(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const remove = Element.prototype.remove;
    Element.prototype.remove = function (this: Element) {
      if (this.id === 'shell') document.documentElement.dataset.shellDone = '';
      else remove.call(this);
    };
  });
}

describe('an article opened at its own address', () => {
  const article = find('article with a picture, an excerpt and a story', (a) => !!a.image && !!a.excerpt && !a.video && (a.story?.size ?? 0) > 1);

  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 900 }]) {
    it(`starts as a static page laid out as the app's, so nothing moves when the app takes over (${viewport.width} px)`, async () => {
      const { context, page } = await openPage(browser(), `/articles/${article.slug}`, {
        viewport,
        prepare: async (p) => {
          await p.context().unroute(/^https?:\/\/(?!127\.0\.0\.1|localhost)/);
          await p.context().route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ contentType: 'image/svg+xml', body: PICTURE }));
          await holdShell(p);
        },
      });
      try {
        await page.locator('html[data-shell-done]').waitFor({ state: 'attached' });
        const boxes = await page.evaluate((parts) => {
          const box = (selector: string) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            return rect ? { top: Math.round(rect.top), left: Math.round(rect.left), width: Math.round(rect.width), height: Math.round(rect.height) } : null;
          };
          return parts.map((part) => ({ part, shell: box(`#shell ${part}`), app: box(`#root ${part}`) }));
        }, PARTS);
        for (const { part, shell, app } of boxes) {
          expect(app, part).not.toBeNull();
          expect(shell, part).toEqual(app);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('drops a picture that failed before the app came, and the app never draws it: no shift once the app is there', async () => {
    const { context, page } = await openPage(browser(), `/articles/${article.slug}`, {
      viewport: { width: 375, height: 812 },
      prepare: watchShifts,
    });
    try {
      await page.locator('#shell').waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('#root .article__lede').isVisible()).toBe(true);
      expect(await page.locator('#root .hero').count()).toBe(0);
      const watch = await page.evaluate(() => (window as unknown as { watch: Watch }).watch);
      expect(watch.shellGone).toBeDefined();
      expect(watch.shifts.filter((shift) => shift.at >= watch.shellGone!)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the feed opened at the site’s address', () => {
  const FEED_PARTS = [
    '.site-header', 'main h1', '.list-page__count', '.feed-links', '.sort-bar', '.time-filter', '.list-tools',
    '.card-list > li:nth-child(1) .card', '.card-list > li:nth-child(1) .card__excerpt', '.card-list > li:nth-child(1) .card__footer',
    '.card-list > li:nth-child(2) .card', '.card-list > li:nth-child(3) .card',
  ];

  for (const viewport of [{ width: 375, height: 812 }, { width: 412, height: 915 }, { width: 1280, height: 900 }]) {
    it(`starts as a static first screen laid out as the app's, so nothing moves when the app takes over (${viewport.width} px)`, async () => {
      const { context, page } = await openPage(browser(), '/', { viewport, prepare: holdShell });
      try {
        await page.locator('html[data-shell-done]').waitFor({ state: 'attached' });
        // The virtualiser may take over after the heading: compare the rows once it has.
        await page.locator('#root .card-list:not(.card-list--leading)').waitFor({ state: 'attached' });
        const boxes = await page.evaluate((parts) => {
          const box = (selector: string) => {
            const element = document.querySelector(selector);
            const rect = element?.getBoundingClientRect();
            return rect ? { top: Math.round(rect.top), left: Math.round(rect.left), width: Math.round(rect.width), height: Math.round(rect.height) } : null;
          };
          return parts.map((part) => ({ part, shell: box(`#shell ${part}`), app: box(`#root ${part}`) }));
        }, FEED_PARTS);
        for (const { part, shell, app } of boxes) {
          expect(app, part).not.toBeNull();
          // Within a pixel: the virtualiser places rows at their measured, fractional offsets.
          for (const side of ['top', 'left', 'width', 'height'] as const) expect(Math.abs(shell![side] - app![side]), `${part} ${side}`).toBeLessThanOrEqual(1);
        }
        // The same outlet tints and the same titles in the same order.
        const look = (root: string) =>
          page.evaluate((root) => [...document.querySelectorAll(`${root} .card-list > li`)].slice(0, 6).map((row) => [
            row.querySelector('.card__title')?.textContent,
            getComputedStyle(row.querySelector('.thumb')!).backgroundColor,
          ]), root);
        const app = await look('#root');
        expect(app.length).toBeGreaterThanOrEqual(3);
        expect((await look('#shell')).slice(0, app.length)).toEqual(app);
      } finally {
        await context.close();
      }
    });
  }

  it('serves a source’s own page at its address, though the outlet’s domain has a dot', async () => {
    const { provider } = cards()[0]!;
    expect(provider.domain).toContain('.');
    const html = await (await fetch(`${baseUrl()}/sources/${encodeURIComponent(provider.domain)}`)).text();
    expect(html).toContain('<div id="shell">');
    expect(html).toContain(`<title>Source: ${provider.name}`);
  });

  it('shows the app’s page, not the feed’s first screen, at an address that asks for another sort', async () => {
    const { context, page } = await openPage(browser(), '/?sort=newest');
    try {
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Newest stories');
      const served = await page.evaluate(() => fetch(location.href).then((r) => r.text()));
      expect(served).not.toContain('id="shell"');
    } finally {
      await context.close();
    }
  });
});
