import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReaderStore } from '../../src/lib/reader-state/reader-store';
import { densitySetting } from '../../src/lib/density';
import { themeSetting } from '../../src/lib/theme';
import type { Card } from '../../src/shared/index-schema';
import { serveIndex } from './helpers/index-server';
import { memoryStorage, renderWithStore } from './helpers/render-with-store';

const NOT_PERSISTENT = 'Your reading state is kept for this visit only: this browser is not letting Heatline store it.';
const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });
const section = (name: string) => screen.getByRole('region', { name });
const names = (region: HTMLElement) =>
  within(region).queryAllByRole('listitem').map((item) => within(item).getByRole('link').textContent);

async function persistentStore() {
  const storage = memoryStorage();
  const store = new ReaderStore(storage, null);
  await store.ready;
  return { store, storage };
}

const card: Card = {
  id: 'c1', slug: 'a-c1', title: 'A saved story', type: 'article', published: '2024-03-01T10:00:00.000Z', hot: 1,
  provider: { domain: 'alpha.example.com', name: 'Alpha News' }, topics: [],
};

describe('the settings page', () => {
  beforeEach(async () => {
    await serveIndex();
  });
  afterEach(() => {
    delete document.documentElement.dataset.density;
    delete document.documentElement.dataset.theme;
  });

  it('is in the header, and says when nothing is muted or followed', async () => {
    const { store } = await persistentStore();
    renderWithStore('/topics', store);
    await h1('Topics');
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' }));
    expect(await h1('Settings')).toHaveFocus();
    expect(document.title).toBe('Settings · Heatline');
    expect(within(section('Muted')).getByText('You have not muted anything. Mute a topic or source from its page.')).toBeInTheDocument();
    expect(within(section('Following')).getByText('You do not follow anything yet. Follow a topic or source from its page.')).toBeInTheDocument();
    expect(screen.queryByText(NOT_PERSISTENT)).toBeNull();
  });

  it('unmutes at once, and Undo brings the last one back; unfollowing works the same way', async () => {
    const { store, storage } = await persistentStore();
    store.setMuted('topic:ai', 'AI', true);
    store.setMuted('source:beta.example.org', 'Beta Daily', true);
    store.setFollowed('topic:space', 'Space', true);
    renderWithStore('/settings', store);
    await h1('Settings');
    const muted = section('Muted');
    expect(names(muted)).toEqual(['AI', 'Beta Daily']);
    expect(within(muted).getByRole('link', { name: 'AI' })).toHaveAttribute('href', '/topics/ai');
    expect(within(muted).getByRole('link', { name: 'Beta Daily' })).toHaveAttribute('href', '/sources/beta.example.org');

    await userEvent.click(within(muted).getByRole('button', { name: 'Unmute topic AI' }));
    expect(store.getSnapshot().mutes['topic:ai']).toBeUndefined();
    expect(storage.values.mutes?.['topic:ai']).toBeUndefined();
    expect(names(muted)).toEqual(['Beta Daily']);
    expect(within(muted).getByRole('status')).toHaveTextContent('Unmuted topic AI.');
    const undo = within(muted).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(store.getSnapshot().mutes['topic:ai']?.name).toBe('AI');
    expect(names(muted)).toEqual(['AI', 'Beta Daily']);
    expect(within(muted).getByRole('button', { name: 'Unmute topic AI' })).toHaveFocus();
    expect(within(muted).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(muted).getByRole('status')).toHaveTextContent('');

    // Only the last change is undone, wherever it was made.
    await userEvent.click(within(muted).getByRole('button', { name: 'Unmute source Beta Daily' }));
    const following = section('Following');
    await userEvent.click(within(following).getByRole('button', { name: 'Unfollow topic Space' }));
    expect(store.getSnapshot().follows).toEqual({});
    expect(within(following).getByText('You do not follow anything yet. Follow a topic or source from its page.')).toBeInTheDocument();
    expect(within(muted).queryByRole('button', { name: 'Undo' })).toBeNull();
    await userEvent.click(within(following).getByRole('button', { name: 'Undo' }));
    expect(Object.keys(store.getSnapshot().follows)).toEqual(['topic:space']);
    expect(Object.keys(store.getSnapshot().mutes)).toEqual(['topic:ai']);
  });

  it('clears everything only after a second, explicit step', async () => {
    const { store, storage } = await persistentStore();
    store.setSaved(card, true);
    store.setRead('c1', true);
    store.setMuted('topic:ai', 'AI', true);
    store.setFollowed('topic:space', 'Space', true);
    densitySetting.choose('compact');
    themeSetting.choose('dark');
    renderWithStore('/settings', store);
    await h1('Settings');
    const data = section('Your data');

    await userEvent.click(within(data).getByRole('button', { name: 'Clear my data' }));
    const confirm = within(data).getByRole('group', { name: /^Clear your read marks, saved articles, follows, mutes/ });
    expect(within(confirm).getByRole('button', { name: 'Yes, clear my data' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(data).getByRole('button', { name: 'Clear my data' })).toHaveFocus();
    expect(Object.keys(store.getSnapshot().saved)).toEqual(['c1']);
    expect(document.documentElement.dataset.density).toBe('compact');

    await userEvent.click(within(data).getByRole('button', { name: 'Clear my data' }));
    await userEvent.click(within(data).getByRole('button', { name: 'Yes, clear my data' }));
    expect(await within(data).findByRole('status')).toHaveTextContent('Your data is cleared from this browser.');
    const state = store.getSnapshot();
    expect([state.saved, state.marks, state.mutes, state.follows]).toEqual([{}, {}, {}, {}]);
    expect(storage.values).toEqual({});
    expect(localStorage.getItem('heatline-density')).toBeNull();
    expect(localStorage.getItem('heatline-theme')).toBeNull();
    expect(document.documentElement.dataset.density).toBeUndefined();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(screen.getByRole('radio', { name: /^System/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Comfortable/ })).toBeChecked();
    expect(within(section('Muted')).getByText(/You have not muted anything/)).toBeInTheDocument();
    expect(within(data).getByRole('button', { name: 'Clear my data' })).toHaveFocus();
  });

  it('says once, quietly, when this browser keeps nothing; the page frame says it elsewhere, until dismissed', async () => {
    const store = new ReaderStore(null, null);
    store.setMuted('topic:ai', 'AI', true);
    renderWithStore('/settings', store);
    await h1('Settings');
    expect(screen.getAllByText(NOT_PERSISTENT)).toHaveLength(1);
    // Everything still works for the visit.
    await userEvent.click(screen.getByRole('button', { name: 'Unmute topic AI' }));
    expect(store.getSnapshot().mutes).toEqual({});

    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Topics' }));
    await h1('Topics');
    expect(screen.getAllByText(NOT_PERSISTENT)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByText(NOT_PERSISTENT)).toBeNull();
    expect(document.getElementById('main')).toHaveFocus();
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' }));
    await h1('Settings');
    expect(screen.getAllByText(NOT_PERSISTENT)).toHaveLength(1);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Topics' }));
    await h1('Topics');
    expect(screen.queryByText(NOT_PERSISTENT)).toBeNull();
  });

  it('theme and density apply at once, are remembered, and follow a change made in another tab', async () => {
    const { store } = await persistentStore();
    renderWithStore('/settings', store);
    await h1('Settings');
    const compactToggle = within(screen.getByRole('banner')).getByRole('button', { name: 'Compact' });
    expect(compactToggle).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getByRole('radio', { name: /^Compact/ }));
    expect(document.documentElement.dataset.density).toBe('compact');
    expect(localStorage.getItem('heatline-density')).toBe('compact');
    expect(compactToggle).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('radio', { name: /^Dark/ }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('radio', { name: /^System/ }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('heatline-theme')).toBeNull();

    // Another tab switched back to Comfortable.
    localStorage.setItem('heatline-density', 'comfortable');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'heatline-density', newValue: 'comfortable' }));
    });
    expect(document.documentElement.dataset.density).toBe('comfortable');
    expect(compactToggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('radio', { name: /^Comfortable/ })).toBeChecked();

    await userEvent.click(compactToggle);
    expect(screen.getByRole('radio', { name: /^Compact/ })).toBeChecked();
  });
});
