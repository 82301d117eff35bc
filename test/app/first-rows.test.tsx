import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { settledList } from './helpers/settled-list';

// One test per file on purpose: the rows drawn in flow exist only until the
// virtualiser's chunk has loaded once, and a module is fresh per test file.
describe('the first rows of the first list', () => {
  it('are drawn once: the virtualiser takes over without drawing them again', async () => {
    await serveIndex();
    const drawn: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) drawn.push(...(node.matches('ol.card-list--leading') ? [node] : node.querySelectorAll('ol.card-list--leading')));
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hot stories' });
    const leading = document.querySelector('ol.card-list--leading');
    expect(leading).not.toBeNull();
    expect(leading!.querySelectorAll('article')).toHaveLength(6);
    await settledList();
    observer.disconnect();
    // A second list of the same rows would be the in-flow rows drawn again as a fallback while the virtualiser's chunk loads.
    expect(drawn).toHaveLength(1);
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });
});
