import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { LinkedIndex } from '../../src/cli/link/link';
import { ACTIVITY_DAYS, ACTIVITY_WEEKS, daysBack, isTrending, trendOf, weeksOf } from '../../src/shared/activity';
import type { Card, HeadlinesShard, ListsShard, Manifest, TopicsShard } from '../../src/shared/index-schema';
import { listDirectoryPath, shardName } from '../../src/shared/shard-paths';
import { inTimeWindow } from '../../src/shared/time-windows';
import { shardsInMemory } from './helpers';

vi.setConfig({ testTimeout: 60_000 });

const DAY = 86_400_000;
const NEWEST = Date.parse('2025-05-31T12:00:00Z');

describe('daysBack', () => {
  it('counts 24-hour days back from the newest article, so day 0 holds it', () => {
    expect(daysBack(NEWEST, NEWEST)).toBe(0);
    expect(daysBack(NEWEST - 1, NEWEST)).toBe(0);
    expect(daysBack(NEWEST - DAY, NEWEST)).toBe(0);
    expect(daysBack(NEWEST - DAY - 1, NEWEST)).toBe(1);
    expect(daysBack(NEWEST - (ACTIVITY_DAYS - 1) * DAY - 1, NEWEST)).toBe(ACTIVITY_DAYS - 1);
    expect(daysBack(NEWEST - ACTIVITY_DAYS * DAY - 1, NEWEST)).toBe(-1);
  });

  it("agrees with the This week filter: its first six days and the seventh's last instant are this week's", () => {
    for (const back of [0, 1, DAY, 3 * DAY + 5, 7 * DAY - 1, 7 * DAY, 7 * DAY + 1, 8 * DAY]) {
      const published = NEWEST - back;
      expect(daysBack(published, NEWEST) < 7, `${back} ms back`).toBe(inTimeWindow(published, NEWEST, 'week'));
    }
  });
});

describe('weeksOf and trendOf', () => {
  it('sums the last whole weeks of the days, oldest first', () => {
    const days = Array.from({ length: ACTIVITY_DAYS }, (_, i) => i);
    const weeks = weeksOf(days);
    expect(weeks).toHaveLength(ACTIVITY_WEEKS);
    // The first ACTIVITY_DAYS - 7 × ACTIVITY_WEEKS days are left out; the last week is days 83–89.
    expect(weeks[ACTIVITY_WEEKS - 1]).toBe(83 + 84 + 85 + 86 + 87 + 88 + 89);
    expect(weeks[0]).toBe(6 + 7 + 8 + 9 + 10 + 11 + 12);
  });

  it('scores a rise by how far this week stands above the usual week, counted in √(usual + 1)', () => {
    const rising = trendOf([...Array(11).fill(1), 6]);
    expect(rising).toEqual({ thisWeek: 6, usual: 1, change: 500, score: 3.54 });
    expect(isTrending(rising)).toBe(true);
    // Forty against a usual ten outranks three against almost nothing.
    expect(trendOf([...Array(11).fill(10), 40]).score).toBeGreaterThan(trendOf([...Array(10).fill(0), 2, 3]).score);
  });

  it('has no percentage without a history, and does not call one article more than nothing a trend', () => {
    expect(trendOf([...Array(11).fill(0), 3])).toMatchObject({ change: null, score: 3 });
    expect(isTrending(trendOf([...Array(11).fill(0), 3]))).toBe(true);
    expect(isTrending(trendOf([...Array(11).fill(0), 2]))).toBe(false);
    expect(isTrending(trendOf([...Array(11).fill(4), 4]))).toBe(false);
    expect(trendOf([...Array(11).fill(4), 2])).toMatchObject({ change: -50 });
  });
});

/** A linked index of plain cards (no stories, no bodies): enough for the layout stage. */
function fakeIndex(
  items: { publishedMs: number; topics: string[]; outlet: number; story?: string }[],
  topicCount: number, outlets: number,
): LinkedIndex {
  const topicName = (n: number) => `Subject ${n.toString(36)} ${['coverage', 'watch', 'desk'][n % 3]}`;
  const slugOf = (n: number) => `subject-${n.toString(36)}`;
  const counts = new Array<number>(topicCount).fill(0);
  const cards: Card[] = items.map((item, i) => {
    for (const t of item.topics) counts[Number(t)]! += 1;
    return {
      id: `a${i}`, slug: `headline-number-${i}-k${i.toString(36)}`, title: `Headline number ${i} about the matter at hand`,
      type: 'article', published: new Date(item.publishedMs).toISOString(), hot: -i,
      provider: { domain: `outlet${item.outlet}.example`, name: `Outlet ${item.outlet}` },
      topics: item.topics.map((t) => ({ slug: slugOf(Number(t)), name: topicName(Number(t)) })),
      ...(item.story ? { story: { id: item.story, size: 2, outlets: 2, others: [], latest: new Date(item.publishedMs).toISOString() } } : {}),
    };
  });
  return {
    cards,
    topicSlugs: items.map((item) => item.topics.map((t) => slugOf(Number(t)))),
    searchTerms: cards.map(() => ''),
    articleJson: (rank) => JSON.stringify({ id: cards[rank]!.id }),
    topics: counts
      .map((count, n) => ({ slug: slugOf(n), name: topicName(n), count }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1)),
    providers: Array.from({ length: outlets }, (_, n) => ({ domain: `outlet${n}.example`, name: `Outlet ${n}`, count: 0 })),
    storyIds: [], storyPage: () => { throw new Error('no stories'); }, stories: 0, largestStory: 0, clusterMs: 0,
    sorts: ['hot', 'newest'], warnings: [],
  };
}

