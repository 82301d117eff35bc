/**
 * The time filter on the feed, topic and source pages, day headings in
 * Newest and dates on cards, over an archive whose newest story is from
 * 2019: "Today" is that story's last 24 hours, not the reader's.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/shared/index-schema';
import { paths } from '../../src/config/paths';
import { parseTimeFilter, timedListKey } from '../../src/config/time-filter';
import { formatDate } from '../../src/lib/format-date';
import type { Entry } from './helpers/corpus';
import { buildCorpus, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const harbour = ['Harbour Post', 'harbour.example'] as const;
const ridge = ['Ridge Daily', 'ridge.example'] as const;
const entry = (file: string, title: string, published: string, heat: number, topics: string[], provider: readonly [string, string] = harbour): Entry => ({
  file: `${file}.md`, title, url: `https://${provider[1]}/${file}`, published, heat, quality: heat, topics, provider: [...provider], excerpt: `Notes filed as ${file}.`,
});

/** Titles share no words, so every article is a story of its own. Times at midday UTC fall on the same day everywhere but the far Pacific. */
const archive: Entry[] = [
  // The newest day: four stories, one of them dated with no time.
  entry('t1', 'Ferry timetable revised', '2019-06-30T12:00:00Z', 40, ['Harbour']),
  entry('t2', 'Glacier survey funded', '2019-06-30T11:00:00Z', 70, ['Science'], ridge),
  entry('t3', 'Museum roof repaired', '2019-06-30T10:00:00Z', 10, ['Harbour']),
  entry('t4', 'Orchard harvest early', '2019-06-30', 55, ['Science'], ridge),
  // The rest of that week.
  entry('w1', 'Violin maker retires', '2019-06-28', 90, ['Harbour']),
  entry('w2', 'Tram depot expands', '2019-06-27T12:00:00Z', 35, ['Science'], ridge),
  entry('w3', 'Beekeepers report surplus', '2019-06-26T12:00:00Z', 20, ['Harbour']),
  // Earlier that month.
  entry('m1', 'Lighthouse keeper honoured', '2019-06-10T12:00:00Z', 65, ['Science'], ridge),
  entry('m2', 'Quarry reopens briefly', '2019-06-05T12:00:00Z', 15, ['Harbour']),
  // Months before: a topic with nothing since.
  entry('o1', 'Canal lock restored', '2019-03-01T12:00:00Z', 80, ['Archive']),
  entry('o2', 'Windmill sails replaced', '2019-02-01T12:00:00Z', 60, ['Archive']),
  entry('o3', 'Telegraph office closes', '2019-01-01T12:00:00Z', 5, ['Archive']),
];
const today = ['Ferry timetable revised', 'Glacier survey funded', 'Museum roof repaired', 'Orchard harvest early'];
const week = [...today, 'Violin maker retires', 'Tram depot expands', 'Beekeepers report surplus'];

let server: Awaited<ReturnType<typeof serveIndex>>;
let built: string;

beforeAll(async () => {
  built = await buildCorpus(archive);
});

// A first render reads the index through the mocked fetch: generous on a busy machine.
const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
const timeNav = () => screen.getByRole('navigation', { name: 'Time period' });
const sortNav = () => screen.getByRole('navigation', { name: 'Sort stories' });
const cards = () => screen.getAllByRole('article');
const titles = () => cards().map((card) => within(card).getByRole('heading').textContent);
const count = () => document.querySelector('.list-page__count')?.textContent;

beforeEach(async () => {
  server = await serveIndex();
  server.serveFrom(built);
});

