import { formatAbsolute, formatRelative } from '../../lib/format-date';

/** Relative time for scanning; the absolute date on hover (and in the datetime). */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={formatAbsolute(iso)}>
      {formatRelative(iso)}
    </time>
  );
}
