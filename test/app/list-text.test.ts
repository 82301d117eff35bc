import { describe, expect, it } from 'vitest';
import { defaultSort, offeredSorts, parseSort } from '../../src/config/sort';
import { paths } from '../../src/config/paths';
import { formatDayRange } from '../../src/lib/format-date';
import { outletList } from '../../src/lib/outlet-list';
import { storiesAndArticles } from '../../src/lib/count-label';

describe('outletList', () => {
  it.each([
    [['A'], 0, 'A'],
    [['A', 'B'], 0, 'A and B'],
    [['A', 'B', 'C'], 0, 'A, B and C'],
    [['A', 'B'], 2, 'A, B and 2 others'],
    [['A', 'B', 'C'], 1, 'A, B, C and 1 other'],
    [[], 3, '3 others'],
  ] as const)('%j + %d more → %s', (names, more, text) => {
    expect(outletList(names, more)).toBe(text);
  });
});

describe('formatDayRange', () => {
  it('gives one date for one day, else a range with the year once', () => {
    const at = (published: string) => ({ published });
    const utc = { timeZone: 'UTC' };
    expect(formatDayRange(at('2021-08-23T08:00:00Z'), at('2021-08-23T18:00:00Z'), utc)).toBe('23 Aug 2021');
    expect(formatDayRange(at('2021-08-23T08:00:00Z'), at('2021-08-25T12:00:00Z'), utc)).toBe('23 Aug – 25 Aug 2021');
    expect(formatDayRange(at('2020-12-30T12:00:00Z'), at('2021-01-02T12:00:00Z'), utc)).toBe('30 Dec 2020 – 2 Jan 2021');
  });
});

describe('counts', () => {
  it('says stories and articles, singular and plural', () => {
    expect(storiesAndArticles(412, 443)).toBe('412 stories · 443 articles');
    expect(storiesAndArticles(1, 1)).toBe('1 story · 1 article');
    expect(storiesAndArticles(1200, 4500)).toBe('1,200 stories · 4,500 articles');
  });
});

describe('sorts', () => {
  it('offers the manifest’s sorts in its order, dropping unknown names', () => {
    expect(offeredSorts(['hot', 'heat', 'newest'])).toEqual(['hot', 'heat', 'newest']);
    expect(offeredSorts(['newest', 'bogus', 'hot', 'hot'])).toEqual(['newest', 'hot']);
    expect(offeredSorts([])).toEqual(['hot']);
    expect(offeredSorts(undefined)).toEqual(['hot']);
  });

  it('falls back to Hot, or to the first offered sort when Hot is not offered', () => {
    expect(parseSort(null, ['hot', 'heat'])).toBe('hot');
    expect(parseSort('quality', ['hot', 'heat'])).toBe('hot');
    expect(parseSort('heat', ['hot', 'heat'])).toBe('heat');
    expect(defaultSort(['heat', 'newest'])).toBe('heat');
  });

  it('gives the default sort the clean URL', () => {
    expect(paths.feed.getHref('hot')).toBe('/');
    expect(paths.feed.getHref('heat')).toBe('/?sort=heat');
    expect(paths.topic.getHref('ai', 'hot')).toBe('/topics/ai');
    expect(paths.source.getHref('a.example', 'newest')).toBe('/sources/a.example?sort=newest');
    expect(paths.story.getHref('a/b')).toBe('/stories/a%2Fb');
  });
});
