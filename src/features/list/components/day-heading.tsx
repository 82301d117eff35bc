import { formatDayHeading } from '../../../lib/format-date';

/** Above the first story of each day in Newest: the page's second level, so the cards under it are the third. */
export function DayHeading({ day }: { day: string }) {
  return <h2 className="day-heading">{formatDayHeading(day)}</h2>;
}
