import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';

const cards = () => screen.getAllByRole('article');
const attr = (name: string) => cards().map((card) => card.getAttribute(name));

describe('feed', () => {
  beforeEach(async () => {
    await serveIndex();
  });

  it('lists cards sorted by heat, with the Heat sort marked current', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hottest stories' })).toBeInTheDocument();
    expect(attr('data-heat').map(Number)).toEqual([90, 75, 60, 40, 10]);
    expect(screen.getByRole('link', { name: 'Heat' })).toHaveAttribute('aria-current', 'page');
    const first = within(cards()[0]!);
    expect(first.getByRole('heading', { name: 'Alpha chips get faster' })).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'Alpha chips get faster' })).toHaveAttribute('href', expect.stringMatching(/^\/articles\//));
    expect(first.getByRole('link', { name: 'Alpha News' })).toHaveAttribute('href', '/sources/alpha.example.com');
    expect(first.getByRole('link', { name: 'AI' })).toHaveAttribute('href', '/topics/ai');
    expect(first.getByText('Heat')).toBeInTheDocument();
    expect(cards()[0]!.querySelector('time')).toHaveAttribute('datetime', '2024-03-01T10:00:00.000Z');
  });

  it('switching sorts updates the URL and the order', async () => {
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Hottest stories' });
    await userEvent.click(screen.getByRole('link', { name: 'Quality' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Best stories' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=quality');
    expect(attr('data-quality').map(Number)).toEqual([95, 70, 50, 20, 10]);
    expect(screen.getByRole('link', { name: 'Quality' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Heat' })).not.toHaveAttribute('aria-current');

    await userEvent.click(screen.getByRole('link', { name: 'Newest' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Newest stories' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?sort=newest');
    const published = attr('data-published').map((iso) => Date.parse(iso ?? ''));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it('renders a hostile title as text', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('sets the document title and landmarks', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Heatline');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });
});
