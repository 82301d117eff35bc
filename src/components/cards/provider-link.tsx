import { Link } from 'react-router-dom';
import type { ProviderRef } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import { paths } from '../../config/paths';
import { ProviderLogo } from './provider-logo';
import { useLinkPrefetch } from './link-prefetch';

/** Starts loading the source's list on hover or focus. */
export function ProviderLink({ provider }: { provider: ProviderRef }) {
  const prefetchers = useLinkPrefetch();
  const prefetch = () => prefetchers.list(listKey.source(provider.domain));
  return (
    <Link className="provider" to={paths.source.getHref(provider.domain)} onMouseEnter={prefetch} onFocus={prefetch}>
      <ProviderLogo url={provider.logo} size={20} />
      <span>{provider.name}</span>
    </Link>
  );
}
