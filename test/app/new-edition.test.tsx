import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { settledList } from './helpers/settled-list';

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });

/** The tab comes back to the front: when an open tab asks whether a newer edition is out. */
const returnToTab = () => act(() => void document.dispatchEvent(new Event('visibilitychange')));

describe('a newer edition published while a tab is open', () => {
  let nextBuild: string;
  beforeAll(async () => {
    nextBuild = await buildEdition('Second edition');
  });

  it('is offered, never applied by itself, and Refresh shows it in place', async () => {
    const server = await serveIndex();
    renderApp('/?sort=quality');
    await h1('Best stories');
    // The list as it stays: on a loaded machine the virtualiser's first load can outlast the prompt's wait.
    await settledList();
    await returnToTab();
    expect(screen.queryByText('New articles')).toBeNull();

    server.serveFrom(nextBuild);
    await returnToTab();
    const prompt = (await screen.findByText('New articles')).closest('[role=status]');
    expect(prompt).toHaveClass('update-prompt');
    // The page is still the edition the reader was reading.
    expect(screen.getAllByText('An excerpt about Beta cloud bill shrinks.')).not.toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findAllByText('Second edition: an excerpt about Beta cloud bill shrinks.')).not.toHaveLength(0);
    expect(screen.queryByText('New articles')).toBeNull();
  });

  it('is not asked for while the browser is offline', async () => {
    const server = await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    server.serveFrom(nextBuild);
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const before = server.requests.length;
      await returnToTab();
      expect(server.requests.slice(before).filter((r) => r.file === 'manifest.json')).toEqual([]);
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });
});
