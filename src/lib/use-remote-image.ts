import { useState } from 'react';
import { safeHref } from './safe-href';

/**
 * An image on another host: only an http(s) URL is used, and once it fails to
 * load `src` becomes undefined so the caller can show its fallback. The
 * attributes every remote image gets are returned with it.
 */
export function useRemoteImage(url: string | undefined) {
  const [failed, setFailed] = useState(false);
  const src = failed ? undefined : safeHref(url);
  return {
    src,
    imgProps: {
      src,
      alt: '',
      decoding: 'async' as const,
      referrerPolicy: 'no-referrer' as const,
      onError: () => setFailed(true),
    },
  };
}
