import { useRemoteImage } from '../../lib/use-remote-image';

/** Decorative: the provider's name is always shown next to it. */
export function ProviderLogo({ url, size }: { url: string | undefined; size: number }) {
  const { src, imgProps } = useRemoteImage(url);
  if (!src) return null;
  return <img className="provider__logo" {...imgProps} width={size} height={size} loading="lazy" />;
}
