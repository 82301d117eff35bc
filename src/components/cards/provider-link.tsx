import { Link } from 'react-router-dom';
import type { ProviderRef } from '../../shared/index-schema';
import { paths } from '../../config/paths';
import { ProviderLogo } from './provider-logo';

export function ProviderLink({ provider }: { provider: ProviderRef }) {
  return (
    <Link className="provider" to={paths.source.getHref(provider.domain)}>
      <ProviderLogo url={provider.logo} size={20} />
      <span>{provider.name}</span>
    </Link>
  );
}
