import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../src/shared/index-schema';
import { ReaderStore } from '../../src/lib/reader-state/reader-store';
import { serveIndex } from './helpers/index-server';
import { memoryStorage, renderWithStore } from './helpers/render-with-store';
import { settledList } from './helpers/settled-list';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const cardTitles = () => screen.queryAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

const goneCard: Card = {
  id: 'gone0000001', slug: 'harbour-cranes-return-k7q2z9', title: 'Harbour cranes return', type: 'article',
  published: '2023-05-01T09:00:00.000Z', hot: 0, excerpt: 'The port reopens its east quay.',
  provider: { domain: 'quay.example.com', name: 'Quay Post' }, topics: [],
};

async function storeWith(change: (store: ReaderStore) => void) {
  const store = new ReaderStore(memoryStorage(), null);
  await store.ready;
  change(store);
  return store;
}

describe('the reader\'s own state in the app', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('an article the index dropped still opens from its saved copy, with the way to the outlet', async () => {
    const store = await storeWith((s) => s.setSaved(goneCard, true, 'https://quay.example.com/cranes'));
    renderWithStore(`/articles/${goneCard.slug}`, store);
    await h1('Not found');
    expect(screen.getByText('This index no longer has this article.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Harbour cranes return' })).toBeInTheDocument();
    expect(screen.getByText('The port reopens its east quay.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Read at Quay Post/ })).toHaveAttribute('href', 'https://quay.example.com/cranes');
  });

  it('an unknown article that was never saved is a plain Not found', async () => {
    const store = await storeWith(() => {});
    renderWithStore(`/articles/${goneCard.slug}`, store);
    await h1('Not found');
    expect(screen.getByText('There is no article at this address.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Harbour cranes return' })).toBeNull();
  });

  it('a muted source leaves the feed, with a line that counts it and shows it again', async () => {
    const store = await storeWith((s) => s.setMuted('source:beta.example.org', 'Beta Daily', true));
    renderWithStore('/?sort=newest', store);
    await h1('Newest stories');
    await waitFor(() => expect(cardTitles()).not.toContain('Delta video explains GPUs'));
    expect(cardTitles()).not.toContain('Beta cloud bill shrinks');
    const line = screen.getAllByRole('status').find((el) => el.textContent?.includes('hidden from muted'))!;
    expect(line).toHaveTextContent('3 stories hidden from muted topics and sources');
    await userEvent.click(within(line).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(cardTitles()).toContain('Delta video explains GPUs'));
    // Unmuted from the card's menu: gone from the store. (Once the virtual
    // list has taken over from the rows drawn in flow, so the card stays.)
    await settledList();
    const card = () => screen.getAllByRole('article').find((a) => within(a).queryByText('Delta video explains GPUs'))!;
    await userEvent.click(within(card()).getByRole('button', { name: 'More for “Delta video explains GPUs”' }));
    await userEvent.click(within(card()).getByRole('button', { name: 'Unmute source Beta Daily' }));
    expect(store.getSnapshot().mutes).toEqual({});
  });

  it('a mute made from a card is undone from the line it leaves', async () => {
    const store = await storeWith(() => {});
    renderWithStore('/?sort=newest', store);
    await h1('Newest stories');
    await settledList();
    const card = () => screen.getAllByRole('article').find((a) => within(a).queryByText('Delta video explains GPUs'))!;
    const more = within(card()).getByRole('button', { name: 'More for “Delta video explains GPUs”' });
    // A closed menu is not drawn: a list draws many cards, and its buttons would be a third of each.
    expect(card().querySelector('.card-menu__panel')).toBeNull();
    expect(more).not.toHaveAttribute('aria-controls');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(more.getAttribute('aria-controls')!)).toHaveClass('card-menu__panel');
    await userEvent.click(within(card()).getByRole('button', { name: 'Mute source Beta Daily' }));
    await waitFor(() => expect(cardTitles()).not.toContain('Delta video explains GPUs'));
    const line = screen.getAllByRole('status').find((el) => el.textContent?.includes('You muted Beta Daily.'))!;
    await userEvent.click(within(line).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cardTitles()).toContain('Delta video explains GPUs'));
    expect(store.getSnapshot().mutes).toEqual({});
  });

  it('following a topic from its page gathers its stories on /following', async () => {
    const store = await storeWith(() => {});
    const { router } = renderWithStore('/topics/space', store);
    await h1('Space');
    const follow = screen.getByRole('button', { name: 'Follow' });
    await userEvent.click(follow);
    expect(follow).toHaveAttribute('aria-pressed', 'true');
    await router.navigate('/following');
    await h1('Following');
    expect(within(screen.getByRole('list', { name: 'You follow' })).getByRole('link')).toHaveTextContent('Space');
    // The three outlets' articles about the probe are one story: one entry.
    expect(cardTitles()).toHaveLength(1);
    expect(cardTitles()[0]).toMatch(/solar probe/i);
  });

  it('/following and /saved say what to do when they are empty', async () => {
    const store = await storeWith(() => {});
    const { router } = renderWithStore('/following', store);
    await h1('Following');
    expect(screen.getByText('You are not following anything yet.')).toBeInTheDocument();
    await router.navigate('/saved');
    await h1('Saved');
    expect(screen.getByText('Nothing saved yet.')).toBeInTheDocument();
  });
});
