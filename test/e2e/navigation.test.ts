import { describe, expect, it } from 'vitest';
import { multiOutletStory, topArticle } from './corpus';
import { expectNoPageErrors, heading, openPage, readCards, useBrowser, waitForCards } from './browser';

const browser = useBrowser();


describe('navigation and preferences', () => {
  it('a topic chip leads to a topic page that lists only that topic', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    const firstCard = page.getByRole('article').first();
    const chip = firstCard.getByRole('list', { name: 'Topics' }).getByRole('link').first();
    const name = (await chip.textContent())!;
    await chip.click();
    await expect.poll(() => heading(page).textContent()).toBe(name);
    await expect.poll(() => page.title()).toBe(`Topic: ${name} · Heatline`);
    await waitForCards(page);
    expect(await page.getByText(/^\d[\d,]* stor(y|ies) · \d[\d,]* articles?$/).isVisible()).toBe(true);
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(0);
    // The bottom of the list too, not only the first screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await readCards(page, { inViewport: true })).length).toBeGreaterThan(0);
    cards.push(...(await readCards(page)));
    for (const card of cards) expect(card.topics, card.title).toContain(name);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The sort control works here too, and keeps the topic.
    await page.getByRole('navigation', { name: 'Sort stories' }).getByRole('link', { name: 'Newest' }).click();
    await page.waitForURL(/\/topics\/[^?]+\?sort=newest$/);
    await expect.poll(() => heading(page).textContent()).toBe(name);
    for (const card of await readCards(page)) expect(card.topics, card.title).toContain(name);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('the topics page lists topics by count, with links', async () => {
    const { context, page } = await openPage(browser(), '/topics');
    await expect.poll(() => heading(page).textContent()).toBe('Topics');
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    await links.first().waitFor();
    const counts = (await links.allTextContents()).map((text) => Number(/([\d,]+) articles?/.exec(text)?.[1]?.replace(/,/g, '')));
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await context.close();
  });

  it('Tab reaches the skip link first, and it moves focus to main', async () => {
    const { context, page } = await openPage(browser(), '/');
    await waitForCards(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab goes into the page content, not back to the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain).toBe(true);
    await expectNoPageErrors(page);
    await context.close();
  });

  it('the theme toggle switches dark mode, and it is remembered after a reload', async () => {
    const { context, page } = await openPage(browser(), '/', { colorScheme: 'light' });
    await waitForCards(page);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await waitForCards(page);
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    expect(await background()).toBe(dark);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.reload();
    await waitForCards(page);
    expect(await background()).toBe(light);
    await context.close();
  });

  it('follows a dark system preference without a stored choice', async () => {
    const { context, page } = await openPage(browser(), '/', { colorScheme: 'dark' });
    await waitForCards(page);
    expect(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it.each(['/', `/articles/${'{top}'}`, `/stories/${'{story}'}`, '/topics', '/topics/ai'])(
    'works at 320 px wide with no horizontal scroll: %s',
    async (route) => {
      const path = route.replace('{top}', topArticle().slug).replace('{story}', multiOutletStory().id);
      const { context, page } = await openPage(browser(), path, { viewport: { width: 320, height: 640 } });
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
      await expectNoPageErrors(page);
      await context.close();
    },
  );
});
