/**
 * A row of counts as a small line: an inline SVG whose accessible name says
 * what the line shows, so a screen reader hears the numbers, not a picture.
 */
type SparklineProps = {
  values: readonly number[];
  /** The text alternative, e.g. "12 articles this week, up from 3 a week". */
  label: string;
  width?: number;
  height?: number;
};

export function Sparkline({ values, label, width = 96, height = 28 }: SparklineProps) {
  const max = Math.max(1, ...values);
  const pad = 3;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points = values.map((v, i) => [pad + i * step, height - pad - (v / max) * (height - 2 * pad)] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <svg className="sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <polyline className="sparkline__area" points={`${pad},${height - pad} ${line} ${width - pad},${height - pad}`} />
      <polyline className="sparkline__line" points={line} />
      {last && <circle className="sparkline__dot" cx={last[0]} cy={last[1]} r={2.5} />}
    </svg>
  );
}
