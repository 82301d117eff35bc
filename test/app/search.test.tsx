/**
 * The search page and the header's box over a fake Pagefind (helpers/
 * fake-pagefind.ts) on the test index: every designed state, paging, and
 * the keyboard. Real Pagefind runs in the end-to-end tests.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakePagefind, SEARCH_PATH } from './helpers/fake-pagefind';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const results = () => screen.getByRole('list', { name: 'Search results' });
const resultTitles = () =>
  within(results())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
const pathAndQuery = (router: ReturnType<typeof renderApp>['router']) =>
  `${router.state.location.pathname}${router.state.location.search}`;

describe('the search page', () => {
  it('without terms, invites a search and offers topics to start from, loading nothing of Pagefind', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    renderApp('/search');
    await h1('Search');
    expect(await screen.findByText(/Search the title and summary of every article/)).toBeVisible();
    const example = await screen.findByRole('link', { name: 'Space' });
    expect(example).toHaveAttribute('href', '/search?q=Space');
    expect(pagefind.imports).toEqual([]);
  });

  it('shows skeleton cards while Pagefind loads, then the results as the feed\'s cards with the terms marked', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    pagefind.hold();
    const { container } = renderApp('/search?q=alpha+chip');
    await h1('Search');
    await waitFor(() => expect(container.querySelector('[aria-busy="true"] .card--skeleton')).not.toBeNull());
    expect(screen.queryByText(/match “/)).toBeNull();
    act(() => pagefind.release());
    expect(await screen.findByText('1 article matches “alpha chip”')).toBeVisible();
    expect(pagefind.imports).toEqual([`http://localhost:3000/data/${SEARCH_PATH}pagefind.js`]);
    const card = within(results()).getByRole('article');
    expect(card).toHaveAttribute('data-published', pagefind.cards.find((c) => c.title === 'Alpha chips get faster')!.published);
    expect(card).toHaveAttribute('data-heat', '90');
    expect(card).toHaveAttribute('data-quality', '20');
    expect(within(card).getByRole('link', { name: 'Alpha chips get faster' })).toHaveAttribute('href', expect.stringMatching(/^\/articles\/alpha-chips-get-faster-/));
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Alpha', 'chips', 'Alpha', 'chips']);
    expect(screen.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('alpha chip');
  });

  it('keeps everything it loads under the index\'s query keys, in one family per search folder', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    const { queryClient } = renderApp('/search?q=solar');
    await screen.findByText('3 articles match “solar”');
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys.every((key) => key[0] === 'index')).toBe(true);
    const search = keys.filter((key) => key[1] === 'search');
    expect(search.map((key) => key.slice(0, 4))).toEqual(
      expect.arrayContaining([
        ['index', 'search', SEARCH_PATH, 'engine'],
        ['index', 'search', SEARCH_PATH, 'results'],
        ['index', 'search', SEARCH_PATH, 'records'],
      ]),
    );
    expect(search.every((key) => key[2] === SEARCH_PATH)).toBe(true);
  });

  it('shows one card per story, the others counted on its story line', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    renderApp('/search?q=solar+probe');
    expect(await screen.findByText('3 articles match “solar probe”')).toBeVisible();
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    expect(within(results()).getByRole('link', { name: /^\+2 more from / })).toBeVisible();
  });

  it('filters by topic, source and type with counts, in the address; a chosen filter can be removed', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    const { router } = renderApp('/search?q=excerpt');
    expect(await screen.findByText('8 articles match “excerpt”')).toBeVisible();
    const topics = screen.getByRole('list', { name: 'Topic' });
    // Names from the topics shard.
    await waitFor(() =>
      expect(within(topics).getAllByRole('link').map((link) => link.textContent)).toEqual(['Space 3', 'AI 2', 'Cloud 2', 'Hardware 2']),
    );
    expect(within(screen.getByRole('list', { name: 'Type' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['Articles 7', 'Videos 1']);
    await userEvent.click(within(topics).getByRole('link', { name: 'Hardware 2' }));
    expect(await screen.findByText('2 articles match “excerpt”')).toBeVisible();
    expect(pathAndQuery(router)).toBe('/search?q=excerpt&topic=hardware');
    // Focus stays in the filter, on the chip that now stands for it.
    expect(screen.getByRole('link', { name: 'Hardware: remove this filter' })).toHaveFocus();
    expect(pagefind.searches.at(-1)?.options).toEqual({ filters: { topic: ['hardware'] } });
    await waitFor(() => expect(resultTitles()).toEqual(['Alpha chips get faster', 'Delta video explains GPUs']));
    // Source names come from the cards.
    const sources = screen.getByRole('list', { name: 'Source' });
    expect(within(sources).getAllByRole('link').map((link) => link.textContent)).toEqual(['Alpha News 1', 'Beta Daily 1']);
    await userEvent.click(within(sources).getByRole('link', { name: 'Alpha News 1' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=excerpt&topic=hardware&source=alpha.example.com'));
    expect(await screen.findByText('1 article matches “excerpt”')).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Hardware: remove this filter' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=excerpt&source=alpha.example.com'));
    expect(await screen.findByText('2 articles match “excerpt”')).toBeVisible();
    await waitFor(() => expect(resultTitles()).toEqual(['Alpha chips get faster', 'Gamma model tops benchmark']));
  });

  it('sorts by relevance, hot or newest through the address', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    const { router } = renderApp('/search?q=excerpt');
    await screen.findByText('8 articles match “excerpt”');
    const sorts = screen.getByRole('navigation', { name: 'Sort results' });
    expect(within(sorts).getByRole('link', { name: 'Relevance' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(within(sorts).getByRole('link', { name: 'Newest' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=excerpt&sort=newest'));
    await waitFor(() => expect(pagefind.searches.at(-1)?.options).toEqual({ filters: {}, sort: { newest: 'asc' } }));
    await waitFor(() => expect(resultTitles()[0]).toBe('Orbital lab\'s solar probe launch: what we know'));
    expect(within(sorts).getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
  });

  it('with no match, says so and offers to drop the filter', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    renderApp('/search?q=benchmark&topic=space');
    expect(await screen.findByRole('heading', { level: 2, name: 'No articles match “benchmark”' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Remove the filter Space' })).toHaveAttribute('href', '/search?q=benchmark');
    expect(screen.getByText(/Check the spelling/)).toBeVisible();
    expect(screen.getByText('0 articles match “benchmark”')).toBeVisible();
  });

  it('when the search files fail, says so, and Retry loads them', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    pagefind.fail();
    renderApp('/search?q=gamma');
    expect(await screen.findByRole('heading', { level: 2, name: 'Search could not load' })).toBeVisible();
    pagefind.fail(false);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1 article matches “gamma”')).toBeVisible();
    // A failed module import may stay failed for its address: the retry asks anew.
    expect(pagefind.imports).toHaveLength(2);
    expect(new Set(pagefind.imports).size).toBe(2);
  });

  it('says search is unavailable when the index has none, and loads nothing for it', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    server.rewriteManifest(({ search: _, ...manifest }) => manifest);
    renderApp('/search?q=gamma');
    expect(await screen.findByRole('heading', { level: 2, name: 'Search is not available' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse topics' })).toBeVisible();
    expect(pagefind.imports).toEqual([]);
  });

  it('loads 20 results at a time, and only the records it shows', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server, { padding: 45 });
    renderApp('/search?q=padding');
    expect(await screen.findByText('45 articles match “padding”')).toBeVisible();
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(20));
    expect(pagefind.loaded).toHaveLength(20);
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(40));
    expect(pagefind.loaded).toHaveLength(40);
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(45));
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('a new search from the page box keeps filters and sort; Back returns to the previous one', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    const { router } = renderApp('/search?q=excerpt&topic=space&sort=hot');
    await screen.findByText('3 articles match “excerpt”');
    const box = screen.getByRole('searchbox', { name: 'Search terms' });
    await userEvent.clear(box);
    await userEvent.type(box, 'launch{Enter}');
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=launch&topic=space&sort=hot'));
    expect(await screen.findByText('2 articles match “launch”')).toBeVisible();
    await act(() => router.navigate(-1));
    expect(await screen.findByText('3 articles match “excerpt”')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('excerpt');
  });
});

describe('the header search box', () => {
  it('is on every page; "/" focuses it, but not while typing in a field or with a modifier', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(pagefind.imports).toEqual([]);
    await userEvent.keyboard('{Control>}/{/Control}');
    expect(box).not.toHaveFocus();
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    // Focus starts loading Pagefind, before the first key.
    await waitFor(() => expect(pagefind.imports).toHaveLength(1));
    await userEvent.type(box, 'a/b');
    expect(box).toHaveValue('a/b');
  });

  it('shows matches as you type; arrows choose one, Enter opens it', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    const { router } = renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'orbital');
    const list = await screen.findByRole('listbox', { name: 'Top matches' });
    const options = within(list).getAllByRole('option');
    // One story, one row.
    expect(options).toHaveLength(1);
    expect(options[0]!.querySelector('mark')?.textContent).toBe('Orbital');
    expect(options[0]).toHaveTextContent(/Orbit Times ·/);
    // Debounced: one search for the whole word, not one per key.
    expect(pagefind.searches.map((s) => s.term)).toEqual(['orbital']);
    expect(screen.getByRole('link', { name: 'See all 3 results' })).toHaveAttribute('href', '/search?q=orbital');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await h1(options[0]!.querySelector('.live-search__title')!.textContent!);
    expect(router.state.location.pathname).toMatch(/^\/articles\//);
    expect(box).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('Enter with no match chosen opens the search page for the terms', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    const { router } = renderApp('/topics');
    await h1('Topics');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'cloud bill{Enter}');
    await h1('Search');
    expect(pathAndQuery(router)).toBe('/search?q=cloud+bill');
    expect(await screen.findByText('1 article matches “cloud bill”')).toBeVisible();
  });

  it('Escape closes the popup, a second Escape clears the box and leaves it', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'gamma');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveValue('gamma');
    expect(box).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).not.toHaveFocus();
  });

  it('says when nothing matches', async () => {
    const server = await serveIndex();
    await fakePagefind(server);
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzq');
    expect(await screen.findByText('No articles match “zzzq”.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /^See all/ })).toBeNull();
  });

  it('says when search could not load', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    pagefind.fail();
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'gamma');
    expect(await screen.findByText(/^Search could not load/)).toBeVisible();
  });

  it('says when search is not part of this index', async () => {
    const server = await serveIndex();
    const pagefind = await fakePagefind(server);
    server.rewriteManifest(({ search: _, ...manifest }) => manifest);
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'gamma');
    expect(await screen.findByText('Search is not available for this edition of the news.')).toBeVisible();
    expect(pagefind.imports).toEqual([]);
  });
});
