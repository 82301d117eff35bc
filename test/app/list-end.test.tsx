import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/index-schema';
import { ReaderStore } from '../../src/lib/reader-state/reader-store';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { memoryStorage, renderWithStore } from './helpers/render-with-store';
import { settledList } from './helpers/settled-list';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const end = () => screen.findByText(/^You’re all caught up — /);

const savedCard: Card = {
  id: 'saved000001', slug: 'harbour-cranes-return-k7q2z9', title: 'Harbour cranes return', type: 'article',
  published: '2023-05-01T09:00:00.000Z', hot: 0, provider: { domain: 'quay.example.com', name: 'Quay Post' }, topics: [],
};

describe('the end of a list', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('the feed says it is whole, and Back to top takes focus to the heading', async () => {
    renderApp('/');
    const heading = await h1('Hot stories');
    await settledList();
    expect(await end()).toHaveTextContent('You’re all caught up — 6 stories');
    document.body.focus();
    await userEvent.click(screen.getByRole('link', { name: 'Back to top' }));
    expect(heading).toHaveFocus();
  });

  it('a topic counts its own stories', async () => {
    renderApp('/topics/space');
    await h1('Space');
    await settledList();
    expect(await end()).toHaveTextContent('You’re all caught up — 1 story');
  });

  it('Saved and Following end the same way', async () => {
    const store = new ReaderStore(memoryStorage(), null);
    await store.ready;
    store.setSaved(savedCard, true, 'https://quay.example.com/cranes');
    store.setFollowed('topic:ai', 'AI', true);
    const { router } = renderWithStore('/saved', store);
    await h1('Saved');
    expect(await end()).toHaveTextContent('You’re all caught up — 1 article');
    await router.navigate('/following');
    const heading = await h1('Following');
    expect(await end()).toHaveTextContent('You’re all caught up — 2 stories');
    await userEvent.click(screen.getByRole('link', { name: 'Back to top' }));
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
