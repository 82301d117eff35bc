import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchShard } from './index-client/fetch-shard';
import { manifestQueryOptions } from './index-client/manifest-query';
import { shapes } from './index-client/shard-shapes';

/** How often an open, visible tab asks whether a newer edition of the news was published. */
export const EDITION_CHECK_MS = 5 * 60_000;

/**
 * True once the server's manifest names another build than the one this tab
 * reads: a newer edition of the news is out. Asked every EDITION_CHECK_MS
 * while the tab is visible, when it becomes visible again and when the
 * connection comes back; never while hidden or offline. The tab itself stays
 * on its edition until the reader asks for the new one.
 */
export function useNewEdition(): boolean {
  const current = useQuery(manifestQueryOptions()).data?.buildId;
  const [latest, setLatest] = useState<string | null>(null);
  useEffect(() => {
    if (!current) return;
    const controller = new AbortController();
    const check = async () => {
      if (document.visibilityState !== 'visible' || !navigator.onLine) return;
      try {
        const data = await fetchShard('manifest.json', shapes.object, { signal: controller.signal, cache: 'no-store' });
        if (typeof data.buildId === 'string') setLatest(data.buildId);
      } catch {
        // Unreachable now: asked again at the next tick, visit or reconnection.
      }
    };
    const onVisible = () => void check();
    const timer = setInterval(onVisible, EDITION_CHECK_MS);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      controller.abort();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [current]);
  return latest !== null && current !== undefined && latest !== current;
}
