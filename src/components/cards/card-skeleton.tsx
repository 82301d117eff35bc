/** Same box as a real card, so nothing jumps when the data arrives. */
export function CardSkeleton() {
  return (
    <div className="card card--skeleton" aria-hidden="true">
      <div className="thumb skeleton" />
      <div className="card__body">
        <div className="skeleton skeleton--title" />
        <div className="skeleton skeleton--line" />
        <div className="skeleton skeleton--line skeleton--short" />
      </div>
    </div>
  );
}

export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="card-list card-list--static" role="status" aria-busy="true" aria-label="Loading stories">
      {Array.from({ length: rows }, (_, i) => (
        <CardSkeleton key={i} />
      ))}
    </div>
  );
}
