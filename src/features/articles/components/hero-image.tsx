import type { Image } from '../../../shared/index-schema';
import { useRemoteImage } from '../../../lib/use-remote-image';

/**
 * The box takes the image's aspect ratio before it loads (16:9 when unknown),
 * so nothing below it moves. A failed image removes the box: a screen-high
 * empty panel above the story is worse than the one shift (thumbnails, small
 * enough to stay, get a tinted fallback instead).
 */
export function HeroImage({ image }: { image: Image | undefined }) {
  const { src, imgProps } = useRemoteImage(image?.url);
  if (!image || !src) return null;
  const width = image.width ?? 16;
  const height = image.height ?? 9;
  return (
    <figure className="hero" style={{ aspectRatio: `${width} / ${height}` }}>
      <img {...imgProps} width={image.width} height={image.height} />
    </figure>
  );
}
