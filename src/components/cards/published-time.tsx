import { dateTimeValue, formatDate, formatRelative, type Dated } from '../../lib/format-date';

/**
 * "24 Aug 2021, 08:58 · 3 years ago": the date itself on every screen width,
 * for reading an archive, and how long ago, for scanning. A date-only value
 * shows no time (format-date.ts).
 */
export function PublishedTime({ when }: { when: Dated }) {
  return (
    <span className="published-time">
      <time dateTime={dateTimeValue(when)}>{formatDate(when)}</time>
      <span aria-hidden="true"> · </span>
      <span className="published-time__ago">{formatRelative(when)}</span>
    </span>
  );
}
