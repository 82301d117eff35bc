import { articleKey, articleSlug } from '../../../src/cli/link/slug';
import { canonicalUrl } from '../../../src/cli/parse/urls';
import { parseArticleSlug } from '../../../src/shared/article-slug';
import type { CardIndexShard, CardsShard, Manifest } from '../../../src/shared/index-schema';
import type { serveIndex } from './index-server';

type Server = Awaited<ReturnType<typeof serveIndex>>;

/** The slug the built index gave the article with this title (not worked out here, so the test sees what the reader gets). */
export async function slugOf(server: Server, title: string): Promise<string> {
  const manifest = await server.readJson<Manifest>('manifest.json');
  const { chunks } = await server.readJson<CardIndexShard>(manifest.cards);
  for (const chunk of chunks) {
    const card = (await server.readJson<CardsShard>(chunk)).cards.find((c) => c.title === title);
    if (card) return card.slug;
  }
  throw new Error(`the test index has no article titled ${title}`);
}

export const keyOf = (slug: string): string => parseArticleSlug(slug)!.key;

/** The slug an article left out of the index (a draft) would have had. */
export function slugIfIndexed(entry: { title: string; url: string }): string {
  return articleSlug(entry.title, articleKey(canonicalUrl(entry.url)));
}