describe('the activity the layout writes', () => {
  const items = [
    // Topic 0: one a week before, three this week (two of them one story); outlet 1 writes most of it.
    ...Array.from({ length: 11 }, (_, w) => ({ publishedMs: NEWEST - (80 - w * 7) * DAY, topics: ['0', '1'], outlet: 1 })),
    { publishedMs: NEWEST, topics: ['0', '2'], outlet: 2, story: 's1' },
    { publishedMs: NEWEST - 3600_000, topics: ['0'], outlet: 1, story: 's1' },
    { publishedMs: NEWEST - 2 * DAY, topics: ['0', '2'], outlet: 1 },
    // Topic 3: long before the 90 days.
    { publishedMs: NEWEST - 400 * DAY, topics: ['3'], outlet: 2 },
  ];
  const shards = shardsInMemory(fakeIndex(items, 4, 3));
  const manifest = JSON.parse(shards.manifest) as Manifest;
  const read = <T,>(name: string) => JSON.parse(shards.files.get(name)!) as T;
  const refOf = (key: string) => read<ListsShard>(listDirectoryPath(manifest, key)).lists[key]!;

  it('gives each topic its days, dates, related topics and top sources', () => {
    const activity = refOf('topic:subject-0').activity!;
    expect(activity.days).toHaveLength(ACTIVITY_DAYS);
    expect(activity.days.reduce((a, b) => a + b, 0)).toBe(14);
    expect(activity.days[ACTIVITY_DAYS - 1]).toBe(2);
    // Exactly two days before the newest is the end of day 1, like the 24 hours of Today end at the newest.
    expect(activity.days[ACTIVITY_DAYS - 2]).toBe(1);
    expect(activity.first).toBe(new Date(NEWEST - 80 * DAY).toISOString());
    expect(activity.last).toBe(new Date(NEWEST).toISOString());
    expect(activity.topics.map((t) => [t.slug, t.count])).toEqual([['subject-1', 11], ['subject-2', 2]]);
    expect(activity.sources!.map((s) => [s.domain, s.count])).toEqual([['outlet1.example', 13], ['outlet2.example', 1]]);
    expect(refOf('topic:subject-3').activity!.days.every((d) => d === 0)).toBe(true);
  });

  it("gives a source its top topics, and no window a profile of its own", () => {
    const activity = refOf('source:outlet2.example').activity!;
    expect(activity.topics.map((t) => [t.slug, t.count])).toEqual([['subject-0', 1], ['subject-2', 1], ['subject-3', 1]]);
    expect(activity.sources).toBeUndefined();
    expect(refOf('topic:subject-0/week').activity).toBeUndefined();
  });

  it("writes each topic's weeks and trend score, and its latest headlines, one per story", () => {
    const { topics, headlines } = read<TopicsShard>(manifest.topics);
    const zero = topics.find((t) => t.slug === 'subject-0')!;
    expect(zero.weeks).toEqual(weeksOf(refOf('topic:subject-0').activity!.days));
    expect(zero.weeks!.at(-1)).toBe(3);
    expect(zero.trend).toBe(trendOf(zero.weeks!).score);
    const page = read<HeadlinesShard>(shardName.topicHeadlines(headlines!.id, 0));
    // The story's newest article stands for it; the next headline is another story.
    expect(page.headlines['subject-0']!.map((h) => h.slug)).toEqual([
      'headline-number-11-kb',
      'headline-number-13-kd',
    ]);
  });
});

describe('the topics page data at 100,000 articles and 1,000 topics', () => {
  it('stays under 30 KB gzipped: the topics file and the first page of headlines', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    // Zipf-like topic popularity over three years, with a burst in the last week for a few.
    const skewed = (n: number) => Math.floor(n * random() ** 2.2);
    const items = Array.from({ length: 100_000 }, () => {
      const topic = skewed(1000);
      const second = skewed(1000);
      const back = topic % 50 === 0 && random() < 0.3 ? random() * 7 : random() * 1100;
      return { publishedMs: NEWEST - back * DAY, topics: topic === second ? [String(topic)] : [String(topic), String(second)], outlet: skewed(300) };
    });
    const shards = shardsInMemory(fakeIndex(items, 1000, 300));
    const manifest = JSON.parse(shards.manifest) as Manifest;
    const topicsJson = shards.files.get(manifest.topics)!;
    const { topics, headlines } = JSON.parse(topicsJson) as TopicsShard;
    expect(topics.length).toBeGreaterThan(950);
    const firstPage = shards.files.get(shardName.topicHeadlines(headlines!.id, 0))!;
    const bytes = gzipSync(topicsJson).length + gzipSync(firstPage).length;
    expect(bytes, `${bytes} bytes gzipped`).toBeLessThan(30_000);
  });
});