describe('the time filter', () => {
  it('offers Today, This week, This month and All, counted back from the newest story, All at the clean URL', async () => {
    renderApp('/');
    await h1('Hot stories');
    const links = within(timeNav()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Today', 'This week', 'This month', 'All']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/?time=today', '/?time=week', '/?time=month', '/']);
    expect(within(timeNav()).getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
    const manifest = await server.readJson<Manifest>('manifest.json');
    const upTo = `Up to ${formatDate(manifest.newest!)}`;
    expect(screen.getByText(upTo)).toBeInTheDocument();
    expect(within(timeNav()).getByRole('link', { name: 'Today' })).toHaveAccessibleDescription(upTo);
    expect(count()).toBe('12 stories · 12 articles from 2 sources');
  });

  it('changes the address and the list, and the count says how many the period holds', async () => {
    const { router } = renderApp('/');
    await h1('Hot stories');
    await userEvent.click(within(timeNav()).getByRole('link', { name: 'Today' }));
    await waitFor(() => expect(router.state.location.search).toBe('?time=today'));
    await waitFor(() => expect([...titles()].sort()).toEqual([...today].sort()));
    expect(within(timeNav()).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(count()).toBe('4 stories · 4 articles in the last 24 hours of this index');

    await userEvent.click(within(timeNav()).getByRole('link', { name: 'This week' }));
    await waitFor(() => expect(router.state.location.search).toBe('?time=week'));
    await waitFor(() => expect([...titles()].sort()).toEqual([...week].sort()));
    expect(count()).toBe('7 stories · 7 articles in the last 7 days of this index');

    await userEvent.click(within(timeNav()).getByRole('link', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(count()).toBe('12 stories · 12 articles from 2 sources'));
  });

  it('and the sort keep each other\'s choice', async () => {
    const { router } = renderApp('/?time=today');
    await h1('Hot stories');
    expect(within(sortNav()).getByRole('link', { name: 'Newest' })).toHaveAttribute('href', '/?sort=newest&time=today');
    await userEvent.click(within(sortNav()).getByRole('link', { name: 'Newest' }));
    await h1('Newest stories');
    expect(router.state.location.search).toBe('?sort=newest&time=today');
    await userEvent.click(within(timeNav()).getByRole('link', { name: 'This week' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=newest&time=week'));
    await waitFor(() => expect(within(timeNav()).getByRole('link', { name: 'This week' })).toHaveAttribute('aria-current', 'page'));
    expect(within(timeNav()).getByRole('link', { name: 'All' })).toHaveAttribute('href', '/?sort=newest');
    expect(within(sortNav()).getByRole('link', { name: 'Hot' })).toHaveAttribute('href', '/?time=week');
  });

  it('works on topic and source pages, and an empty period says so and leads back to every story', async () => {
    const { router } = renderApp('/topics/archive?sort=newest&time=today');
    await h1('Archive');
    expect(screen.getByText('No stories in the last 24 hours of this index')).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(count()).toBe('0 stories · 0 articles in the last 24 hours of this index');
    await userEvent.click(screen.getByRole('link', { name: 'Show all stories' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=newest'));
    await waitFor(() => expect(titles()).toEqual(['Canal lock restored', 'Windmill sails replaced', 'Telegraph office closes']));

    await act(() => router.navigate('/sources/ridge.example?time=week'));
    await h1('Ridge Daily');
    await waitFor(() => expect([...titles()].sort()).toEqual(['Glacier survey funded', 'Orchard harvest early', 'Tram depot expands']));
    expect(count()).toBe('3 stories · 3 articles in the last 7 days of this index');
  });

  it('starts loading a period on hover, and keeps the list shown until the period has loaded', async () => {
    const { router, container, queryClient } = renderApp('/');
    await h1('Hot stories');
    const manifest = await server.readJson<Manifest>('manifest.json');
    const monthShard = manifest.feedWindows!.month!.all!;
    expect(server.requested).not.toContain(monthShard);
    await userEvent.hover(within(timeNav()).getByRole('link', { name: 'This month' }));
    await waitFor(() => expect(server.requested).toContain(monthShard));
    await waitFor(() => expect(queryClient.getQueryData(['index', 'lists', 'feed', 'time', 'month', 'hot'])).toHaveLength(9));

    const weekShard = manifest.feedWindows!.week!.all!;
    const release = server.hold((file) => file === weekShard);
    const shown = titles();
    await userEvent.click(within(timeNav()).getByRole('link', { name: 'This week' }));
    await waitFor(() => expect(container.querySelector('main')).toHaveAttribute('aria-busy', 'true'));
    expect(titles()).toEqual(shown);
    expect(router.state.location.search).toBe('');
    release();
    await waitFor(() => expect(router.state.location.search).toBe('?time=week'));
    await waitFor(() => expect(cards()).toHaveLength(7));
    expect(container.querySelector('main')).toHaveAttribute('aria-busy', 'false');
  });

  it('is not offered by an index built without time windows, whose lists stay whole', async () => {
    server.rewriteManifest(({ feedWindows: _windows, newest: _newest, ...rest }) => rest);
    renderApp('/?time=today');
    await h1('Hot stories');
    expect(screen.queryByRole('navigation', { name: 'Time period' })).toBeNull();
    expect(count()).toBe('12 stories · 12 articles from 2 sources');
  });
});

describe('Newest', () => {
  it('heads each day\'s first story with the day, at level 2, with the stories at level 3 under it', async () => {
    renderApp('/?sort=newest&time=week');
    await h1('Newest stories');
    const list = document.querySelector('ol.card-list')!;
    const outline = [...list.querySelectorAll('h2, h3')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(outline).toEqual([
      'H2 Sunday, 30 June 2019',
      'H3 Ferry timetable revised',
      'H3 Glacier survey funded',
      'H3 Museum roof repaired',
      'H3 Orchard harvest early',
      'H2 Friday, 28 June 2019',
      'H3 Violin maker retires',
      'H2 Thursday, 27 June 2019',
      'H3 Tram depot expands',
      'H2 Wednesday, 26 June 2019',
      'H3 Beekeepers report surplus',
    ]);
  });

  it('is the only sort with day headings', async () => {
    renderApp('/?time=week');
    await h1('Hot stories');
    expect(screen.queryAllByRole('heading', { level: 2 }).filter((h) => /June 2019/.test(h.textContent ?? ''))).toEqual([]);
    expect(cards().every((card) => within(card).getByRole('heading').tagName === 'H2')).toBe(true);
  });
});

describe('dates on cards', () => {
  it('show the date next to how long ago; a date-only story shows its day and no time', async () => {
    renderApp('/?sort=newest&time=week');
    await h1('Newest stories');
    const card = (title: string) => cards().find((c) => within(c).queryByRole('heading', { name: title }))!;
    const violin = card('Violin maker retires');
    const time = violin.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2019-06-28');
    expect(time.textContent).toBe('28 Jun 2019');
    expect(violin.querySelector('.card__meta')!.textContent).toMatch(/28 Jun 2019 · \d+ years ago/);
    expect(violin.textContent).not.toMatch(/\d{1,2}:\d\d|AM|PM/);
    const ferry = card('Ferry timetable revised');
    expect(ferry.querySelector('time')!.textContent).toBe(formatDate({ published: '2019-06-30T12:00:00.000Z' }));
    expect(ferry.querySelector('time')!.textContent).toMatch(/^\d+ Jun 2019, \d\d:\d\d$/);
  });
});

describe('addresses', () => {
  it('hold the sort and the period together, each left out at its default', () => {
    expect(paths.feed.getHref('hot', 'all')).toBe('/');
    expect(paths.feed.getHref('newest', 'today')).toBe('/?sort=newest&time=today');
    expect(paths.feed.getHref(undefined, 'week')).toBe('/?time=week');
    expect(paths.topic.getHref('ai', 'heat', 'month')).toBe('/topics/ai?sort=heat&time=month');
    expect(paths.source.getHref('a.example', 'hot', 'today')).toBe('/sources/a.example?time=today');
  });

  it('read an unknown period, or any period on an index without windows, as every story', () => {
    expect(parseTimeFilter('week')).toBe('week');
    expect(parseTimeFilter('yesterday')).toBe('all');
    expect(parseTimeFilter(null)).toBe('all');
    expect(parseTimeFilter('today', false)).toBe('all');
    expect(timedListKey('topic:ai', 'all')).toBe('topic:ai');
    expect(timedListKey('topic:ai', 'week')).toBe('topic:ai/week');
  });
});
