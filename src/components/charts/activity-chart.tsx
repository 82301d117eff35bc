import { useId } from 'react';
import { ACTIVITY_DAYS } from '../../shared/activity';
import { formatDay } from '../../lib/format-date';

const DAY_MS = 86_400_000;

type ActivityChartProps = {
  /** Articles per day, oldest first; the last day ends at `end`. */
  days: readonly number[];
  /** The newest article of the index: the end of the last day. */
  end: string;
  /** The text alternative, e.g. "12 articles this week, up from 3 a week". */
  label: string;
};

/**
 * Articles per day as bars, the last seven (this week) in the accent colour.
 * Each bar names its day and count on hover; the chart is one image,
 * described by the sentence under it.
 */
export function ActivityChart({ days, end, label }: ActivityChartProps) {
  const width = 360;
  const height = 56;
  const gap = 1;
  const bar = width / days.length;
  const max = Math.max(1, ...days);
  const endMs = Date.parse(end);
  const captionId = useId();
  const dayOf = (i: number) => ({ published: new Date(endMs - (days.length - 1 - i) * DAY_MS).toISOString() });
  return (
    <figure className="activity-chart">
      <svg role="img" aria-label={`Articles per day, last ${days.length} days`} aria-describedby={captionId} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none">
        <line className="activity-chart__base" x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
        {days.map((count, i) =>
          count === 0 ? null : (
            <rect
              key={i}
              className={i >= days.length - 7 ? 'activity-chart__bar activity-chart__bar--week' : 'activity-chart__bar'}
              x={i * bar + gap / 2}
              width={Math.max(0.5, bar - gap)}
              y={height - Math.max(2, (count / max) * height)}
              height={Math.max(2, (count / max) * height)}
            >
              <title>{`${formatDay(dayOf(i), {}, false)}: ${count}`}</title>
            </rect>
          ),
        )}
      </svg>
      <figcaption>
        <span className="activity-chart__axis" aria-hidden="true">
          <span>{formatDay(dayOf(0), {}, false)}</span>
          <span>{formatDay(dayOf(days.length - 1), {}, false)}</span>
        </span>
        <span className="activity-chart__label" id={captionId}>
          {label} <span className="activity-chart__span">(last {ACTIVITY_DAYS} days)</span>
        </span>
      </figcaption>
    </figure>
  );
}
