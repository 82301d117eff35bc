import { Link } from 'react-router-dom';
import type { ProviderRef } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import { paths } from '../../config/paths';
import { ProviderLogo } from './provider-logo';
import { usePrefetchList } from './use-prefetch-list';

export function ProviderLink({ provider }: { provider: ProviderRef }) {
  const prefetch = usePrefetchList(listKey.source(provider.domain));
  return (
    <Link className="provider" to={paths.source.getHref(provider.domain)} onMouseEnter={prefetch} onFocus={prefetch}>
      <ProviderLogo url={provider.logo} size={20} />
      <span>{provider.name}</span>
    </Link>
  );
}
