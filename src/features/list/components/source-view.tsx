import { useSuspenseQuery } from '@tanstack/react-query';
import type { Sort } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { paths } from '../../../config/paths';
import { storiesAndArticles } from '../../../lib/count-label';
import { listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ListView } from './list-view';
import { ProviderLogo } from '../../../components/cards/provider-logo';
import { PageHeading } from '../../../components/ui/page-heading';

export function SourceView({ domain, sort }: { domain: string; sort: Sort }) {
  const { data: ref } = useSuspenseQuery(listRefQueryOptions(listKey.source(domain)));
  useDocumentTitle(ref ? `Source: ${ref.title}` : 'Not found');
  // The route's loader answers an unknown source with a 404 before this renders:
  // a missing list here is a bug, shown as one, not a second Not found.
  if (!ref) throw new Error(`no list for source ${domain}`);
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
