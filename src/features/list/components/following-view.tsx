import { useMemo } from 'react';
import { useSuspenseQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Card, ListRef, Sort } from '../../../shared/index-schema';
import { HEAD_SIZE } from '../../../shared/constants';
import { listPageHref, paths } from '../../../config/paths';
import { countLabel } from '../../../lib/count-label';
import { listHeadQueryOptions, listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { useSorts } from '../../../lib/use-sort';
import { ListEnd } from '../../../components/ui/list-end';
import { PageHeading } from '../../../components/ui/page-heading';
import { mergeHeads } from '../api/followed-lists';
import { useListFilterState } from '../api/use-list-filter-state';
import { ListFilterContext } from '../list-filter';
import { HiddenLine } from './hidden-line';
import { ListCard } from './list-card';
import { SortControl } from './sort-control';

/** Only what the reader follows: the followed topics' and sources' first screens as one list. */
export function FollowingView({ sort }: { sort: Sort }) {
  const follows = useReaderState((state) => state.follows);
  const keys = useMemo(() => Object.keys(follows).sort(), [follows]);
  const refs = useSuspenseQueries({ queries: keys.map((key) => listRefQueryOptions(key)) }).map((q) => q.data);
  const known = refs.filter((ref): ref is ListRef => ref !== null);
  const gone = keys.filter((_, i) => refs[i] === null);
  const heads = useSuspenseQueries({ queries: known.map((ref) => listHeadQueryOptions(ref, sort)) }).map((q) => q.data);
  const cards: Card[] = useMemo(() => mergeHeads(heads, sort), [heads, sort]);
  const sorts = useSorts();
  const hidden = useListFilterState(cards);

  return (
    <section className="list-page">
      <div className="list-page__header">
        <PageHeading>Following</PageHeading>
        {keys.length > 0 && (
          <p className="list-page__count">
            {countLabel(cards.length)} from {countLabel(keys.length, 'topic or source', 'topics and sources')} you follow
          </p>
        )}
      </div>
      {keys.length === 0 ? (
        <div className="empty empty--panel">
          <p>You are not following anything yet.</p>
          <p>
            Follow a topic or a source from its page, or from the <span aria-hidden="true">⋯</span> menu of any card;
            their stories then gather here. <Link to={paths.topics.getHref()}>Browse topics</Link>.
          </p>
        </div>
      ) : (
        <>
          <ul className="following-lists" aria-label="You follow">
            {known.map((ref) => (
              <li key={ref.key}>
                <Link className="chip" to={listPageHref(ref.key) ?? paths.feed.getHref()}>
                  {ref.title}
                </Link>
              </li>
            ))}
            {gone.map((key) => (
              <li key={key} className="chip chip--gone">
                {follows[key]?.name ?? key} (not in this index)
              </li>
            ))}
          </ul>
          <SortControl sort={sort} sorts={sorts} hrefFor={paths.following.getHref} />
          <HiddenLine hidden={hidden} partial={false} />
          {cards.length === 0 ? (
            <p className="empty">No stories from what you follow in this index.</p>
          ) : (
            <ListFilterContext.Provider value={hidden.filter}>
              <ol className="card-list card-list--static">
                {cards.map((card) => (
                  <li key={card.id} className="card-list__row">
                    <ListCard card={card} sort={sort} deep={false} />
                  </li>
                ))}
              </ol>
              <ListEnd count={countLabel(cards.length)} />
            </ListFilterContext.Provider>
          )}
          <p className="list-notice">
            Each topic and source adds its top {countLabel(HEAD_SIZE)} here; open one above for all of its stories.
          </p>
        </>
      )}
    </section>
  );
}
