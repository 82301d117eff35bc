import { useSuspenseQuery } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import type { TimeFilter } from '../../../config/time-filter';
import { storiesAndArticles } from '../../../lib/count-label';
import { listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ProviderLogo } from '../../../components/cards/provider-logo';
import { FeedLinks } from '../../../components/ui/feed-links';
import { PageHeading } from '../../../components/ui/page-heading';
import type { ListPageConfig } from '../list-pages';
import { FollowButtons } from './follow-buttons';
import { ListProfile } from './list-profile';
import { ListView } from './list-view';
import { windowPhrase } from './time-labels';

type ListPageProps = { page: ListPageConfig; param: string; sort: Sort; time?: TimeFilter };

export function ListPage({ page, param, sort, time = 'all' }: ListPageProps) {
  const { data: ref } = useSuspenseQuery(listRefQueryOptions(page.listKey(param)));
  const { data: shown } = useSuspenseQuery(listRefQueryOptions(page.listKey(param), time));
  useDocumentTitle(ref ? `${page.noun}: ${ref.title}` : 'Not found');
  // The route's loader answers an unknown list with a 404 before this renders:
  // a missing list here is a bug, shown as one, not a second Not found.
  if (!ref || !shown) throw new Error(`no list for ${page.noun.toLowerCase()} ${param}`);
  const heading = (
    <>
      <p className="eyebrow">{page.eyebrow(param)}</p>
      <PageHeading>{ref.title}</PageHeading>
      <p className="list-page__count">
        {time === 'all' ? storiesAndArticles(ref.entries, ref.count) : `${storiesAndArticles(shown.entries, shown.count)} in ${windowPhrase(time)}`}
      </p>
      <FollowButtons listKey={ref.key} name={ref.title} />
      <FeedLinks page={page.getHref(param)} title={ref.title} />
    </>
  );
  const profile = ref.activity && <ListProfile activity={ref.activity} topicsHeading={page.topicsHeading} />;
  return (
    <section className="list-page">
      {page.logo ? (
        <div className="list-page__header list-page__header--source">
          <ProviderLogo url={ref.logo} size={48} />
          <div>{heading}</div>
        </div>
      ) : (
        <div className="list-page__header">{heading}</div>
      )}
      {profile}
      <ListView listRef={shown} sort={sort} time={time} hrefFor={(next, nextTime) => page.getHref(param, next, nextTime)} />
    </section>
  );
}
