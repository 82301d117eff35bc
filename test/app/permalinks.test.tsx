import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { keyOf, slugOf } from './helpers/slugs';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const TITLE = 'Alpha chips get faster';

describe('article addresses', () => {
  let slug: string;
  beforeEach(async () => {
    slug = await slugOf(await serveIndex(), TITLE);
  });

  it('an address with an outdated title opens the article and becomes its current address', async () => {
    const { router } = renderApp(`/articles/alpha-chips-got-slower-${keyOf(slug)}`);
    await h1(TITLE);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${slug}`));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
  });

  it('the old address is replaced, not stacked: Back returns to the page before it', async () => {
    const { router } = renderApp('/');
    await h1('Hot stories');
    await router.navigate(`/articles/an-old-headline-${keyOf(slug)}`);
    await h1(TITLE);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${slug}`));
    await router.navigate(-1);
    await h1('Hot stories');
    expect(router.state.location.pathname).toBe('/');
  });

  it.each([
    ['the key alone', (key: string) => key],
    ['a mangled title part', (key: string) => `%E2%80%99%20weird--title-${key}`],
    ['an upper-case key', (key: string) => `alpha-chips-get-faster-${key.toUpperCase()}`],
  ])('%s still finds the article', async (_what, address) => {
    const { router } = renderApp(`/articles/${address(keyOf(slug))}`);
    await h1(TITLE);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${slug}`));
  });

  it('the current address stays as it is', async () => {
    const { router } = renderApp(`/articles/${slug}`);
    await h1(TITLE);
    expect(router.state.location.pathname).toBe(`/articles/${slug}`);
    expect(router.state.historyAction).toBe('POP');
  });

  it('a title-only address from before keys is Not found, and says where to look instead', async () => {
    renderApp('/articles/alpha-chips-get-faster');
    expect(await h1('Not found')).toBeInTheDocument();
    expect(document.title).toBe('Not found · Heatline');
    expect(screen.getByText(/addresses end in a short code/)).not.toHaveTextContent(/search/i);
    expect(screen.getByRole('link', { name: 'Back to the feed' })).toHaveAttribute('href', '/');
  });

  it('following a card from the feed opens the current address directly', async () => {
    const { router } = renderApp('/');
    await h1('Hot stories');
    await userEvent.click(screen.getByRole('link', { name: TITLE }));
    await h1(TITLE);
    expect(router.state.location.pathname).toBe(`/articles/${slug}`);
    expect(router.state.historyAction).toBe('PUSH');
  });
});
