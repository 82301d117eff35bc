import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/index-schema';
import { ReaderStore } from '../../src/lib/reader-state/reader-store';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { memoryStorage, renderWithStore } from './helpers/render-with-store';

const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
function goOffline() {
  Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
  act(() => void window.dispatchEvent(new Event('offline')));
}
afterEach(() => {
  Object.defineProperty(Navigator.prototype, 'onLine', onLine);
  // TanStack Query keeps the connection's state in the module, past the test: one that ended offline would pause the next one's queries.
  onlineManager.setOnline(true);
});

describe('without a connection', () => {
  it('says so under the header, and goes when the connection is back', async () => {
    await serveIndex();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hot stories' });
    expect(screen.queryByText(/showing what you have read/)).toBeNull();
    goOffline();
    // Awaited: the layout the heading is in may not be listening yet (its effects run after it is drawn); it reads the state once it is.
    expect((await screen.findByText(/showing what you have read/)).closest('[role=status]')).not.toBeNull();
    Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByText(/showing what you have read/)).toBeNull();
  });

  it('says a page never opened here is not kept for offline reading, rather than that something broke', async () => {
    const server = await serveIndex();
    goOffline();
    server.fail((file) => file.startsWith('articles/'), { network: true });
    renderApp('/articles/alpha-chips-get-faster-x');
    expect(await screen.findByRole('heading', { level: 1, name: 'You are offline' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/not kept for reading offline/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('a saved article never opened here, offline', () => {
  it('shows what the reader kept of it, and the way to the outlet', async () => {
    const card: Card = {
      id: 'saved-1', slug: 'harbour-cranes-return-q7', title: 'Harbour cranes return', type: 'article',
      published: '2023-05-01T09:00:00.000Z', hot: 0, excerpt: 'The port reopens its east quay.',
      provider: { domain: 'quay.example.com', name: 'Quay Post' }, topics: [],
    };
    const store = new ReaderStore(memoryStorage(), null);
    await store.ready;
    store.setSaved(card, true, 'https://quay.example.com/cranes');
    const server = await serveIndex();
    goOffline();
    server.fail((file) => file.startsWith('articles/'), { network: true });
    renderWithStore(`/articles/${card.slug}`, store);
    expect(await screen.findByRole('heading', { level: 1, name: 'You are offline' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Harbour cranes return' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Read at Quay Post/ })).toHaveAttribute('href', 'https://quay.example.com/cranes');
  });
});
