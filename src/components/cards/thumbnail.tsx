import type { CSSProperties } from 'react';
import type { Image } from '../../shared/index-schema';
import { useRemoteImage } from '../../lib/use-remote-image';

type ThumbnailProps = { image: Image | undefined; label: string; width?: number; height?: number };

/** A stable hue per outlet, so a column of fallbacks reads as outlets, not as broken images. */
function hueOf(label: string): number {
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/**
 * Images live on other hosts and may be unreachable: a failed or missing one
 * becomes a same-size tinted box with the outlet's initial, never a broken icon.
 */
export function Thumbnail({ image, label, width = 160, height = 90 }: ThumbnailProps) {
  const { src, imgProps } = useRemoteImage(image?.url);
  if (!src) {
    return (
      <div className="thumb thumb--fallback" aria-hidden="true" style={{ '--thumb-hue': hueOf(label) } as CSSProperties}>
        {label.trim().charAt(0).toUpperCase()}
      </div>
    );
  }
  return <img className="thumb" {...imgProps} width={width} height={height} loading="lazy" />;
}
