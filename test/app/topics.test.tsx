/**
 * The topics page (trending row, filter, rows with headlines) and the
 * profile at the head of a topic's and a source's page, over a corpus with
 * one topic rising, one new, one steady, one long quiet and one on most
 * articles.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from './helpers/corpus';
import { buildCorpus, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const DAY = 86_400_000;
const NEWEST = Date.parse('2025-05-31T12:00:00Z');
const harbour = ['Harbour Post', 'harbour.example'] as const;
const ridge = ['Ridge Daily', 'ridge.example'] as const;

/** Distinct words, so no two titles share one and every article is a story of its own. */
const WORDS = (
  'amber basalt cobalt dune ember fjord garnet heron iris jade kelp lichen marl nectar onyx pumice quartz ' +
  'reed sable tundra umber vellum willow xenon yarrow zephyr acorn birch cedar delta egret flint grove ' +
  'hazel inlet juniper knoll larch meadow nettle oak plover quill rowan sorrel thistle upland vale wren ' +
  'yew alder bramble clover dock elder fennel gorse heath ivy kestrel lark moss osprey pine rush sedge'
).split(' ');
let next = 0;
const title = () => `${WORDS[next++ % WORDS.length]} ${WORDS[next++ % WORDS.length]} ${WORDS[next++ % WORDS.length]}`;

let files = 0;
function entry(daysBack: number, topics: string[], provider: readonly [string, string] = harbour, name = title()): Entry {
  const file = `n${files++}`;
  return {
    file: `${file}.md`, title: name, url: `https://${provider[1]}/${file}`,
    published: new Date(NEWEST - daysBack * DAY).toISOString(), heat: 50, quality: 50, topics, provider: [...provider],
    excerpt: `Notes filed as ${file}.`,
  };
}

const corpus: Entry[] = [
  // Tides: one article a week for eleven weeks (three also on Harbour), then six this week (two from Ridge).
  ...Array.from({ length: 11 }, (_, w) => entry(80 - w * 7, w < 3 ? ['Tides', 'News', 'Harbour'] : ['Tides', 'News'])),
  entry(5, ['Tides', 'News']),
  entry(4, ['Tides', 'News']),
  entry(3, ['Tides', 'News']),
  entry(2, ['Tides', 'News']),
  entry(1, ['Tides', 'News'], ridge, 'Spring tide floods the quay'),
  entry(0, ['Tides', 'News'], ridge, 'Neap tide leaves boats aground'),
  // Harbour on its own: one a week, this week too: a little less than its usual, with those three.
  ...Array.from({ length: 12 }, (_, w) => entry(83 - w * 7 + 1, ['Harbour', 'News'])),
  // Café culture: three this week and nothing before.
  entry(2, ['Café Culture'], ridge),
  entry(1, ['Café Culture'], ridge),
  entry(0.5, ['Café Culture'], ridge),
  // Old news: all long before the 90 days.
  entry(200, ['Archive']),
  entry(201, ['Archive']),
  entry(202, ['Archive']),
];

let built: string;
beforeAll(async () => {
  built = await buildCorpus(corpus);
}, 60_000);

beforeEach(async () => {
  (await serveIndex()).serveFrom(built);
});

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
const rows = () =>
  within(screen.getByRole('region', { name: 'All topics' }))
    .queryAllByRole('listitem')
    .filter((item) => item.classList.contains('topic-row'));
const rowNames = () => rows().map((row) => within(row).getAllByRole('link')[0]!.textContent);

