import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('the Not found page', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('searches the index from the page itself', async () => {
    const { router } = renderApp('/no/such/page');
    await h1('Not found');
    const search = screen.getByRole('search', { name: 'Search the index' });
    await userEvent.type(within(search).getByRole('searchbox', { name: 'Search the index' }), 'solar probe');
    await userEvent.click(within(search).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/search?q=solar+probe'));
  });

  it('leads on to the feed, the topics and the topics trending this week', async () => {
    renderApp('/no/such/page');
    await h1('Not found');
    const ways = screen.getByRole('navigation', { name: 'Ways on' });
    expect(within(ways).getByRole('link', { name: 'Back to the feed' })).toHaveAttribute('href', '/');
    expect(within(ways).getByRole('link', { name: 'Browse topics' })).toHaveAttribute('href', '/topics');
    // Space's three articles are all in the index's last week, and it had none before: the one topic rising.
    const topics = await screen.findByRole('navigation', { name: 'Trending this week' });
    const links = within(topics).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Space', '/topics/space']]);
  });

  it('an unknown article keeps its own explanation, with the search and the ways on', async () => {
    renderApp('/articles/no-such-story');
    await h1('Not found');
    expect(screen.getByText('There is no article at this address.')).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Search the index' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse topics' })).toHaveAttribute('href', '/topics');
  });
});

describe('the footer', () => {
  it('says what the site is and links to Topics, Following, Saved and Settings', async () => {
    await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Heatline — Every outlet’s coverage of a story in one place');
    expect(footer).not.toHaveTextContent(/static index/);
    const nav = within(footer).getByRole('navigation', { name: 'Footer' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Topics', '/topics'],
      ['Following', '/following'],
      ['Saved', '/saved'],
      ['Settings', '/settings'],
    ]);
  });
});
