import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Entry } from './helpers/corpus';
import { buildCorpus, serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { slugOf } from './helpers/slugs';

const words = ['harbour', 'glacier', 'orchard', 'lantern', 'meadow', 'canyon', 'tundra', 'violin', 'quarry', 'falcon', 'pepper',
  'ember', 'marble', 'saddle', 'thistle', 'walnut', 'beacon', 'cobalt', 'dune', 'fjord', 'geyser', 'heron'];

/** 22 articles: 21 in the category News, one in Analysis. */
const corpus: Entry[] = words.map((word, i) => ({
  file: `${word}.md`,
  title: `The ${word} report number ${i}`,
  url: `https://outlet.example.com/${word}`,
  published: new Date(Date.UTC(2024, 2, 1 + i, 10)).toISOString().replace('.000', ''),
  topics: [word],
  provider: ['Outlet', 'outlet.example.com'],
  extra: `category: ${i === 0 ? 'Analysis' : 'News'}\n`,
}));

const eyebrow = () => document.querySelector('.article__header .eyebrow');

describe('the article eyebrow', () => {
  it('leaves out a category that (nearly) every article has, and shows one that tells this article apart', async () => {
    const server = await serveIndex();
    server.serveFrom(await buildCorpus(corpus));
    const news = await slugOf(server, corpus[1]!.title);
    const analysis = await slugOf(server, corpus[0]!.title);

    const first = renderApp(`/articles/${news}`);
    await screen.findByRole('heading', { level: 1, name: corpus[1]!.title });
    expect(eyebrow()).toBeNull();
    expect(screen.queryByText('News')).toBeNull();
    first.unmount();

    renderApp(`/articles/${analysis}`);
    await screen.findByRole('heading', { level: 1, name: corpus[0]!.title });
    expect(eyebrow()).toHaveTextContent('Analysis');
  });
});
