import { useState } from 'react';
import { safeHref } from './safe-href';

/**
 * URLs that failed to load in this session. Remembered outside any component
 * so a card drawn again (a re-render, a virtual list scrolled back) shows its
 * fallback at once instead of asking the unreachable host again.
 */
const failedUrls = new Set<string>();

/** A picture the page's static entry point already failed to load: the app draws its fallback from the first render. */
export function markImageFailed(url: string | undefined): void {
  const safe = safeHref(url);
  if (safe) failedUrls.add(safe);
}

/**
 * An image on another host: only an http(s) URL is used, and once it fails to
 * load `src` becomes undefined so the caller can show its fallback. The
 * attributes every remote image gets are returned with it.
 */
export function useRemoteImage(url: string | undefined) {
  const [, setFailures] = useState(0);
  const safe = safeHref(url);
  const src = safe && !failedUrls.has(safe) ? safe : undefined;
  return {
    src,
    imgProps: {
      src,
      alt: '',
      decoding: 'async' as const,
      referrerPolicy: 'no-referrer' as const,
      onError: () => {
        if (!safe) return;
        failedUrls.add(safe);
        setFailures((n) => n + 1);
      },
    },
  };
}
