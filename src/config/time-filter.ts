import { listKey } from '../shared/constants';
import { TIME_WINDOWS, type TimeWindow } from '../shared/time-windows';

/** A time window of the index (src/shared/time-windows.ts), or every story. */
export type TimeFilter = TimeWindow | 'all';

/** Every story: the clean URL, with no `?time=`. */
export const DEFAULT_TIME: TimeFilter = 'all';

/** In the order the time control shows them, narrowest first. */
export const TIME_FILTERS: readonly TimeFilter[] = [...TIME_WINDOWS, 'all'];

/**
 * `?time=`: an unknown value means every story, and so does any value on an
 * index built without time windows (`offered` false).
 */
export function parseTimeFilter(value: string | null, offered = true): TimeFilter {
  return (offered && TIME_WINDOWS.find((window) => window === value)) || DEFAULT_TIME;
}

/** The key of a list (`topic:ai`) in a time filter: the list itself for every story, else its window's list. */
export function timedListKey(key: string, time: TimeFilter): string {
  return time === 'all' ? key : listKey.window(key, time);
}
