import { describe, expect, it } from 'vitest';
import { link } from '../../src/cli/link';
import type { ArticleRecord } from '../../src/cli/record';
import type { Article } from '../../src/shared/index-schema';
import { accept, articleText } from './helpers';

let n = 0;
/** A normalised record from front-matter fields; every record gets its own URL unless given one. */
function rec(overrides: Record<string, unknown> = {}, file = `f${++n}.md`): ArticleRecord {
  return accept(articleText({ webUrl: `https://site${n}.example/a/${n}`, ...overrides }), {}, file).record;
}
const bySlug = (articles: Article[], title: string) => articles.find((a) => a.title === title)!;

describe('link: duplicates', () => {
  it('keeps one article per canonical URL and warns naming both files', () => {
    const a = rec({ title: 'Original', webUrl: 'https://www.dup.example/story/?utm_source=x' }, 'a/one.md');
    const b = rec({ title: 'Copy', webUrl: 'http://DUP.example/story#frag', excerpt: 'richer', heat: 5, topics: ['AI'] }, 'b/two.md');
    const out = link([a, b]);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0]!.title).toBe('Copy');
    expect(out.warnings).toHaveLength(1);
    const w = out.warnings[0]!;
    expect(w.file).toBe('a/one.md');
    expect(w.message).toContain('b/two.md');
    expect(w.message).toContain('dup.example/story');
  });

  it('keeps the first file when both records are equally good, whatever the input order', () => {
    const a = rec({ title: 'A', webUrl: 'https://same.example/x' }, 'a.md');
    const b = rec({ title: 'B', webUrl: 'https://same.example/x/' }, 'b.md');
    expect(link([a, b]).articles[0]!.title).toBe('A');
    expect(link([b, a]).articles[0]!.title).toBe('A');
    expect(link([b, a]).warnings).toEqual([{ file: 'b.md', message: expect.stringContaining('a.md') }]);
  });

  it('prefers a published record over an unpublished one', () => {
    const a = rec({ title: 'Unpublished', webUrl: 'https://same.example/y', published: false, heat: 1, excerpt: 'e' }, 'a.md');
    const b = rec({ title: 'Published', webUrl: 'https://same.example/y' }, 'b.md');
    expect(link([a, b]).articles[0]!.title).toBe('Published');
  });

  it('counts a triple as one article with two warnings', () => {
    const recs = ['x.md', 'y.md', 'z.md'].map((f) => rec({ webUrl: 'https://triple.example/t' }, f));
    const out = link(recs);
    expect(out.articles).toHaveLength(1);
    expect(out.warnings).toHaveLength(2);
  });
});

describe('link: topics', () => {
  it('merges topics case-insensitively, trimmed, in their most common spelling', () => {
    const out = link([
      rec({ topics: ['AI'] }), rec({ topics: [' AI '] }), rec({ topics: ['ai'] }), rec({ topics: ['Ai', 'Cloud'] }),
    ]);
    expect(out.topics).toEqual([
      { slug: 'ai', name: 'AI', count: 4 },
      { slug: 'cloud', name: 'Cloud', count: 1 },
    ]);
    for (const a of out.articles) expect(a.topics.find((t) => t.slug === 'ai')).toEqual({ slug: 'ai', name: 'AI' });
  });

  it('counts a topic once per article even if the article repeats it', () => {
    const out = link([rec({ topics: ['AI', 'ai', 'AI'] })]);
    expect(out.topics).toEqual([{ slug: 'ai', name: 'AI', count: 1 }]);
    expect(out.articles[0]!.topics).toEqual([{ slug: 'ai', name: 'AI' }]);
  });

  it('gives Unicode-safe slugs', () => {
    const out = link([rec({ topics: ['Künstliche Intelligenz', '機械学習', 'Ελληνικά'] })]);
    expect(out.topics.map((t) => t.slug).sort()).toEqual(['künstliche-intelligenz', 'ελληνικά', '機械学習'].sort());
  });

  it('gives distinct topics distinct slugs, and a fallback for names without letters', () => {
    const out = link([rec({ topics: ['C++', 'C#', 'C', '🚀'] })]);
    const slugs = out.topics.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(4);
    for (const s of slugs) expect(s).toMatch(/^[\p{L}\p{N}-]+$/u);
  });

  it('sorts topics by count, then name', () => {
    const out = link([rec({ topics: ['B', 'A'] }), rec({ topics: ['B'] }), rec({ topics: ['C'] })]);
    expect(out.topics.map((t) => t.name)).toEqual(['B', 'A', 'C']);
  });
});

