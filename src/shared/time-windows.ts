/**
 * The time filter's windows, defined once for the indexer (which writes a
 * list per window) and the reader (which names them). A window is counted
 * back from the newest article of the index, not from the clock: "Today" is
 * the 24 hours up to that article, so an archive whose newest article is
 * years old still has a Today, and a build stays deterministic.
 */
export const TIME_WINDOWS = ['today', 'week', 'month'] as const;
export type TimeWindow = (typeof TIME_WINDOWS)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How far back each window reaches from the newest article. */
export const TIME_WINDOW_MS: Record<TimeWindow, number> = {
  today: DAY_MS,
  week: 7 * DAY_MS,
  month: 30 * DAY_MS,
};

/** The earliest publication time a window keeps. */
export function windowStartMs(newestMs: number, window: TimeWindow): number {
  return newestMs - TIME_WINDOW_MS[window];
}

/** An article is in a window when it was published at or after the window's start (the newest article always is). */
export function inTimeWindow(publishedMs: number, newestMs: number, window: TimeWindow): boolean {
  return publishedMs >= windowStartMs(newestMs, window);
}

/** "24 hours", "7 days", "30 days": a window's length in words. */
export function windowLength(window: TimeWindow): string {
  const ms = TIME_WINDOW_MS[window];
  return ms < 2 * DAY_MS ? `${ms / HOUR_MS} hours` : `${ms / DAY_MS} days`;
}

/** Windows widest first: each holds the next, so a narrower one is cut from the wider one's articles. */
export const WINDOWS_WIDEST_FIRST: readonly TimeWindow[] = [...TIME_WINDOWS].sort((a, b) => TIME_WINDOW_MS[b] - TIME_WINDOW_MS[a]);
