import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import type { Card, ListRef } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { parseArticleSlug } from '../../../shared/article-slug';
import { listHeadQueryOptions, listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { ArticleLink } from '../../../components/cards/article-link';
import { useLinkPrefetch } from '../../../components/cards/link-prefetch';
import { ListTrailContext, trailOf, type ListTrail } from '../../../components/cards/list-trail';
import { useListNeighbours, type Neighbour } from '../api/use-list-neighbours';

const sameArticle = (a: string, b: string) => parseArticleSlug(a)?.key === parseArticleSlug(b)?.key;

/**
 * Previous and Next on an article opened from a list: the articles beside it
 * in that list, read from the history entry's trail (list-trail.ts). Opened
 * from anywhere else (a shared link, search, a story page) there is no trail
 * and nothing shows. The links carry the trail on, so `j`/`k` and these
 * links walk the list one article after another.
 */
export function ArticleNeighbours({ slug }: { slug: string }) {
  const trail = trailOf(useLocation().state);
  if (!trail) return null;
  return <TrailNeighbours key={`${trail.list}|${trail.sort}|${trail.index}`} trail={trail} slug={slug} />;
}

type TrailProps = { trail: ListTrail; slug: string };

/** Loaded after the article, never in its way: until the list is here the article shows alone. */
function TrailNeighbours({ trail, slug }: TrailProps) {
  const { base, window } = listKey.split(trail.list);
  const { data: listRef } = useQuery(listRefQueryOptions(base, window ?? 'all'));
  return listRef ? <HeadNeighbours listRef={listRef} trail={trail} slug={slug} /> : null;
}

type ListProps = TrailProps & { listRef: ListRef };

function HeadNeighbours({ listRef, trail, slug }: ListProps) {
  const { data: head } = useQuery(listHeadQueryOptions(listRef, trail.sort));
  return head ? <NeighbourLinks listRef={listRef} head={head} trail={trail} slug={slug} /> : null;
}

function NeighbourLinks({ listRef, head, trail, slug }: ListProps & { head: Card[] }) {
  const { here, previous, next } = useListNeighbours(listRef, trail.sort, head, trail.index);
  const prefetchers = useLinkPrefetch();
  const nextSlug = next?.card.slug;
  // Most readers go on: the next article is loading while this one is read.
  useEffect(() => {
    if (nextSlug) prefetchers.article(nextSlug);
  }, [nextSlug, prefetchers]);
  // A trail from an older build may point at a place that now holds another
  // article: then its neighbours are not this article's, and none show.
  if (!here || !sameArticle(here.slug, slug) || (!previous && !next)) return null;
  return (
    <nav className="article-neighbours" aria-label={`Previous and next in ${listRef.title}`}>
      {previous && <NeighbourLink trail={trail} neighbour={previous} rel="prev" label="Previous" />}
      {next && <NeighbourLink trail={trail} neighbour={next} rel="next" label="Next" />}
    </nav>
  );
}

type NeighbourLinkProps = { trail: ListTrail; neighbour: Neighbour; rel: 'prev' | 'next'; label: string };

/** `rel` says which way the link goes; the `j`/`k` keys find it by that (list-trail.ts). */
function NeighbourLink({ trail, neighbour, rel, label }: NeighbourLinkProps) {
  return (
    <ListTrailContext.Provider value={{ ...trail, index: neighbour.index }}>
      <ArticleLink slug={neighbour.card.slug} rel={rel} className={`article-neighbours__link article-neighbours__link--${rel}`}>
        <span className="article-neighbours__label">
          {rel === 'prev' && <span aria-hidden="true">← </span>}
          {label}
          {rel === 'next' && <span aria-hidden="true"> →</span>}
        </span>{' '}
        <span className="article-neighbours__title">{neighbour.card.title}</span>
      </ArticleLink>
    </ListTrailContext.Provider>
  );
}
