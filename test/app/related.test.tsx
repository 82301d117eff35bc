import { readdirSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, ArticleShard } from '../../src/shared/index-schema';
import { orbitalStory } from './helpers/corpus';
import { serveIndex } from './helpers/index-server';
import { renderApp } from './helpers/render-app';
import { keyOf, slugOf } from './helpers/slugs';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const panel = () => screen.getByRole('complementary', { name: 'Related stories' });
const groupHeadings = () => within(panel()).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const itemTitles = () => within(panel()).queryAllByRole('heading', { level: 4 }).map((h) => h.textContent);
const LEAD = orbitalStory[0]!.title;

type Server = Awaited<ReturnType<typeof serveIndex>>;

/** Serves the article's bucket with `change` applied to it, as if the index had said so. */
async function rewriteArticle(server: Server, slug: string, change: (article: Article) => void) {
  for (const file of readdirSync(path.join(server.outDir, 'articles'))) {
    const shard = await server.readJson<Partial<ArticleShard>>(`articles/${file}`);
    const article = shard.articles?.[keyOf(slug)];
    if (!article) continue;
    change(article);
    server.fail((f) => f === `articles/${file}`, { status: 200, body: JSON.stringify(shard) });
    return;
  }
  throw new Error(`no bucket holds ${slug}`);
}

describe('related panel, ranked', () => {
  let server: Server;
  beforeEach(async () => {
    server = await serveIndex();
  });

  it("puts the article's own story first, with a way to the whole story", async () => {
    renderApp('/');
    await h1('Hot stories');
    await userEvent.click(screen.getByRole('link', { name: /^\+2 more from / }));
    await h1(LEAD);
    await userEvent.click(screen.getByRole('link', { name: orbitalStory[1]!.title }));
    await h1(orbitalStory[1]!.title);
    expect(screen.getByText('Full coverage:').textContent).toBe('Full coverage: 3 articles from 3 outlets');
    expect(groupHeadings()[0]).toMatch(/^Also covered by (Orbit Times and Launch Daily|Launch Daily and Orbit Times)$/);
    expect(within(panel()).getByRole('link', { name: LEAD })).toBeInTheDocument();
    expect(itemTitles()).toEqual([LEAD, orbitalStory[2]!.title]);
    expect(within(panel()).queryByText(/^More from/)).toBeNull();
    await userEvent.click(within(panel()).getByRole('link', { name: 'See all 3 articles in this story' }));
    const heading = await h1(LEAD);
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('lists a related link that is also in the story once, with the story', async () => {
    const slug = await slugOf(server, orbitalStory[1]!.title);
    const leadSlug = await slugOf(server, LEAD);
    await rewriteArticle(server, slug, (article) => {
      article.related = [
        { title: LEAD, slug: leadSlug },
        { title: 'Outside view of the launch', url: 'https://outside.example.net/launch' },
      ];
    });
    renderApp(`/articles/${slug}`);
    await h1(orbitalStory[1]!.title);
    expect(groupHeadings()).toEqual([expect.stringMatching(/^Also covered by /), 'Further reading']);
    expect(within(panel()).getAllByRole('link', { name: LEAD })).toHaveLength(1);
    expect(within(panel()).getByRole('link', { name: /Outside view of the launch/ })).toHaveAttribute('target', '_blank');
  });

  it("shows the file's related links when there is no story, and no topic suggestions", async () => {
    renderApp(`/articles/${await slugOf(server, 'Alpha chips get faster')}`);
    await h1('Alpha chips get faster');
    expect(within(panel()).getByRole('link', { name: 'Beta cloud bill shrinks' })).toBeInTheDocument();
    expect(within(panel()).getByRole('link', { name: /Outside take on chips/ })).toBeInTheDocument();
    expect(within(panel()).queryByText(/^More from/)).toBeNull();
  });

  it('shows similar coverage, and then no topic suggestions', async () => {
    const slug = await slugOf(server, 'Gamma model tops benchmark');
    const deltaSlug = await slugOf(server, 'Delta video explains GPUs');
    await rewriteArticle(server, slug, (article) => {
      article.similar = [
        {
          id: 'delta',
          slug: deltaSlug,
          title: 'Delta video explains GPUs',
          type: 'video',
          published: '2024-03-04T10:00:00.000Z',
          hot: -3,
          provider: { domain: 'beta.example.org', name: 'Beta Daily' },
        },
      ];
    });
    renderApp(`/articles/${slug}`);
    await h1('Gamma model tops benchmark');
    expect(groupHeadings()).toEqual(['Similar coverage']);
    expect(within(panel()).getByRole('link', { name: 'Delta video explains GPUs' })).toHaveAttribute(
      'href',
      `/articles/${deltaSlug}`,
    );
    expect(within(panel()).queryByText(/^More from/)).toBeNull();
  });

  it('with nothing related, suggests more from the first topic', async () => {
    renderApp(`/articles/${await slugOf(server, 'Gamma model tops benchmark')}`);
    await h1('Gamma model tops benchmark');
    expect(await within(panel()).findByRole('link', { name: 'Alpha chips get faster' })).toBeInTheDocument();
    expect(groupHeadings()).toEqual(['More from AI']);
  });
});
