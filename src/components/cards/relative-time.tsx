import { dateTimeValue, formatDate, formatRelative } from '../../lib/format-date';

/** Relative time where space is short (cards show PublishedTime); the date on hover and in the datetime. */
export function RelativeTime({ iso, dateOnly }: { iso: string; dateOnly?: true }) {
  const when = { published: iso, dateOnly };
  return (
    <time dateTime={dateTimeValue(when)} title={formatDate(when)}>
      {formatRelative(when)}
    </time>
  );
}
