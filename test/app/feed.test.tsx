import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const cards = () => screen.getAllByRole('article');
const attr = (name: string) => cards().map((card) => card.getAttribute(name));
const titles = () => cards().map((card) => within(card).getByRole('heading').textContent);
const sortNav = () => screen.getByRole('navigation', { name: 'Sort stories' });
const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('feed', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('is sorted Hot by default, one entry per story, at a clean URL', async () => {
    const { router } = renderApp('/');
    expect(await h1('Hot stories')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    // The three articles about the probe launch are one entry, shown by its lead.
    expect(titles()).toEqual([
      'Orbital lab launches solar probe',
      'Gamma model tops benchmark',
      'Delta video explains GPUs',
      'Beta cloud bill shrinks',
      'Alpha chips get faster',
      '<img src=x onerror=alert(1)>',
    ]);
    const hot = within(sortNav()).getByRole('link', { name: 'Hot' });
    expect(hot).toHaveAttribute('aria-current', 'page');
    expect(hot).toHaveAttribute('href', '/');
    expect(within(sortNav()).getAllByRole('link').map((link) => link.textContent)).toEqual(['Hot', 'Heat', 'Quality', 'Newest']);
    // A score is shown only on the sort it ranks by.
    for (const card of cards()) expect(within(card).queryByRole('definition')).toBeNull();
  });

  it('says how many stories and articles it holds', async () => {
    renderApp('/');
    await h1('Hot stories');
    expect(screen.getByText('6 stories · 8 articles from 5 sources')).toBeInTheDocument();
  });

  it('a story card names the other outlets and links to the story', async () => {
    renderApp('/');
    await h1('Hot stories');
    const card = cards()[0]!;
    const more = within(card).getByRole('link', { name: /^\+2 more from / });
    expect(more.textContent).toMatch(/^\+2 more from (Space Desk and Launch Daily|Launch Daily and Space Desk)$/);
    expect(more).toHaveAttribute('href', `/stories/${card.dataset.story}`);
    // The newest article of the story came seven hours after the lead.
    const latest = within(card).getByText(/latest/).querySelector('time');
    expect(latest).toHaveAttribute('datetime', '2024-03-06T15:00:00.000Z');
    expect(cards().slice(1).every((other) => !other.dataset.story)).toBe(true);
    const first = within(card);
    expect(first.getByRole('link', { name: 'Orbital lab launches solar probe' })).toHaveAttribute('href', expect.stringMatching(/^\/articles\//));
    expect(first.getByRole('link', { name: 'Orbit Times' })).toHaveAttribute('href', '/sources/orbit.example.com');
    expect(first.getByRole('link', { name: 'Space' })).toHaveAttribute('href', '/topics/space');
    expect(card.querySelector('time')).toHaveAttribute('datetime', '2024-03-06T08:00:00.000Z');
  });

  it('explains each sort behind "How is this ranked?"', async () => {
    renderApp('/');
    await h1('Hot stories');
    const toggle = screen.getByRole('button', { name: 'How is this ranked?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/decayed by age/)).not.toBeVisible();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    const terms = within(panel).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Hot', 'Heat', 'Quality', 'Newest']);
    expect(within(panel).getByText(/decayed by age/)).toBeVisible();
    expect(within(panel).getByText(/raw heat score/)).toBeVisible();
    expect(within(panel).getByText(/quality score/)).toBeVisible();
    expect(within(panel).getByText(/Publication time/)).toBeVisible();
  });

  it('switching sorts updates the URL, the order and the number shown', async () => {
    const { router } = renderApp('/');
    await h1('Hot stories');
    await userEvent.click(within(sortNav()).getByRole('link', { name: 'Heat' }));
    expect(await h1('Hottest stories')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=heat');
    expect(attr('data-heat').map(Number)).toEqual([90, 75, 60, 50, 40, 10]);
    expect(within(cards()[0]!).getByRole('term')).toHaveTextContent('Heat');
    expect(within(cards()[0]!).getByRole('definition')).toHaveTextContent('90');

    await userEvent.click(within(sortNav()).getByRole('link', { name: 'Quality' }));
    expect(await h1('Best stories')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=quality');
    // The story stands where its best article stands (80), shown by its lead.
    expect(titles()).toEqual([
      'Beta cloud bill shrinks',
      'Orbital lab launches solar probe',
      'Delta video explains GPUs',
      'Gamma model tops benchmark',
      'Alpha chips get faster',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(within(cards()[0]!).getByRole('term')).toHaveTextContent('Quality');
    expect(within(sortNav()).getByRole('link', { name: 'Quality' })).toHaveAttribute('aria-current', 'page');
    expect(within(sortNav()).getByRole('link', { name: 'Hot' })).not.toHaveAttribute('aria-current');

    await userEvent.click(within(sortNav()).getByRole('link', { name: 'Newest' }));
    expect(await h1('Newest stories')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=newest');
    const published = attr('data-published').map((iso) => Date.parse(iso ?? ''));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const card of cards()) expect(within(card).queryByRole('definition')).toBeNull();

    await userEvent.click(within(sortNav()).getByRole('link', { name: 'Hot' }));
    expect(await h1('Hot stories')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it.each(['?sort=bogus', '?sort=hot', '?sort='])('%s falls back to Hot', async (search) => {
    renderApp(`/${search}`);
    expect(await h1('Hot stories')).toBeInTheDocument();
    expect(within(sortNav()).getByRole('link', { name: 'Hot' })).toHaveAttribute('aria-current', 'page');
  });

  it('leaves drafts out', async () => {
    renderApp('/?sort=heat');
    await h1('Hottest stories');
    expect(screen.queryByText('Unreleased notes on chip yields')).toBeNull();
  });

  it('renders a hostile title as text', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('sets the document title and landmarks', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Heatline');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });
});

describe('an index that offers fewer sorts', () => {
  it('shows only the offered sorts and treats the others as unknown', async () => {
    const server = await serveIndex();
    const manifest = await server.readJson<Record<string, unknown>>('manifest.json');
    server.fail((f) => f === 'manifest.json', { status: 200, body: JSON.stringify({ ...manifest, sorts: ['hot', 'heat', 'newest'] }) });
    renderApp('/?sort=quality');
    expect(await h1('Hot stories')).toBeInTheDocument();
    expect(within(sortNav()).getAllByRole('link').map((link) => link.textContent)).toEqual(['Hot', 'Heat', 'Newest']);
    await userEvent.click(screen.getByRole('button', { name: 'How is this ranked?' }));
    expect(screen.queryByRole('term', { name: 'Quality' })).toBeNull();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Hot', 'Heat', 'Newest']);
  });
});
