import { isTrending, trendOf, type Trend } from '../../shared/activity';
import type { TopicSummary } from '../../shared/index-schema';

/** Topics in the trending row: a row that fits one screen width on a laptop. */
export const TRENDING_MAX = 6;

export type TopicTrend = { topic: TopicSummary; trend: Trend };

/**
 * The topics rising this week, steepest first (`Trend.score`), at most
 * TRENDING_MAX. A generic topic (on more than half of all articles) is left
 * out: it rises and falls with the whole index and is shown apart. An index
 * without week counts has no trending topics.
 */
export function trendingTopics(topics: readonly TopicSummary[]): TopicTrend[] {
  return topics
    .filter((topic) => !topic.generic && topic.weeks)
    .map((topic) => ({ topic, trend: trendOf(topic.weeks!) }))
    .filter(({ trend }) => isTrending(trend))
    .sort((a, b) => b.trend.score - a.trend.score || b.trend.thisWeek - a.trend.thisWeek)
    .slice(0, TRENDING_MAX);
}
