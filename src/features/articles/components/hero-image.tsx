import { useState } from 'react';
import type { Image } from '../../../shared/index-schema';
import { safeHref } from '../../../lib/safe-href';

/**
 * The box takes the image's aspect ratio before it loads (16:9 when unknown),
 * so nothing below it moves. A failed image removes the box: a screen-high
 * empty panel above the story is worse than the one shift (thumbnails, small
 * enough to stay, get a tinted fallback instead).
 */
export function HeroImage({ image }: { image: Image | undefined }) {
  const [failed, setFailed] = useState(false);
  const src = safeHref(image?.url);
  if (!image || !src || failed) return null;
  const width = image.width ?? 16;
  const height = image.height ?? 9;
  return (
    <figure className="hero" style={{ aspectRatio: `${width} / ${height}` }}>
      <img
        src={src}
        width={image.width}
        height={image.height}
        alt=""
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    </figure>
  );
}
