import { useState } from 'react';
import type { Image, ProviderRef } from '../../shared/index-schema';
import { useRemoteImage } from '../../lib/use-remote-image';
import { outletInitial, thumbTint } from '../../lib/thumb-tint';

type ThumbnailProps = { image: Image | undefined; label: string; provider?: ProviderRef; width?: number; height?: number };

/**
 * Images live on other hosts and may be slow or unreachable. The outlet's
 * tile (its logo, else its initial, on its own tint) is always drawn at the
 * final size, and the picture fades in over it once it has loaded: the box is
 * never blank or grey, and a failed or missing picture simply leaves the tile.
 */
export function Thumbnail({ image, label, provider, width = 160, height = 90 }: ThumbnailProps) {
  const picture = useRemoteImage(image?.url);
  const logo = useRemoteImage(provider?.logo);
  const [loaded, setLoaded] = useState<string>();
  const [logoLoaded, setLogoLoaded] = useState<string>();
  const name = provider?.name ?? label;
  return (
    <div className={`thumb thumb--placeholder ${thumbTint(provider?.domain ?? name)}`} aria-hidden="true">
      <span className="thumb__initial" hidden={logo.src !== undefined && logoLoaded === logo.src}>
        {outletInitial(name)}
      </span>
      {logo.src && (
        <img
          className="thumb__logo"
          {...logo.imgProps}
          data-loaded={logoLoaded === logo.src || undefined}
          onLoad={() => setLogoLoaded(logo.src)}
          loading="lazy"
        />
      )}
      {picture.src && (
        <img
          className="thumb__img"
          {...picture.imgProps}
          data-loaded={loaded === picture.src || undefined}
          onLoad={() => setLoaded(picture.src)}
          width={width}
          height={height}
          loading="lazy"
        />
      )}
    </div>
  );
}
