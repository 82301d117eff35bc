import { describe, expect, it } from 'vitest';
import { SlugAllocator, slugify } from '../../src/cli/link/slug';

describe('slugify', () => {
  it.each([
    ['Deep Learning Network Predicts Cancer Cells’ Metastatic Potential', 'deep-learning-network-predicts-cancer-cells-metastatic-potential'],
    ['Microsoft Power Apps | 2019 release wave 2 overview', 'microsoft-power-apps-2019-release-wave-2-overview'],
    ["It's   --  a test!!", 'its-a-test'],
    ['Künstliche Intelligenz', 'künstliche-intelligenz'],
    ['KÜNSTLICHE INTELLIGENZ', 'künstliche-intelligenz'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['日本語 ニュース', '日本語-ニュース'],
    ['Ελληνικά νέα', 'ελληνικά-νέα'],
    ['C++ & C#', 'c-c'],
    ['  AI  ', 'ai'],
    ['🚀🚀', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps combining marks in decomposed input readable (NFKC)', () => {
    expect(slugify('Cafe\u0301 Crème')).toBe('café-crème');
  });

  it('is safe in a URL path segment: no slashes, dots, spaces or quotes', () => {
    expect(slugify('../../etc/passwd "quoted" <b>')).toBe('etc-passwd-quoted-b');
  });

  it('shortens long titles at a dash', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
    expect(slugify('x'.repeat(200)).length).toBe(80);
    expect(slugify('ab cd ef', 5)).toBe('ab-cd');
  });

  it('is idempotent', () => {
    for (const text of ['Künstliche Intelligenz', 'Cells’ Potential', 'a--b', '-x-', 'word '.repeat(40), 'K’\u0301', 'Â’\u0301']) {
      expect(slugify(slugify(text))).toBe(slugify(text));
    }
  });
});

describe('SlugAllocator', () => {
  it('hands out unique slugs with numbered suffixes', () => {
    const slugs = new SlugAllocator();
    expect(slugs.allocate('news', 'x')).toBe('news');
    expect(slugs.allocate('news', 'y')).toBe('news-2');
    expect(slugs.allocate('news', 'z')).toBe('news-3');
    expect(slugs.allocate('other', 'w')).toBe('other');
  });

  it('uses the fallback when the base is empty', () => {
    const slugs = new SlugAllocator();
    expect(slugs.allocate('', 'abc123')).toBe('abc123');
    expect(slugs.allocate('', 'abc123')).toBe('abc123-2');
  });

  it('does not collide with a title that already ends in a number', () => {
    const slugs = new SlugAllocator();
    const out = ['news-2', 'news', 'news'].map((s) => slugs.allocate(s, 'f'));
    expect(new Set(out).size).toBe(3);
  });
});
