import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { slugOf } from './helpers/slugs';

const TITLE = 'Alpha chips get faster';

/** Gives the page's navigator a property jsdom lacks (or replaces one), until the test ends. */
function stubNavigator(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
}

const shareStatus = () => document.querySelector('.share [role="status"]');

describe('sharing an article', () => {
  let address = '';
  beforeEach(async () => {
    const server = await serveIndex();
    const slug = await slugOf(server, TITLE);
    address = `${window.location.origin}/articles/${slug}`;
  });
  afterEach(() => {
    delete (navigator as Partial<Navigator>).share;
    delete (navigator as { clipboard?: Clipboard }).clipboard;
  });

  async function openArticle() {
    const server = renderApp(address.slice(window.location.origin.length));
    await screen.findByRole('heading', { level: 1, name: TITLE });
    return server;
  }

  it('opens the system share sheet with the title and the address here, where the browser has one', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    stubNavigator('share', share);
    stubNavigator('clipboard', { writeText });
    await openArticle();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: TITLE, url: address });
    expect(writeText).not.toHaveBeenCalled();
    expect(shareStatus()).toHaveTextContent('');
  });

  it('says nothing when the share sheet is closed', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    const writeText = vi.fn(async () => {});
    stubNavigator('share', share);
    stubNavigator('clipboard', { writeText });
    await openArticle();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledOnce();
    expect(writeText).not.toHaveBeenCalled();
    expect(shareStatus()).toHaveTextContent('');
    expect(screen.queryByRole('textbox', { name: 'Link to this article' })).toBeNull();
  });

  it('without a share sheet, copies the link and says so in a polite live region', async () => {
    const writeText = vi.fn(async () => {});
    stubNavigator('clipboard', { writeText });
    await openArticle();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    // The region is there before it speaks, or a screen reader would miss it.
    const status = shareStatus();
    expect(status).toHaveTextContent('');
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(address);
    expect(await screen.findByText('Link copied')).toBe(status);
    expect(status).toHaveAttribute('role', 'status');
  });

  it('when the clipboard refuses, shows the link selected for copying by hand', async () => {
    stubNavigator('clipboard', {
      writeText: vi.fn(async () => {
        throw new DOMException('Write permission denied', 'NotAllowedError');
      }),
    });
    await openArticle();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this article' });
    expect(field).toHaveValue(address);
    expect(shareStatus()).toHaveTextContent('Copy the selected link');
    expect(screen.queryByText('Link copied')).toBeNull();
  });
});
