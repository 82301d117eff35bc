import { useState } from 'react';
import type { Image } from '../../../shared/index-schema';
import { safeHref } from '../../../lib/safe-href';

/**
 * The box takes the image's aspect ratio before it loads (16:9 when unknown),
 * so nothing below it moves; a failed image leaves the tinted box.
 */
export function HeroImage({ image }: { image: Image | undefined }) {
  const [failed, setFailed] = useState(false);
  const src = safeHref(image?.url);
  if (!image || !src) return null;
  const width = image.width ?? 16;
  const height = image.height ?? 9;
  return (
    <figure className="hero" style={{ aspectRatio: `${width} / ${height}` }}>
      {!failed && (
        <img
          src={src}
          width={image.width}
          height={image.height}
          alt=""
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailed(true)}
        />
      )}
    </figure>
  );
}
