import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { countLabel } from '../../../lib/count-label';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { ArticleCard } from '../../../components/cards/article-card';
import { ListSkeleton } from '../../../components/cards/card-skeleton';
import { ListEnd } from '../../../components/ui/list-end';
import { PageHeading } from '../../../components/ui/page-heading';

/**
 * Saved articles, newest saved first, from this browser's store: each keeps
 * its card, so it is listed even after a new index has dropped it.
 */
export function SavedView() {
  const ready = useReaderState((state) => state.ready);
  const saved = useReaderState((state) => state.saved);
  const items = useMemo(() => Object.values(saved).sort((a, b) => b.savedAt - a.savedAt), [saved]);
  return (
    <section className="list-page">
      <div className="list-page__header">
        <PageHeading>Saved</PageHeading>
        {ready && items.length > 0 && (
          <p className="list-page__count">{countLabel(items.length, 'article', 'articles')}, newest saved first</p>
        )}
      </div>
      {!ready ? (
        <ListSkeleton />
      ) : items.length === 0 ? (
        <div className="empty empty--panel">
          <p>Nothing saved yet.</p>
          <p>
            Press <strong>Save</strong> on any card or article (or <kbd>s</kbd> with a card focused) to keep it here for
            later. <Link to={paths.feed.getHref()}>Go to the feed</Link>.
          </p>
        </div>
      ) : (
        <>
          <ol className="card-list card-list--static">
            {items.map((item) => (
              <li key={item.card.id} className="card-list__row">
                <ArticleCard card={item.card} />
              </li>
            ))}
          </ol>
          <ListEnd count={countLabel(items.length, 'article', 'articles')} />
        </>
      )}
    </section>
  );
}
