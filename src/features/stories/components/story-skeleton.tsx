/** A story page's boxes while its shard loads on a first visit. */
export function StorySkeleton() {
  return (
    <section className="story-page" aria-busy="true" aria-label="Loading story">
      <div className="story-page__header" aria-hidden="true">
        <div className="skeleton skeleton--count" />
        <div className="skeleton skeleton--heading skeleton--wide" />
        <div className="skeleton skeleton--count" />
      </div>
      <div className="story-timeline" aria-hidden="true">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="story-member">
            <div className="skeleton skeleton--line skeleton--short" />
            <div className="skeleton skeleton--title" />
            <div className="skeleton skeleton--line" />
          </div>
        ))}
      </div>
    </section>
  );
}
