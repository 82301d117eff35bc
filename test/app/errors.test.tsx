import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveIndex, type Fault } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const errorPage = '<!doctype html><html><head><title>503</title></head><body><h1>Service unavailable</h1></body></html>';

const cases: [string, (file: string) => boolean, Fault][] = [
  ['a 500 on the feed head', (f) => f.startsWith('lists/'), { status: 500 }],
  ['a 404 on the manifest', (f) => f === 'manifest.json', { status: 404 }],
  ['a network error', (f) => f === 'manifest.json', { network: true }],
  ['invalid JSON', (f) => f.startsWith('lists/'), { status: 200, body: '{"cards": [' }],
  // Hosts answer a missing file with a page of their own and status 200.
  ['an HTML error page with status 200', (f) => f.startsWith('lists/'), { status: 200, body: errorPage }],
  ['a JSON error body with status 200', (f) => f.startsWith('lists/'), { status: 200, body: '{"error":"rate limited"}' }],
  ['a manifest that is an HTML page', (f) => f === 'manifest.json', { status: 200, body: errorPage }],
  ['a manifest without a buildId', (f) => f === 'manifest.json', { status: 200, body: '{"schemaVersion":2}' }],
];

describe('error view', () => {
  it.each(cases)('%s shows the error view, and Retry recovers', async (_name, match, fault) => {
    const server = await serveIndex();
    server.fail(match, fault);
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/damaged/);
    server.heal();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hot stories' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });

  it.each([
    ['an HTML page', errorPage],
    ['a JSON error body', '{"error":"not found"}'],
  ])('an article bucket that is %s with status 200 is an error, not "Not found", and Retry recovers', async (_name, body) => {
    const server = await serveIndex();
    server.fail((f) => f.startsWith('articles/') && !f.startsWith('articles/index-'), { status: 200, body });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hot stories' });
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The server answered with something other than the news index, such as an error page.');
    expect(screen.queryByRole('heading', { name: 'Not found' })).toBeNull();
    server.heal();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpha chips get faster' })).toBeInTheDocument();
  });

  it('a topic list that is not one is an error with Retry, and Retry recovers', async () => {
    const server = await serveIndex();
    server.fail((f) => f.startsWith('topics/'), { status: 200, body: '{"message":"Internal error"}' });
    renderApp('/topics');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/something other than the news index/);
    server.heal();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Topics' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^AI/ })).toBeInTheDocument();
  });

  it('refuses a manifest of another schema version', async () => {
    const server = await serveIndex();
    const manifest = await server.readJson<Record<string, unknown>>('manifest.json');
    server.fail((f) => f === 'manifest.json', { status: 200, body: JSON.stringify({ ...manifest, schemaVersion: 1 }) });
    renderApp('/');
    expect(await screen.findByText(/different version of the reader/)).toBeInTheDocument();
    server.heal();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hot stories' })).toBeInTheDocument();
  });

  it('an article whose bucket fails keeps the layout and can be retried', async () => {
    const server = await serveIndex();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hot stories' });
    server.fail((f) => f.startsWith('articles/'), { status: 503 });
    await userEvent.click(screen.getByRole('link', { name: 'Alpha chips get faster' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    server.heal();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpha chips get faster' })).toBeInTheDocument();
  });
});
