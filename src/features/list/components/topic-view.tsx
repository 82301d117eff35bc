import { useSuspenseQuery } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { paths } from '../../../config/paths';
import { storiesAndArticles } from '../../../lib/count-label';
import { listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ListView } from './list-view';
import { PageHeading } from '../../../components/ui/page-heading';

export function TopicView({ slug, sort }: { slug: string; sort: Sort }) {
  const { data: ref } = useSuspenseQuery(listRefQueryOptions(listKey.topic(slug)));
  useDocumentTitle(ref ? `Topic: ${ref.title}` : 'Not found');
  // The route's loader answers an unknown topic with a 404 before this renders:
  // a missing list here is a bug, shown as one, not a second Not found.
  if (!ref) throw new Error(`no list for topic ${slug}`);
  return (
    <section className="list-page">
      <div className="list-page__header">
        <p className="eyebrow">Topic</p>
        <PageHeading>{ref.title}</PageHeading>
        <p className="list-page__count">{storiesAndArticles(ref.entries, ref.count)}</p>
      </div>
      <ListView listRef={ref} sort={sort} hrefFor={(next) => paths.topic.getHref(slug, next)} />
    </section>
  );
}
