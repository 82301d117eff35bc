/** Heat and quality as labelled text, so screen readers announce what each number is. */
export function CardStats({ heat, quality }: { heat?: number; quality?: number }) {
  return (
    <dl className="stats">
      <div className="stats__item stats__item--heat">
        <dt>Heat</dt>
        <dd>{heat ?? 0}</dd>
      </div>
      <div className="stats__item">
        <dt>Quality</dt>
        <dd>{quality ?? 0}</dd>
      </div>
    </dl>
  );
}
