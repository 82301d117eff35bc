import { countLabel } from '../../../lib/count-label';
import type { NewSince } from '../api/use-new-since';

/** How the count reads: "12 new stories", "50+ new stories". */
export const newSinceLabel = (news: NewSince) =>
  news.more ? `${news.count}+ new stories` : `${countLabel(news.count, 'new story', 'new stories')}`;

export function NewSinceLine({ news }: { news: NewSince }) {
  return (
    <p className="new-divider" role="status">
      {newSinceLabel(news)} since your last visit
    </p>
  );
}
