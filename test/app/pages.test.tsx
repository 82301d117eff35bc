import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { entries } from './helpers/corpus';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { slugIfIndexed } from './helpers/slugs';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('topic, source and article pages', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('a topic chip leads to a topic page that lists only that topic', async () => {
    renderApp('/');
    await h1('Hot stories');
    const gamma = screen.getAllByRole('article').find((card) => within(card).queryByText('Gamma model tops benchmark'))!;
    await userEvent.click(within(gamma).getByRole('link', { name: 'AI' }));
    expect(await h1('AI')).toHaveFocus();
    expect(document.title).toBe('Topic: AI · Heatline');
    expect(screen.getByText('2 stories · 2 articles')).toBeInTheDocument();
    const titles = screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);
    expect(titles).toEqual(['Gamma model tops benchmark', 'Alpha chips get faster']);
    for (const card of screen.getAllByRole('article')) {
      expect(within(card).getByRole('link', { name: 'AI' })).toBeInTheDocument();
    }
  });

  it('/topics lists every topic by count with links', async () => {
    renderApp('/topics');
    await h1('Topics');
    expect(screen.getByText('4 topics, by number of articles')).toBeInTheDocument();
    const all = screen.getByRole('region', { name: 'All topics' });
    const rows = within(all).getAllByRole('listitem').filter((item) => item.classList.contains('topic-row'));
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getAllByRole('link')[0]).toHaveAccessibleName('Space');
    expect(within(rows[0]!).getAllByRole('link')[0]).toHaveAttribute('href', '/topics/space');
    expect(rows[0]).toHaveTextContent('3 articles');
  });

  it('a source page shows the provider name, count and only its stories', async () => {
    renderApp('/sources/alpha.example.com?sort=newest');
    await h1('Alpha News');
    expect(document.title).toBe('Source: Alpha News · Heatline');
    expect(screen.getByText('2 stories · 2 articles')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByRole('article').map((card) => card.dataset.published)).toEqual([
      '2024-03-05T10:00:00.000Z',
      '2024-03-01T10:00:00.000Z',
    ]);
  });

  it('an article page shows its related stories; an internal one leads to that article', async () => {
    renderApp('/');
    await h1('Hot stories');
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));
    expect(await h1('Alpha chips get faster')).toHaveFocus();
    expect(document.title).toBe('Alpha chips get faster · Heatline');
    const read = screen.getByRole('link', { name: /^Read at Alpha News/ });
    expect(read).toHaveAttribute('href', 'https://alpha.example.com/chips');
    expect(read).toHaveAttribute('target', '_blank');
    expect(read).toHaveAttribute('rel', 'noopener noreferrer');

    const related = screen.getByRole('complementary', { name: 'Related stories' });
    const external = within(related).getByRole('link', { name: /Outside take on chips/ });
    expect(external).toHaveAttribute('href', 'https://outside.example.net/take');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).toHaveAttribute('target', '_blank');
    const internal = within(related).getByRole('link', { name: 'Beta cloud bill shrinks' });
    expect(internal).toHaveAttribute('href', expect.stringMatching(/^\/articles\//));
    await userEvent.click(internal);
    expect(await h1('Beta cloud bill shrinks')).toBeInTheDocument();
  });

  it('a video plays only after a click, from the privacy-enhanced host', async () => {
    renderApp('/');
    await h1('Hot stories');
    await userEvent.click(screen.getByRole('link', { name: 'Delta video explains GPUs' }));
    await h1('Delta video explains GPUs');
    expect(document.querySelector('iframe')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Play video/ }));
    expect(document.querySelector('iframe')?.getAttribute('src')).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/abcDEF12345/,
    );
  });

  it('with nothing related, suggests more from the same topic', async () => {
    renderApp('/');
    await h1('Hot stories');
    await userEvent.click(screen.getByRole('link', { name: 'Gamma model tops benchmark' }));
    await h1('Gamma model tops benchmark');
    const related = screen.getByRole('complementary', { name: 'Related stories' });
    expect(await within(related).findByRole('link', { name: 'Alpha chips get faster' })).toBeInTheDocument();
    expect(within(related).getByText('More from AI')).toBeInTheDocument();
  });
});

describe('not found', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it.each([
    '/no/such/page',
    '/articles/no-such-story',
    // The address the draft would have had: drafts are left out of the index.
    `/articles/${slugIfIndexed(entries.find((entry) => entry.draft)!)}`,
    '/stories/no-such-story',
    '/topics/no-such-topic',
    '/sources/nowhere.example',
  ])(
    '%s shows Not found with a way back',
    async (url) => {
      renderApp(url);
      expect(await h1('Not found')).toBeInTheDocument();
      expect(document.title).toBe('Not found · Heatline');
      expect(screen.getByRole('link', { name: 'Back to the feed' })).toHaveAttribute('href', '/');
    },
  );
});

describe('feeds', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('a topic page links its RSS, Atom and JSON feeds and names them in the head', async () => {
    renderApp('/topics/cloud');
    await h1('Cloud');
    const links = ['RSS', 'Atom', 'JSON Feed'].map((format) => screen.getByRole('link', { name: `Cloud feed (${format})` }));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/topics/cloud/feed.xml', '/topics/cloud/feed.atom', '/topics/cloud/feed.json']);
    const alternates = [...document.head.querySelectorAll('link[rel=alternate]')].map((link) => link.getAttribute('href'));
    expect(alternates).toEqual(expect.arrayContaining(['/topics/cloud/feed.xml', '/topics/cloud/feed.atom', '/topics/cloud/feed.json']));
  });

  it('the feed page links the site feeds', async () => {
    renderApp('/');
    await h1('Hot stories');
    expect(screen.getByRole('link', { name: 'Heatline feed (RSS)' })).toHaveAttribute('href', '/feed.xml');
  });
});
