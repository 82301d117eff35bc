/**
 * Every query the reader makes sits under `['index']`: it was all read through
 * one build's manifest, so that one prefix reaches all of it (the build
 * switch drops exactly that), and a list's key reaches its ref and every
 * sort it was read in.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('query keys', () => {
  it('are one tree under index, whichever page or prefetch made them', async () => {
    await serveIndex();
    const { router, queryClient } = renderApp('/');
    await h1('Hot stories');
    await userEvent.hover(screen.getByRole('link', { name: /^\+2 more from / }));
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));
    await h1('Alpha chips get faster');
    await act(() => router.navigate('/topics/ai?sort=newest'));
    await h1('AI');
    await act(() => router.navigate('/topics/ai'));
    await act(() => router.navigate('/topics'));
    await h1('Topics');

    const cache = queryClient.getQueryCache();
    const families = new Set(cache.getAll().map((query) => query.queryKey[1]));
    expect(families).toEqual(new Set(['manifest', 'shards', 'lists', 'articles', 'stories', 'topics']));
    expect(cache.findAll({ queryKey: ['index'] })).toHaveLength(cache.getAll().length);
    await waitFor(() =>
      expect(cache.findAll({ queryKey: ['index', 'lists', 'topic:ai'] }).map((query) => query.queryKey)).toEqual(
        expect.arrayContaining([
          ['index', 'lists', 'topic:ai'],
          ['index', 'lists', 'topic:ai', 'newest'],
          ['index', 'lists', 'topic:ai', 'hot'],
        ]),
      ),
    );
  });
});
