import type { TimeFilter } from '../../../config/time-filter';
import { windowLength, type TimeWindow } from '../../../shared/time-windows';

export const timeLabels: Record<TimeFilter, string> = { today: 'Today', week: 'This week', month: 'This month', all: 'All' };

/** "the last 24 hours of this index": what a window holds, counted back from the newest story, not from now. */
export const windowPhrase = (window: TimeWindow) => `the last ${windowLength(window)} of this index`;