describe('the topics page', () => {
  it('leads with the topics rising this week, steepest first, each with its weeks as a described line', async () => {
    renderApp('/topics');
    await h1('Topics');
    const trending = screen.getByRole('region', { name: 'Trending this week' });
    expect(trending).toHaveTextContent('the 7 days to 31 May 2025');
    const items = within(trending).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['Tides', 'Café Culture']);
    expect(within(items[0]!).getByRole('img')).toHaveAccessibleName('6 articles this week, up from 1 a week');
    expect(items[0]).toHaveTextContent('+500%');
    expect(within(items[1]!).getByRole('img')).toHaveAccessibleName('3 articles this week, none in the weeks before');
    expect(items[1]).toHaveTextContent('New');
  });

  it('shows a topic on most articles once, apart, and every other topic with its count and line', async () => {
    renderApp('/topics');
    await h1('Topics');
    expect(screen.getByText(/On most articles/)).toHaveTextContent('News (29 articles)');
    // By count, then by name.
    expect(rowNames()).toEqual(['Tides', 'Harbour', 'Archive', 'Café Culture']);
    const harbourRow = rows()[1]!;
    expect(harbourRow).toHaveTextContent('15 articles');
    expect(within(harbourRow).getByRole('img')).toHaveAccessibleName('1 article this week, down from 1.3 a week');
    expect(within(rows()[2]!).getByRole('img')).toHaveAccessibleName('No articles this week or the weeks before');
  });

  it("lists a topic's latest headlines, one per story, newest first", async () => {
    renderApp('/topics');
    await h1('Topics');
    const tides = rows()[0]!;
    const list = await within(tides).findByRole('list', { name: 'Latest headlines' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Neap tide leaves boats aground', 'Spring tide floods the quay']);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/articles\/neap-tide-leaves-boats-aground-/));
    expect(list).toHaveTextContent('Ridge Daily');
  });

  it('narrows the list as you type, ignoring accents, keeps the filter in the address, and says when nothing matches', async () => {
    const { router } = renderApp('/topics');
    await h1('Topics');
    const box = screen.getByRole('searchbox', { name: 'Filter topics' });
    await userEvent.type(box, 'cafe');
    expect(rowNames()).toEqual(['Café Culture']);
    expect(screen.getByText('1 of 5 topics')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?filter=cafe'));

    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No topic matches “zzz”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search articles for “zzz”' })).toHaveAttribute('href', '/search?q=zzz');
    await userEvent.click(screen.getByRole('button', { name: 'show every topic' }));
    expect(rowNames()).toHaveLength(4);
    expect(box).toHaveValue('');
  });

  it('finds the topic on most articles by name too, though the list shows it apart', async () => {
    renderApp('/topics?filter=news');
    await h1('Topics');
    expect(rowNames()).toEqual(['News']);
    expect(screen.getByText('1 of 5 topics')).toBeInTheDocument();
    expect(screen.queryByText(/On most articles/)).not.toBeInTheDocument();
  });

  it('opens with the filter the address holds', async () => {
    renderApp('/topics?filter=TIDE');
    await h1('Topics');
    expect(screen.getByRole('searchbox', { name: 'Filter topics' })).toHaveValue('TIDE');
    expect(rowNames()).toEqual(['Tides']);
  });
});

describe("a topic's and a source's page", () => {
  it('says a topic is quiet rather than draw an empty chart when nothing of it is in the last 90 days', async () => {
    renderApp('/topics/archive');
    await h1('Archive');
    expect(screen.getByText('No articles in the last 90 days of the index.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Articles per day, last 90 days' })).not.toBeInTheDocument();
    expect(screen.getByText(/^First article/)).toHaveTextContent('First article 10 Nov 2024 · latest 12 Nov 2024');
  });

  it('heads a topic with its dates, its 90 days as a described chart, related topics and top sources', async () => {
    renderApp('/topics/tides');
    await h1('Tides');
    expect(screen.getByText(/^First article/)).toHaveTextContent('First article 12 Mar 2025 · latest 31 May 2025');
    const chart = screen.getByRole('img', { name: 'Articles per day, last 90 days' });
    expect(chart).toHaveAccessibleDescription('6 articles this week, up from 1 a week (last 90 days)');
    // News is on most articles: not a related topic.
    const related = screen.getByRole('list', { name: 'Related topics' });
    expect(within(related).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Harbour 3', '/topics/harbour'],
    ]);
    const sources = screen.getByRole('list', { name: 'Top sources' });
    expect(within(sources).getAllByRole('link').map((link) => link.textContent)).toEqual(['Harbour Post 15', 'Ridge Daily 2']);
  });

  it('heads a source with its top topics and no sources list', async () => {
    renderApp('/sources/ridge.example');
    await h1('Ridge Daily');
    const top = screen.getByRole('list', { name: 'Top topics' });
    expect(within(top).getAllByRole('link').map((link) => link.textContent)).toEqual(['Café Culture 3', 'Tides 2']);
    expect(screen.queryByRole('list', { name: 'Top sources' })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Articles per day, last 90 days' })).toHaveAccessibleDescription(
      '5 articles this week, none in the weeks before (last 90 days)',
    );
  });
});
