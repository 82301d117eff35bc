import { useSuspenseQuery } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { paths } from '../../../config/paths';
import { storiesAndArticles } from '../../../lib/count-label';
import { listRefQueryOptions } from '../../../lib/list-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ListView } from '../../../components/cards/list-view';
import { ProviderLogo } from '../../../components/cards/provider-logo';
import { PageHeading } from '../../../components/ui/page-heading';
import { NotFound } from '../../../components/errors/not-found';

export function SourceView({ domain, sort }: { domain: string; sort: Sort }) {
  const { data: ref } = useSuspenseQuery(listRefQueryOptions(listKey.source(domain)));
  useDocumentTitle(ref ? `Source: ${ref.title}` : 'Not found');
  if (!ref) return <NotFound />;
  return (
    <section className="list-page">
      <div className="list-page__header list-page__header--source">
        <ProviderLogo url={ref.logo} size={48} />
        <div>
          <p className="eyebrow">{domain}</p>
          <PageHeading>{ref.title}</PageHeading>
          <p className="list-page__count">{storiesAndArticles(ref.entries, ref.count)}</p>
        </div>
      </div>
      <ListView listRef={ref} sort={sort} hrefFor={(next) => paths.source.getHref(domain, next)} />
    </section>
  );
}
