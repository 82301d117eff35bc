/**
 * Heat and quality as labelled text, so screen readers announce what each
 * number is. A score the file did not give is left out rather than shown as
 * a misleading 0 (it only counts as 0 for sorting).
 */
export function CardStats({ heat, quality }: { heat?: number; quality?: number }) {
  if (heat === undefined && quality === undefined) return null;
  return (
    <dl className="stats">
      {heat !== undefined && (
        <div className="stats__item stats__item--heat">
          <dt>Heat</dt>
          <dd>{heat}</dd>
        </div>
      )}
      {quality !== undefined && (
        <div className="stats__item">
          <dt>Quality</dt>
          <dd>{quality}</dd>
        </div>
      )}
    </dl>
  );
}
