import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { settledList } from './helpers/settled-list';

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name });
const showLatest = () => screen.getByRole('button', { name: 'Show the latest news' });

/** A tab opened on one build, then the index rebuilt under it with new excerpts and bodies. */
describe('a tab left open across a rebuild', () => {
  let nextBuild: string;
  beforeAll(async () => {
    nextBuild = await buildEdition('Second edition');
  });

  it('says the news was updated when an article it opens is gone, and shows that article from the new build', async () => {
    const server = await serveIndex();
    const { router } = renderApp('/');
    await h1('Hot stories');
    server.serveFrom(nextBuild);
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));

    const alert = await screen.findByRole('alert');
    const address = router.state.location.pathname;
    expect(address).toMatch(/^\/articles\//);
    expect(within(alert).getByRole('heading', { level: 1, name: 'The news was updated' })).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/damaged|could not load/i);
    // The live buildId was asked of the server itself, not of a cache.
    expect(server.requests).toContainEqual({ file: 'manifest.json', cache: 'no-store' });

    await userEvent.click(showLatest());
    expect(await h1('Alpha chips get faster')).toBeInTheDocument();
    expect(screen.getByText('The Second edition body of a.md.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(address);
    expect(screen.queryByRole('alert')).toBeNull();
    // The page that replaced the button has the focus, so it is announced.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('a list opened after the rebuild re-renders at its address, sort included, on the new build', async () => {
    const server = await serveIndex();
    const { router } = renderApp('/?sort=quality');
    await h1('Best stories');
    expect(screen.getAllByText('An excerpt about Beta cloud bill shrinks.')).not.toHaveLength(0);
    server.serveFrom(nextBuild);
    // The old build's list directory, which names the topic's list, is gone.
    await act(() => router.navigate('/topics/cloud?sort=quality'));
    await h1('The news was updated');

    await userEvent.click(showLatest());
    expect(await h1('Cloud')).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/topics/cloud?sort=quality');
    expect(screen.getByText('Second edition: an excerpt about Beta cloud bill shrinks.')).toBeInTheDocument();
    expect(screen.queryByText(/^An excerpt about/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('when the build is the same, a missing file is an honest error, and Retry fetches it again', async () => {
    const server = await serveIndex();
    renderApp('/');
    await h1('Hot stories');
    await settledList();
    server.fail((f) => f.startsWith('articles/') && !f.startsWith('articles/index-'), { status: 404 });
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Part of the news index is missing from the server.');
    expect(alert).not.toHaveTextContent(/damaged|updated/i);
    expect(server.requests).toContainEqual({ file: 'manifest.json', cache: 'no-store' });
    expect(screen.queryByRole('button', { name: 'Show the latest news' })).toBeNull();

    server.heal();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await h1('Alpha chips get faster')).toBeInTheDocument();
  });
});
