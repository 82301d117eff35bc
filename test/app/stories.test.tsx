import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { orbitalStory } from './helpers/corpus';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const LEAD = 'Orbital lab launches solar probe';

async function openStoryFromFeed() {
  const view = renderApp('/');
  await h1('Hot stories');
  await userEvent.click(screen.getByRole('link', { name: /^\+2 more from / }));
  await h1(LEAD);
  return view;
}

describe('story page', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('lists every article of the story in time order, from the feed card', async () => {
    const { router } = await openStoryFromFeed();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(router.state.location.pathname).toMatch(/^\/stories\/.+/);
    expect(document.title).toBe(`${LEAD} · Heatline`);
    expect(screen.getByText('6 Mar 2024 · 3 articles from 3 outlets')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: /Articles in this story/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual(
      orbitalStory.map((entry) => entry.title),
    );
    const [first, second] = items.map((item) => within(item));
    expect(first!.getByText('Lead')).toBeInTheDocument();
    expect(second!.queryByText('Lead')).toBeNull();
    expect(second!.getByRole('link', { name: 'Space Desk' })).toHaveAttribute('href', '/sources/spacedesk.example.org');
    expect(second!.getByText(/An excerpt about Solar probe lifts off/)).toBeInTheDocument();
    expect(second!.getByRole('link', { name: orbitalStory[1]!.title })).toHaveAttribute('href', expect.stringMatching(/^\/articles\//));
    expect(items[1]!.querySelector('time')).toHaveAttribute('datetime', '2024-03-06T11:00:00.000Z');
    await userEvent.click(second!.getByRole('link', { name: orbitalStory[1]!.title }));
    const heading = await h1(orbitalStory[1]!.title);
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('a failing story shard shows the error view, and Retry recovers', async () => {
    const server = await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    server.fail((f) => f.startsWith('stories/'), { status: 503 });
    await userEvent.click(screen.getByRole('link', { name: /^\+2 more from / }));
    expect(await h1('Could not load this page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    server.heal();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await h1(LEAD)).toBeInTheDocument();
  });
});
