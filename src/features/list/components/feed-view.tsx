import { useSuspenseQuery } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import type { TimeFilter } from '../../../config/time-filter';
import { listKey } from '../../../shared/constants';
import { listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { countLabel, storiesAndArticles } from '../../../lib/count-label';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNewSince } from '../api/use-new-since';
import { ListView } from './list-view';
import { windowPhrase } from './time-labels';
import { feedHeadings } from './sort-labels';
import { NewSinceLine } from './new-since-line';
import { FeedLinks } from '../../../components/ui/feed-links';
import { PageHeading } from '../../../components/ui/page-heading';
import { APP_NAME } from '../../../config/app';

export function FeedView({ sort, time = 'all' }: { sort: Sort; time?: TimeFilter }) {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { data: shown } = useSuspenseQuery(listRefQueryOptions(listKey.feed(), time));
  const list = shown ?? manifest.feed;
  const news = useNewSince(manifest.feed, manifest.newest?.published);
  useDocumentTitle(undefined, news ? `${news.count}${news.more ? '+' : ''} new` : undefined);
  return (
    <section className="list-page">
      <div className="list-page__header">
        <PageHeading>{feedHeadings[sort]}</PageHeading>
        <p className="list-page__count">
          {time === 'all'
            ? `${storiesAndArticles(manifest.counts.entries, manifest.counts.articles)} from ${countLabel(manifest.counts.providers, 'source', 'sources')}`
            : `${storiesAndArticles(list.entries, list.count)} in ${windowPhrase(time)}`}
        </p>
        <FeedLinks page={paths.feed.getHref()} title={APP_NAME} advertise={false} />
      </div>
      {news && <NewSinceLine news={news} />}
      <ListView listRef={list} sort={sort} time={time} hrefFor={paths.feed.getHref} newSince={news?.baseline} />
    </section>
  );
}
