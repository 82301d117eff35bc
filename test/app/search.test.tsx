/**
 * The search page and the header's box over the real search index of the
 * test corpus (written by the CLI, read by the reader's engine through the
 * mocked fetch): every designed state, filters and their counts, sorts,
 * paging, the keyboard, and which search files each step downloads.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Card, CardIndexShard, CardsShard, Manifest } from '../../src/shared/index-schema';
import { DOC_CHUNK, searchFiles } from '../../src/shared/search';
import { sortItems } from '../../src/shared/sort-order';
import type { Entry } from './helpers/corpus';
import { buildCorpus, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

type Server = Awaited<ReturnType<typeof serveIndex>>;

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const results = () => screen.getByRole('list', { name: 'Search results' });
const resultTitles = () =>
  within(results())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);
const chips = (group: string) =>
  within(screen.getByRole('list', { name: group }))
    .getAllByRole('link')
    .map((link) => link.textContent);
const pathAndQuery = (router: ReturnType<typeof renderApp>['router']) =>
  `${router.state.location.pathname}${router.state.location.search}`;

/** The files read from the search folder, by their names in it, in the order asked. */
const searchReads = (server: Server) =>
  server.requested.filter((file) => file.startsWith('search/')).map((file) => file.replace(/^search\/[^/]+\//, ''));
const isSearchFile = (file: string) => file.startsWith('search/');
const searchPathOf = async (server: Server) => (await server.readJson<Manifest>('manifest.json')).search!.path;

async function cardsOf(server: Server): Promise<Card[]> {
  const manifest = await server.readJson<Manifest>('manifest.json');
  const { chunks } = await server.readJson<CardIndexShard>(manifest.cards);
  return (await Promise.all(chunks.map((chunk) => server.readJson<CardsShard>(chunk)))).flatMap((shard) => shard.cards);
}

// A corpus with volume: 45 articles share "harbour" (a term frequent enough
// for postings and counts files of its own, and more than two pages), 60
// excerpts of made-up words all starting "pa" (a term bucket too big for one
// file), three articles on a strike whose relevance, heat and date orders
// differ, and articles in French, German and English with accents.
const SYLLABLES = ['ba', 'ko', 'ri', 'tu', 'pe', 'lo', 'mi', 'su', 'de', 'na', 'vo', 'gu', 'fe', 'ji', 'ho', 'za'];
/** A made-up word per number: no language's stemmer or stop list knows it. */
const madeUp = (n: number, syllables = 3) => Array.from({ length: syllables }, (_, k) => SYLLABLES[Math.floor(n / 16 ** k) % 16]).join('');
const paWords = (n: number) => Array.from({ length: 34 }, (_, k) => `pa${madeUp(n * 34 + k)}`).join(' ');
const hour = (start: string, hours: number) => new Date(Date.parse(start) + hours * 3_600_000).toISOString();

const harbour: Entry[] = Array.from({ length: 45 }, (_, i) => ({
  file: `harbour-${i}.md`,
  title: `Harbour ${madeUp(2 * i)} ${madeUp(2 * i + 1)}`,
  url: `https://port${i % 2}.example.com/harbour-${i}`,
  published: hour('2024-05-01T00:00:00Z', i),
  heat: (i * 37) % 100,
  topics: [i % 5 < 3 ? 'Ports' : 'Weather', ...(i % 4 === 0 ? ['Shipping'] : [])],
  provider: [`Port Desk ${i % 2}`, `port${i % 2}.example.com`],
  excerpt: paWords(i),
}));
const quay: Entry[] = Array.from({ length: 15 }, (_, i) => ({
  file: `quay-${i}.md`,
  title: `Quay ${madeUp(200 + i)}`,
  url: `https://quay.example.com/${i}`,
  published: hour('2024-04-10T00:00:00Z', i),
  topics: ['Ports'],
  provider: ['Quay Post', 'quay.example.com'],
  excerpt: paWords(45 + i),
}));
const strike: Entry[] = [
  { file: 'strike-a.md', title: 'Dock strike ends after talks', excerpt: 'Unions and owners agree on pay.', url: 'https://labour.example.com/a', published: '2024-04-01T09:00:00Z', heat: 10, topics: ['Labour'], provider: ['Labour Wire', 'labour.example.com'] },
  { file: 'strike-b.md', title: 'Cranes idle at the terminal', excerpt: 'A strike left ships waiting.', url: 'https://labour.example.com/b', published: '2024-04-03T09:00:00Z', heat: 20, topics: ['Ports'], provider: ['Labour Wire', 'labour.example.com'] },
  { file: 'strike-c.md', title: 'Pilots walk out at dawn', excerpt: 'Ships queue while pilots strike.', url: 'https://sea.example.net/c', published: '2024-04-02T09:00:00Z', heat: 95, topics: ['Labour', 'Ports'], provider: ['Sea Times', 'sea.example.net'] },
];
const languages: Entry[] = [
  { file: 'fr.md', title: 'Les écoles de Paris rouvrent leurs portes', excerpt: 'Les élèves reprennent les cours lundi, et les journaux saluent la rentrée.', url: 'https://paris.example.fr/ecoles', published: '2024-03-20T08:00:00Z', topics: ['Education'], provider: ['Paris Matin', 'paris.example.fr'] },
  { file: 'de.md', title: 'Schulen in Berlin öffnen wieder', excerpt: 'Die Schüler kehren am Montag zurück, und die Lehrer sind bereit.', url: 'https://berlin.example.de/schulen', published: '2024-03-20T09:00:00Z', topics: ['Education'], provider: ['Berliner Blatt', 'berlin.example.de'] },
  { file: 'en.md', title: 'Résumé writing tips for graduates', excerpt: 'How to write a résumé that gets read.', url: 'https://careers.example.com/resume', published: '2024-03-20T10:00:00Z', topics: ['Careers'], provider: ['Career Post', 'careers.example.com'] },
];

let volume: Promise<string> | undefined;
/** The index served from the corpus with volume instead of the small one. */
async function serveVolume() {
  const server = await serveIndex();
  server.serveFrom(await (volume ??= buildCorpus([...harbour, ...quay, ...strike, ...languages])));
  return server;
}

describe('the search page', () => {
  it('without terms, invites a search and offers topics to start from, downloading nothing of search', async () => {
    const server = await serveIndex();
    renderApp('/search');
    await h1('Search');
    expect(await screen.findByText(/Search the title and summary of every article/)).toBeVisible();
    const example = await screen.findByRole('link', { name: 'Space' });
    expect(example).toHaveAttribute('href', '/search?q=Space');
    expect(searchReads(server)).toEqual([]);
  });

  it('shows skeleton cards while the search files load, then the results as the feed\'s cards with the terms marked', async () => {
    const server = await serveIndex();
    const release = server.hold(isSearchFile);
    const { container } = renderApp('/search?q=alpha+chip');
    await h1('Search');
    await waitFor(() => expect(container.querySelector('[aria-busy="true"] .card--skeleton')).not.toBeNull());
    expect(screen.queryByText(/match “/)).toBeNull();
    release();
    expect(await screen.findByText('1 article matches “alpha chip”')).toBeVisible();
    const card = await within(results()).findByRole('article');
    const expected = (await cardsOf(server)).find((c) => c.title === 'Alpha chips get faster')!;
    expect(card).toHaveAttribute('data-published', expected.published);
    expect(card).toHaveAttribute('data-heat', '90');
    expect(card).toHaveAttribute('data-quality', '20');
    expect(within(card).getByRole('link', { name: 'Alpha chips get faster' })).toHaveAttribute('href', expect.stringMatching(/^\/articles\/alpha-chips-get-faster-/));
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Alpha', 'chips', 'Alpha', 'chips']);
    expect(screen.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('alpha chip');
    // Its two words' term buckets and the file of its card; rare terms keep their postings in the bucket.
    expect(searchReads(server)).toEqual(
      expect.arrayContaining([searchFiles.bucket('al'), searchFiles.bucket('ch')]),
    );
    expect(searchReads(server).filter((file) => file.startsWith('d/'))).toHaveLength(1);
    // The manifest says what meta.json would: opening the index reads no file.
    expect(searchReads(server)).not.toContain(searchFiles.meta);
    expect(searchReads(server).filter((file) => file.startsWith('p/'))).toEqual([]);
  });

  it('keeps everything it loads under the index\'s query keys, in one family per search folder', async () => {
    const server = await serveIndex();
    const searchPath = await searchPathOf(server);
    const { queryClient } = renderApp('/search?q=solar');
    await screen.findByText('3 articles match “solar”');
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    await waitFor(() => expect(queryClient.getQueryCache().getAll().every((query) => query.state.status !== 'pending')).toBe(true));
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys.every((key) => key[0] === 'index')).toBe(true);
    const search = keys.filter((key) => key[1] === 'search');
    expect(search.map((key) => key.slice(0, 4))).toEqual(
      expect.arrayContaining([
        ['index', 'search', searchPath, 'engine'],
        ['index', 'search', searchPath, 'results'],
        ['index', 'search', searchPath, 'counts'],
        ['index', 'search', searchPath, 'records'],
      ]),
    );
    expect(search.every((key) => key[2] === searchPath)).toBe(true);
  });

  it('shows one card per story, the others counted on its story line', async () => {
    await serveIndex();
    renderApp('/search?q=solar+probe');
    expect(await screen.findByText('3 articles match “solar probe”')).toBeVisible();
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    expect(within(results()).getByRole('link', { name: /^\+2 more from / })).toBeVisible();
  });

  it('filters by topic, source and type with counts, in the address; a chosen filter can be removed', async () => {
    await serveIndex();
    const { router } = renderApp('/search?q=excerpt');
    expect(await screen.findByText('8 articles match “excerpt”')).toBeVisible();
    // The counts come after the results; names from the topics shard.
    await waitFor(() => expect(chips('Topic')).toEqual(['Space 3', 'AI 2', 'Cloud 2', 'Hardware 2']));
    expect(chips('Type')).toEqual(['Articles 7', 'Videos 1']);
    await userEvent.click(within(screen.getByRole('list', { name: 'Topic' })).getByRole('link', { name: 'Hardware 2' }));
    expect(await screen.findByText('2 articles match “excerpt”')).toBeVisible();
    expect(pathAndQuery(router)).toBe('/search?q=excerpt&topic=hardware');
    // Focus stays in the filter, on the chip that now stands for it.
    expect(screen.getByRole('link', { name: 'Hardware: remove this filter' })).toHaveFocus();
    // Equally relevant: the newer first.
    await waitFor(() => expect(resultTitles()).toEqual(['Delta video explains GPUs', 'Alpha chips get faster']));
    // Chips name the outlet, as the index keeps it beside the domain.
    await waitFor(() => expect(chips('Source')).toEqual(['Alpha News 1', 'Beta Daily 1']));
    await userEvent.click(within(screen.getByRole('list', { name: 'Source' })).getByRole('link', { name: 'Alpha News 1' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=excerpt&topic=hardware&source=alpha.example.com'));
    expect(await screen.findByText('1 article matches “excerpt”')).toBeVisible();
    await waitFor(() => expect(resultTitles()).toEqual(['Alpha chips get faster']));
    await userEvent.click(screen.getByRole('link', { name: 'Hardware: remove this filter' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=excerpt&source=alpha.example.com'));
    expect(await screen.findByText('2 articles match “excerpt”')).toBeVisible();
    await waitFor(() => expect(resultTitles()).toEqual(['Gamma model tops benchmark', 'Alpha chips get faster']));
  });

  it('counts a frequent word from its own counts file, and several words from the filter blocks of their matches', async () => {
    const server = await serveVolume();
    const { unmount } = renderApp('/search?q=harbour');
    expect(await screen.findByText('45 articles match “harbour”')).toBeVisible();
    const tally = (values: string[]) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([value, n]) => `${value} ${n}`);
    };
    await waitFor(() => expect(chips('Topic')).toEqual(tally(harbour.flatMap((entry) => entry.topics))));
    expect(chips('Source')).toEqual(tally(harbour.map((entry) => entry.provider[0])));
    // Every result is an article: a filter that would keep them all is not offered.
    expect(screen.queryByRole('list', { name: 'Type' })).toBeNull();
    expect(searchReads(server)).toContain(searchFiles.counts('harbour'));
    expect(searchReads(server).filter((file) => /^c\/\d+\.json$/.test(file))).toEqual([]);
    unmount();

    renderApp('/search?q=ships+strike');
    expect(await screen.findByText('2 articles match “ships strike”')).toBeVisible();
    await waitFor(() => expect(chips('Source')).toEqual(['Labour Wire 1', 'Sea Times 1']));
    expect(chips('Topic')).toEqual(['Labour 1']);
    expect(searchReads(server)).toContain(searchFiles.facets(0));
  });

  it('sorts by relevance, hot or newest through the address, reading the hot order only for Hot', async () => {
    const server = await serveVolume();
    const { router } = renderApp('/search?q=strike');
    await screen.findByText('3 articles match “strike”');
    const sorts = screen.getByRole('navigation', { name: 'Sort results' });
    expect(within(sorts).getByRole('link', { name: 'Relevance' })).toHaveAttribute('aria-current', 'page');
    // In a title first; then, equally relevant, the newer.
    const relevance = ['Dock strike ends after talks', 'Cranes idle at the terminal', 'Pilots walk out at dawn'];
    await waitFor(() => expect(resultTitles()).toEqual(relevance));
    expect(searchReads(server).filter((file) => file.startsWith('h/'))).toEqual([]);

    await userEvent.click(within(sorts).getByRole('link', { name: 'Hot' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=strike&sort=hot'));
    const found = (await cardsOf(server)).filter((card) => strike.some((entry) => entry.title === card.title));
    const hot = sortItems(found, 'hot').map((card) => card.title);
    expect(hot).not.toEqual(relevance);
    await waitFor(() => expect(resultTitles()).toEqual(hot));
    expect(searchReads(server)).toContain(searchFiles.hot(0));

    await userEvent.click(within(sorts).getByRole('link', { name: 'Newest' }));
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=strike&sort=newest'));
    await waitFor(() => expect(resultTitles()).toEqual(['Cranes idle at the terminal', 'Pilots walk out at dawn', 'Dock strike ends after talks']));
    expect(within(sorts).getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
  });

  it('with no match, says so and offers to drop the filters', async () => {
    await serveIndex();
    const { unmount } = renderApp('/search?q=benchmark&topic=space');
    expect(await screen.findByRole('heading', { level: 2, name: 'No articles match “benchmark”' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Remove the filter Space' })).toHaveAttribute('href', '/search?q=benchmark');
    expect(screen.getByText(/Check the spelling/)).toBeVisible();
    expect(screen.getByText('0 articles match “benchmark”')).toBeVisible();
    expect(screen.queryByRole('link', { name: /^Remove every filter/ })).toBeNull();
    unmount();

    renderApp('/search?q=benchmark&topic=space&type=video&sort=newest');
    expect(await screen.findByRole('link', { name: 'Remove every filter (1 match)' })).toHaveAttribute('href', '/search?q=benchmark&sort=newest');
    expect(screen.getByRole('link', { name: 'Remove the filter Videos' })).toHaveAttribute('href', '/search?q=benchmark&topic=space&sort=newest');
  });

  /** Opens "gamma" with the files `failing` picks failing, then heals them and presses Retry; how often its bucket was read before Retry. */
  async function failThenRetry(failing: (file: string) => boolean) {
    const server = await serveIndex();
    server.fail(failing);
    renderApp('/search?q=gamma');
    expect(await screen.findByRole('heading', { level: 2, name: 'Search could not load' })).toBeVisible();
    const failed = searchReads(server).filter((file) => file === searchFiles.bucket('ga')).length;
    server.heal();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('1 article matches “gamma”')).toBeVisible();
    return { server, failed };
  }

  it('when the search files fail, says so, and Retry loads them', async () => {
    const { server, failed } = await failThenRetry(isSearchFile);
    await waitFor(() => expect(resultTitles()).toEqual(['Gamma model tops benchmark']));
    // A failed file is asked for anew, not remembered as failed.
    expect(searchReads(server).filter((file) => file === searchFiles.bucket('ga'))).toHaveLength(failed + 1);
  });

  it('when a term file fails after search opened, Retry asks for that file again and nothing already read', async () => {
    const { server, failed } = await failThenRetry((file) => /^search\/[^/]+\/t\//.test(file));
    const reads = searchReads(server);
    expect(reads.filter((file) => file === searchFiles.bucket('ga'))).toHaveLength(failed + 1);
    expect(reads.filter((file) => file.startsWith('d/'))).toHaveLength(1);
  });

  it('when the cards of the results fail, keeps the count and offers Retry for them', async () => {
    const server = await serveIndex();
    server.fail((file) => /^search\/[^/]+\/d\//.test(file));
    renderApp('/search?q=solar');
    expect(await screen.findByText('3 articles match “solar”')).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Some stories could not be loaded/);
    server.heal();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says search is unavailable when the index has none, and downloads nothing of it', async () => {
    const server = await serveIndex();
    server.rewriteManifest(({ search: _, ...manifest }) => manifest);
    renderApp('/search?q=gamma');
    expect(await screen.findByRole('heading', { level: 2, name: 'Search is not available' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse topics' })).toBeVisible();
    expect(searchReads(server)).toEqual([]);
  });

  it('loads 20 results at a time, and only the files of the cards it shows', async () => {
    const server = await serveVolume();
    renderApp('/search?q=harbour');
    expect(await screen.findByText('45 articles match “harbour”')).toBeVisible();
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(20));
    // Equally relevant, so newest first: the 20 newest, in the first files of DOC_CHUNK cards.
    expect(resultTitles()).toEqual(harbour.slice(25).reverse().map((entry) => entry.title));
    const cardFiles = () => new Set(searchReads(server).filter((file) => file.startsWith('d/')));
    const filesOfFirst = (n: number) => new Set(Array.from({ length: Math.ceil(n / DOC_CHUNK) }, (_, chunk) => searchFiles.docs(chunk)));
    expect(cardFiles()).toEqual(filesOfFirst(20));
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(40));
    expect(cardFiles()).toEqual(filesOfFirst(40));
    // Focus goes to the first card the click added.
    await waitFor(() => expect(within(results()).getAllByRole('article')[20]!.querySelector('h2 a')).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(45));
    expect(resultTitles().at(-1)).toBe(harbour[0]!.title);
    expect(screen.queryByRole('button', { name: 'Show more results' })).toBeNull();
    expect(cardFiles()).toEqual(filesOfFirst(45));
  });

  it('a new search from the page box keeps filters and sort; Back returns to the previous one', async () => {
    await serveIndex();
    const { router } = renderApp('/search?q=excerpt&topic=space&sort=hot');
    await screen.findByText('3 articles match “excerpt”');
    const box = screen.getByRole('searchbox', { name: 'Search terms' });
    await userEvent.clear(box);
    await userEvent.type(box, 'launch{Enter}');
    await waitFor(() => expect(pathAndQuery(router)).toBe('/search?q=launch&topic=space&sort=hot'));
    expect(await screen.findByText('2 articles match “launch”')).toBeVisible();
    await router.navigate(-1);
    expect(await screen.findByText('3 articles match “excerpt”')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search terms' })).toHaveValue('excerpt');
  });
});

describe('what a search finds', () => {
  const count = (q: string) => screen.findByText(new RegExp(`^\\d+ articles? match(es)? “${q}”$`));

  it('a word by the start of it, as the last word typed', async () => {
    await serveVolume();
    renderApp('/search?q=harb');
    expect(await screen.findByText('45 articles match “harb”')).toBeVisible();
  });

  it('a made-up word among thousands that share its first letters', async () => {
    const server = await serveVolume();
    // Not one of the most frequent: it is one level deeper than the shared bucket.
    const word = `pa${madeUp(17 * 34 + 20)}`;
    renderApp(`/search?q=${word}`);
    expect(await screen.findByText(`1 article matches “${word}”`)).toBeVisible();
    await waitFor(() => expect(resultTitles()).toEqual([harbour[17]!.title]));
    expect(searchReads(server)).toEqual(expect.arrayContaining([searchFiles.bucket('pa'), searchFiles.bucket(word.slice(0, 3))]));
  });

  it.each([
    ['ecoles', 'Les écoles de Paris rouvrent leurs portes'],
    ['école', 'Les écoles de Paris rouvrent leurs portes'],
    ['eleves paris', 'Les écoles de Paris rouvrent leurs portes'],
    ['schule', 'Schulen in Berlin öffnen wieder'],
    ['offnen schuler', 'Schulen in Berlin öffnen wieder'],
    ['resume', 'Résumé writing tips for graduates'],
    ['writing resume', 'Résumé writing tips for graduates'],
    ['resume writing', 'Résumé writing tips for graduates'],
  ])('a word in its language, with or without its accents, in another form: “%s”', async (q, title) => {
    await serveVolume();
    renderApp(`/search?q=${encodeURIComponent(q)}`);
    expect(await count(q)).toHaveTextContent(`1 article matches “${q}”`);
    await waitFor(() => expect(resultTitles()).toEqual([title]));
  });

  it('marks the word it found, in the form the article has it', async () => {
    await serveVolume();
    renderApp('/search?q=journal');
    expect(await screen.findByText('1 article matches “journal”')).toBeVisible();
    const card = await within(results()).findByRole('article');
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['journaux']);
  });

  it.each([
    ['the harbour', '45 articles match'],
    ['les écoles', '1 article matches'],
    ['die schulen', '1 article matches'],
  ])('leaves out the little words of each language, even where the index holds several: “%s”', async (q, found) => {
    await serveVolume();
    renderApp(`/search?q=${encodeURIComponent(q)}`);
    expect(await count(q)).toHaveTextContent(`${found} “${q}”`);
  });

  it('nothing for words too short or too common to search, without reading a term file', async () => {
    const server = await serveIndex();
    for (const q of ['the of and', 'a']) {
      const { unmount } = renderApp(`/search?q=${encodeURIComponent(q)}`);
      expect(await screen.findByRole('heading', { level: 2, name: `No articles match “${q}”` })).toBeVisible();
      unmount();
    }
    expect(searchReads(server).filter((file) => file.startsWith('t/'))).toEqual([]);
  });

  it('nothing for a word no term starts like, also where the host answers a missing file with the app\'s page', async () => {
    const server = await serveIndex();
    // Hosts that serve a single-page app answer any unknown path with its index.html, status 200.
    server.fail((file) => !existsSync(path.join(server.outDir, file)), { status: 200, body: '<!doctype html><html><body><div id="root"></div></body></html>' });
    renderApp('/search?q=zqxjvw');
    expect(await screen.findByRole('heading', { level: 2, name: 'No articles match “zqxjvw”' })).toBeVisible();
  });

  it('in an index of one article, finds it, with no filter to narrow it', async () => {
    const server = await serveIndex();
    server.serveFrom(await buildCorpus([strike[0]!]));
    renderApp('/search?q=dock');
    expect(await screen.findByText('1 article matches “dock”')).toBeVisible();
    await waitFor(() => expect(resultTitles()).toEqual(['Dock strike ends after talks']));
    expect(screen.queryByRole('list', { name: 'Topic' })).toBeNull();
  });

  it('in an index of no article, finds nothing, and says so', async () => {
    const server = await serveIndex();
    server.serveFrom(await buildCorpus([]));
    renderApp('/search?q=dock');
    expect(await screen.findByRole('heading', { level: 2, name: 'No articles match “dock”' })).toBeVisible();
  });
});

describe('the header search box', () => {
  it('is on every page; "/" focuses it, but not while typing in a field or with a modifier', async () => {
    const server = await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(searchReads(server)).toEqual([]);
    await userEvent.keyboard('{Control>}/{/Control}');
    expect(box).not.toHaveFocus();
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
    // Focus loads the search code before the first key; the manifest says what the index's meta.json would, so no file is read yet.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(searchReads(server)).toEqual([]);
    await userEvent.type(box, 'a/b');
    expect(box).toHaveValue('a/b');
  });

  it('shows matches as you type; arrows choose one, Enter opens it', async () => {
    await serveIndex();
    const { router, container } = renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(box, 'orbital');
    await waitFor(() => expect(container.querySelector('.live-search__panel')).toHaveAttribute('aria-busy', 'false'));
    const list = screen.getByRole('listbox', { name: 'Top matches' });
    expect(screen.getByRole('link', { name: 'See all 3 results' })).toHaveAttribute('href', '/search?q=orbital');
    const options = within(list).getAllByRole('option');
    // One story, one row: its newest article, as all three are equally relevant.
    expect(options).toHaveLength(1);
    expect(options[0]!.querySelector('mark')?.textContent).toBe('Orbital');
    expect(options[0]).toHaveTextContent(/Launch Daily ·/);
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

  it('searches as keys are typed; those typed while a search runs wait for it, then only the newest text is searched', async () => {
    const server = await serveIndex();
    const { queryClient, container } = renderApp('/');
    await h1('Hot stories');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    const release = server.hold((file) => /^search\/[^/]+\/t\//.test(file));
    await userEvent.type(box, 'orb');
    await waitFor(() => expect(searchReads(server)).toContain(searchFiles.bucket('or')));
    await userEvent.type(box, 'ital');
    /** The texts whose search has started. */
    const searched = () =>
      queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.queryKey[3] === 'results' && (query.state.fetchStatus !== 'idle' || query.state.dataUpdateCount > 0))
        .map((query) => (query.queryKey[4] as { q: string }).q);
    expect(searched().filter((q) => q.length > 3)).toEqual([]);
    expect(screen.getByText('Searching…')).toBeVisible();
    release();
    // The rows are the box's text's once the panel is no longer busy.
    await waitFor(() => expect(container.querySelector('.live-search__panel')).toHaveAttribute('aria-busy', 'false'));
    expect(screen.getByRole('link', { name: 'See all 3 results' })).toHaveAttribute('href', '/search?q=orbital');
    // "orbi" … "orbita" were typed while "orb" was searched: none of them ever was.
    expect(searched().filter((q) => q.length > 3)).toEqual(['orbital']);
    expect(within(screen.getByRole('listbox', { name: 'Top matches' })).getAllByRole('option')).toHaveLength(1);
  });

  it('reads no filter blocks, counts or hot order, however common the word', async () => {
    const server = await serveVolume();
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'harbour');
    await waitFor(() => expect(within(screen.getByRole('listbox', { name: 'Top matches' })).getAllByRole('option')).toHaveLength(6));
    expect(screen.getByRole('link', { name: 'See all 45 results' })).toHaveAttribute('href', '/search?q=harbour');
    expect(searchReads(server).filter((file) => /^(c|k|h)\//.test(file))).toEqual([]);
  });

  it('Enter with no match chosen opens the search page for the terms', async () => {
    await serveIndex();
    const { router } = renderApp('/topics');
    await h1('Topics');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'cloud bill{Enter}');
    await h1('Search');
    expect(pathAndQuery(router)).toBe('/search?q=cloud+bill');
    expect(await screen.findByText('1 article matches “cloud bill”')).toBeVisible();
  });

  it('Escape closes the popup, a second Escape clears the box and leaves it', async () => {
    await serveIndex();
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
    await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzq');
    expect(await screen.findByText('No articles match “zzzq”.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /^See all/ })).toBeNull();
  });

  it('says when search could not load', async () => {
    const server = await serveIndex();
    server.fail(isSearchFile);
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'gamma');
    expect(await screen.findByText(/^Search could not load/)).toBeVisible();
  });

  it('says when search is not part of this index', async () => {
    const server = await serveIndex();
    server.rewriteManifest(({ search: _, ...manifest }) => manifest);
    renderApp('/');
    await h1('Hot stories');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'gamma');
    expect(await screen.findByText('Search is not available for this edition of the news.')).toBeVisible();
    expect(searchReads(server)).toEqual([]);
  });
});
