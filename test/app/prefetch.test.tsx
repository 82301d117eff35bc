/**
 * Hovering or focusing a link starts loading what it leads to, before the
 * click: asserted on the requests the test server records, not on timing.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

/** Links whose address starts with `prefix`, once the cards have rendered. */
async function linksTo(prefix: string): Promise<HTMLElement[]> {
  let found: HTMLElement[] = [];
  await waitFor(() => {
    found = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith(prefix));
    expect(found.length).toBeGreaterThan(0);
  });
  return found;
}

describe('prefetch on hover and focus', () => {
  it('hovering an article link fetches its article shards before any click', async () => {
    const server = await serveIndex();
    const { router } = renderApp('/');
    const [link] = await linksTo('/articles/');
    await waitFor(() => expect(server.requested.length).toBeGreaterThan(0));
    const before = server.requested.filter((f) => f.startsWith('articles/')).length;
    await userEvent.hover(link!);
    await waitFor(() => expect(server.requested.filter((f) => f.startsWith('articles/')).length).toBeGreaterThan(before));
    expect(router.state.location.pathname).toBe('/');
  });

  it('focusing a topic chip from the keyboard fetches that topic\'s list', async () => {
    const server = await serveIndex();
    renderApp('/');
    const [chip] = await linksTo('/topics/');
    await waitFor(() => expect(server.requested.length).toBeGreaterThan(0));
    const seen = new Set(server.requested);
    chip!.focus();
    await waitFor(() => expect(server.requested.some((f) => !seen.has(f) && f.startsWith('lists/'))).toBe(true));
  });
});
