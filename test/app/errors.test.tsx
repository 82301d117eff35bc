import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveIndex, type Fault } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const cases: [string, (file: string) => boolean, Fault][] = [
  ['a 500 on the feed head', (f) => f.startsWith('lists/'), { status: 500 }],
  ['a 404 on the manifest', (f) => f === 'manifest.json', { status: 404 }],
  ['a network error', (f) => f === 'manifest.json', { network: true }],
  ['invalid JSON', (f) => f.startsWith('lists/'), { status: 200, body: '{"cards": [' }],
];

describe('error view', () => {
  it.each(cases)('%s shows the error view, and Retry recovers', async (_name, match, fault) => {
    const server = await serveIndex();
    server.fail(match, fault);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    server.heal();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hot stories' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(6);
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
