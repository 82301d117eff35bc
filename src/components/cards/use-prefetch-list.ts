import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_SORT } from '../../config/sort';
import { ensureList } from '../../lib/ensure-list';

/** Starts loading a list's first screen on hover or focus, so the click feels instant. */
export function usePrefetchList(key: string) {
  const queryClient = useQueryClient();
  return () => void ensureList(queryClient, key, DEFAULT_SORT).catch(() => undefined);
}