describe('link: providers', () => {
  it('keys providers by domain with name, logo and count', () => {
    const logo = 'https://logos.example/aws.jpg';
    const out = link([
      rec({ provider: { name: 'AWS', domain: 'aws.amazon.com', images: [{ url: logo, width: 50, height: 50 }] } }),
      rec({ provider: { name: 'AWS', domain: 'www.AWS.amazon.com' } }),
      rec({ provider: { name: 'Amazon Web Services', domain: 'aws.amazon.com' } }),
      rec({ webUrl: 'https://www.news-medical.net/x' }),
    ]);
    expect(out.providers).toEqual([
      { domain: 'aws.amazon.com', name: 'AWS', logo, count: 3 },
      { domain: 'news-medical.net', name: 'news-medical.net', count: 1 },
    ]);
    for (const a of out.articles.filter((x) => x.provider.domain === 'aws.amazon.com')) {
      expect(a.provider).toEqual({ domain: 'aws.amazon.com', name: 'AWS', logo });
    }
  });
});

describe('link: slugs', () => {
  it('makes readable, unique slugs from titles; the oldest keeps the plain one', () => {
    const out = link([
      rec({ title: 'Same Title', publishedDateTime: '2024-03-02T00:00:00Z' }),
      rec({ title: 'Same Title', publishedDateTime: '2024-03-01T00:00:00Z', excerpt: 'older' }),
      rec({ title: 'Künstliche Intelligenz heute' }),
    ]);
    const slugs = out.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(3);
    expect(out.articles.find((a) => a.excerpt === 'older')!.slug).toBe('same-title');
    expect(slugs).toContain('same-title-2');
    expect(slugs).toContain('künstliche-intelligenz-heute');
  });

  it('falls back to the id for a title without letters or digits', () => {
    const out = link([rec({ title: '🚀🚀🚀' })]);
    expect(out.articles[0]!.slug).toBe(out.articles[0]!.id);
  });
});

