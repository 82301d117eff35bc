/**
 * How busy a topic or source is, and whether it is rising: the per-day
 * counts the indexer writes and the trend score both it (to rank) and the
 * reader (to say "+240%") compute from them, defined once here.
 *
 * Days are counted back from the newest article of the index, like the time
 * windows (time-windows.ts), not from the clock: the last day is the 24
 * hours up to that article, so "this week" on a chart is exactly what the
 * This week filter shows, and a build stays deterministic.
 */
const DAY_MS = 86_400_000;

/** Days of counts per topic and source, the last one ending at the newest article. */
export const ACTIVITY_DAYS = 90;
/** Whole weeks in ACTIVITY_DAYS: the sparklines' points and the trend's span. */
export const ACTIVITY_WEEKS = Math.floor(ACTIVITY_DAYS / 7);

/**
 * Which day an article falls on, counting back: 0 is the 24 hours up to and
 * including the newest article, 6 the last of this week's seven days.
 * Matches `inTimeWindow`: an article exactly 7 days older than the newest is
 * still in the week, so it is day 6, not 7. Outside the span: -1.
 */
export function daysBack(publishedMs: number, newestMs: number): number {
  const back = Math.max(0, Math.ceil((newestMs - publishedMs) / DAY_MS) - 1);
  return back < ACTIVITY_DAYS ? back : -1;
}

/** Week sums of the last ACTIVITY_WEEKS × 7 days of `days` (oldest first): the sparkline's points, this week last. */
export function weeksOf(days: readonly number[]): number[] {
  const weeks: number[] = [];
  const start = days.length - ACTIVITY_WEEKS * 7;
  for (let w = 0; w < ACTIVITY_WEEKS; w++) {
    let sum = 0;
    for (let d = 0; d < 7; d++) sum += days[start + w * 7 + d] ?? 0;
    weeks.push(sum);
  }
  return weeks;
}

export type Trend = {
  /** Articles in the last 7 days. */
  thisWeek: number;
  /** Average articles per week over the weeks before. */
  usual: number;
  /** This week against that average, in percent (rounded); null when there was nothing before. */
  change: number | null;
  /**
   * The rank of a rise: (thisWeek − usual) / √(usual + 1). For a count that
   * varies like a Poisson count this is roughly how many standard deviations
   * this week stands above the usual, so 40 articles against a usual 10
   * (9.0) outranks 3 against a usual 0.2 (2.5): a jump from almost nothing
   * is a smaller surprise than it looks as a percentage. The +1 keeps a
   * topic with no history finite.
   */
  score: number;
};

/** The trend of weekly counts (oldest first, this week last). */
export function trendOf(weeks: readonly number[]): Trend {
  const thisWeek = weeks[weeks.length - 1] ?? 0;
  const before = weeks.slice(0, -1);
  const usual = before.length ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  const change = usual > 0 ? Math.round(((thisWeek - usual) / usual) * 100) : null;
  const score = (thisWeek - usual) / Math.sqrt(usual + 1);
  return { thisWeek, usual, change, score: Math.round(score * 100) / 100 };
}

/**
 * Rising enough to be called trending: a clear rise (score at least
 * TRENDING_MIN_SCORE) carried by at least TRENDING_MIN_ARTICLES this week,
 * so one article more than nothing is not news.
 */
export const TRENDING_MIN_SCORE = 1;
export const TRENDING_MIN_ARTICLES = 3;

export function isTrending(trend: Trend): boolean {
  return trend.score >= TRENDING_MIN_SCORE && trend.thisWeek >= TRENDING_MIN_ARTICLES;
}
