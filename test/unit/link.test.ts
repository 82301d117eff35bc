import { describe, expect, it } from 'vitest';
import { link as linkIndex } from '../../src/cli/link/link';
import type { ArticleRecord } from '../../src/cli/record';
import type { Article } from '../../src/shared/index-schema';
import { accept, articlesOf, articleText } from './helpers';

const link = (records: ArticleRecord[]) => {
  // The clustering time is a measurement, not an output.
  const { clusterMs: _clusterMs, ...out } = linkIndex(records);
  return { ...out, articles: articlesOf(out) };
};

let n = 0;
/** A normalised record from front-matter fields; every record gets its own URL unless given one. */
function rec(overrides: Record<string, unknown> = {}, file = `f${++n}.md`): ArticleRecord {
  return accept(articleText({ webUrl: `https://site${n}.example/a/${n}`, ...overrides }), { includeUnpublished: true }, file).record;
}
const bySlug = (articles: Article[], title: string) => articles.find((a) => a.title === title)!;

describe('link: duplicates', () => {
  it('keeps the newest publication\'s title and date, with the most complete record\'s fields', () => {
    const old = rec({ title: 'Old headline', webUrl: 'https://dup.example/n', excerpt: 'rich', heat: 5, topics: ['AI'] }, 'old.md');
    const fresh = rec({ title: 'Corrected headline', webUrl: 'https://dup.example/n', publishedDateTime: '2024-03-02T08:00:00Z' }, 'new.md');
    const [a] = link([old, fresh]).articles;
    expect(a).toMatchObject({ title: 'Corrected headline', published: '2024-03-02T08:00:00.000Z', excerpt: 'rich', heat: 5 });
  });

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
  it('makes readable slugs from titles, unique through the key of each canonical URL', () => {
    const out = link([
      rec({ title: 'Same Title', publishedDateTime: '2024-03-02T00:00:00Z' }),
      rec({ title: 'Same Title', publishedDateTime: '2024-03-01T00:00:00Z', excerpt: 'older' }),
      rec({ title: 'Künstliche Intelligenz heute' }),
    ]);
    const slugs = out.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs.filter((slug) => /^same-title-[0-9a-z]{8}$/.test(slug))).toHaveLength(2);
    expect(slugs.filter((slug) => /^künstliche-intelligenz-heute-[0-9a-z]{8}$/.test(slug))).toHaveLength(1);
  });

  it('is the key alone for a title without letters or digits', () => {
    const out = link([rec({ title: '🚀🚀🚀' })]);
    expect(out.articles[0]!.slug).toMatch(/^[0-9a-z]{8}$/);
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
      expect.objectContaining({ title: 'Target elsewhere', slug: bySlug(out.articles, 'Target').slug, url: 'https://news-medical.net/news/x.aspx/?utm_campaign=y#c' }),
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

  it('links in either direction without making a story of unrelated articles', () => {
    const b = rec({ title: 'Quarterly cocoa prices', webUrl: 'https://b.example/b' });
    const a = rec({ title: 'Volcano ash grounds flights', related: [{ title: 'b', webUrl: 'https://b.example/b' }] });
    const out = link([a, b]);
    expect(bySlug(out.articles, 'Volcano ash grounds flights').related[0]).toHaveProperty('slug');
    expect(out.stories).toBe(0);
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
    expect(a.excerpt!.startsWith(long)).toBe(true);
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