describe('link: related entries and stories', () => {
  it('turns a related entry into an internal link when its canonical URL is indexed', () => {
    const target = rec({ title: 'Target', webUrl: 'https://www.news-medical.net/news/x.aspx' });
    const source = rec({
      title: 'Source',
      related: [
        { title: 'Target elsewhere', webUrl: 'https://news-medical.net/news/x.aspx/?utm_campaign=y#c' },
        { title: 'Not indexed', webUrl: 'https://other.example/z' },
        { title: 'No URL' },
      ],
    });
    const out = link([target, source]);
    const s = bySlug(out.articles, 'Source');
    expect(s.related).toEqual([
      expect.objectContaining({ title: 'Target elsewhere', slug: 'target', url: 'https://news-medical.net/news/x.aspx/?utm_campaign=y#c' }),
      expect.not.objectContaining({ slug: expect.anything() }),
      expect.not.objectContaining({ slug: expect.anything() }),
    ]);
    for (const r of s.related) expect(r).not.toHaveProperty('canonical');
  });

  it('does not link an article to itself', () => {
    const self = rec({ title: 'Self', webUrl: 'https://self.example/a', related: [{ title: 'me', webUrl: 'https://self.example/a' }] });
    const out = link([self]);
    expect(out.articles[0]!.related[0]).not.toHaveProperty('slug');
    expect(out.articles[0]!.story).toBeUndefined();
    expect(out.stories).toBe(0);
  });

  it('joins articles through related links in either direction into one story', () => {
    // A → B (A lists B), C → B (C lists B), D alone; E ↔ F both ways.
    const b = rec({ title: 'B', webUrl: 'https://b.example/b', heat: 50 });
    const a = rec({ title: 'A', heat: 10, related: [{ title: 'b', webUrl: 'https://b.example/b' }] });
    const c = rec({ title: 'C', heat: 90, related: [{ title: 'b', webUrl: 'https://b.example/b' }] });
    const d = rec({ title: 'D' });
    const e = rec({ title: 'E', webUrl: 'https://e.example/e', related: [{ title: 'f', webUrl: 'https://f.example/f' }] });
    const f = rec({ title: 'F', webUrl: 'https://f.example/f', related: [{ title: 'e', webUrl: 'https://e.example/e' }] });
    const out = link([a, b, c, d, e, f]);
    expect(out.stories).toBe(2);

    const story = (title: string) => bySlug(out.articles, title).story;
    expect(story('D')).toBeUndefined();
    for (const t of ['A', 'B', 'C']) {
      expect(story(t)!.size).toBe(3);
      expect(story(t)!.articles.map((x) => x.title).sort()).toEqual(['A', 'B', 'C'].filter((x) => x !== t));
    }
    // Same story id everywhere; the others are hottest first and carry no excerpt.
    expect(new Set(['A', 'B', 'C'].map((t) => story(t)!.id)).size).toBe(1);
    expect(story('B')!.articles.map((x) => x.title)).toEqual(['C', 'A']);
    expect(story('E')!.articles.map((x) => x.title)).toEqual(['F']);
    expect(story('E')!.id).not.toBe(story('A')!.id);
    // B never listed A, but it knows A through the story.
    expect(bySlug(out.articles, 'B').related).toEqual([]);
  });

  it('caps the story list at 12 others but reports the full size', () => {
    const hub = rec({ title: 'Hub', webUrl: 'https://hub.example/h' });
    const spokes = Array.from({ length: 25 }, (_, i) => rec({ title: `Spoke ${i}`, related: [{ title: 'hub', webUrl: 'https://hub.example/h' }] }));
    const out = link([hub, ...spokes]);
    const story = bySlug(out.articles, 'Hub').story!;
    expect(story.size).toBe(26);
    expect(story.articles).toHaveLength(12);
    expect(story.articles.every((c) => !('excerpt' in c) && !('topics' in c))).toBe(true);
  });
});

describe('link: order and cards', () => {
  it('orders articles by heat, then newest, then id', () => {
    const out = link([
      rec({ title: 'cold', heat: 1 }),
      rec({ title: 'none' }),
      rec({ title: 'hot old', heat: 9, publishedDateTime: '2024-01-01T00:00:00Z' }),
      rec({ title: 'hot new', heat: 9, publishedDateTime: '2024-02-01T00:00:00Z' }),
    ]);
    expect(out.articles.map((a) => a.title)).toEqual(['hot new', 'hot old', 'cold', 'none']);
  });

  it('is independent of input order', () => {
    const recs = [rec({ topics: ['X'], heat: 3 }), rec({ topics: ['x'] }), rec({ title: 'Same', heat: 3 }), rec({ title: 'Same' })];
    expect(JSON.stringify(link([...recs].reverse()))).toBe(JSON.stringify(link(recs)));
  });

  it('flags unpublished articles and truncates card excerpts', () => {
    const long = 'word '.repeat(100).trim();
    const out = link([rec({ title: 'U', published: false, excerpt: long })]);
    const a = out.articles[0]!;
    expect(a.unpublished).toBe(true);
    expect(a.excerpt).toBe(long);
    expect(a.published).toBe('2024-03-01T10:00:00.000Z');
  });

  it('writes no undefined fields and never the raw canonical URL or file', () => {
    const out = link([rec({ title: 'Plain' })]);
    const a = out.articles[0]!;
    for (const [k, v] of Object.entries(a)) expect(v, k).not.toBeUndefined();
    expect(a).not.toHaveProperty('canonical');
    expect(a).not.toHaveProperty('file');
  });
});
