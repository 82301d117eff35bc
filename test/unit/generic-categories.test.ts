import { describe, expect, it } from 'vitest';
import { link } from '../../src/cli/link/link';
import { manifestSchema } from '../../src/shared/index-schema';
import { accept, articleText, shardsInMemory } from './helpers';

/** `n` articles, the category of the ith from `categoryOf`. */
function manifestOf(n: number, categoryOf: (i: number) => string | undefined) {
  const records = Array.from({ length: n }, (_, i) => {
    const category = categoryOf(i);
    return accept(articleText({
      title: `Article ${i}`,
      webUrl: `https://outlet.example/news/${i}`,
      publishedDateTime: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      provider: { name: 'Outlet', domain: 'outlet.example' },
      ...(category ? { category } : {}),
    }), {}, `f${i}.md`).record;
  });
  return manifestSchema.parse(JSON.parse(shardsInMemory(link(records)).manifest));
}

describe('generic categories', () => {
  it('names a category on more than half of the articles, and only that one', () => {
    const manifest = manifestOf(40, (i) => (i < 30 ? 'News' : i < 35 ? 'Analysis' : undefined));
    expect(manifest.genericCategories).toEqual(['news']);
  });

  it('names none when no category covers more than half', () => {
    const manifest = manifestOf(40, (i) => (i % 2 ? 'News' : 'Analysis'));
    expect(manifest.genericCategories).toBeUndefined();
  });

  it('names none in a corpus too small for a share to mean anything', () => {
    expect(manifestOf(5, () => 'News').genericCategories).toBeUndefined();
  });
});
