import { useState } from 'react';
import { safeHref } from '../../lib/safe-href';

/** Decorative: the provider's name is always shown next to it. */
export function ProviderLogo({ url, size }: { url: string | undefined; size: number }) {
  const [failed, setFailed] = useState(false);
  const src = safeHref(url);
  if (!src || failed) return null;
  return (
    <img
      className="provider__logo"
      src={src}
      width={size}
      height={size}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
