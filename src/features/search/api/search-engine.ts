import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../../../shared/index-schema';
import { dataUrl } from '../../../lib/index-client/fetch-shard';
import { indexKeys } from '../../../lib/index-client/query-keys';
import { isSearchRef } from '../../../lib/index-client/shard-shapes';
import type { SearchRef } from '../../../shared/search';
import { loadPagefind } from './pagefind';

/** `null`: this index was built without search (or with a folder the reader will not load). */
export function searchRefOf(manifest: Manifest): SearchRef | null {
  return isSearchRef(manifest.search) ? manifest.search : null;
}

/** The folder's address from the page, whatever chunk imports it, and for a sub-path deployment too. */
const folderUrl = (ref: SearchRef) => new URL(dataUrl(ref.path.replace(/\/?$/, '/')), document.baseURI).href;

/**
 * A failed module import stays failed for that URL in some browsers: a retry
 * asks for the script under a fresh address.
 */
const failures = new Map<string, number>();

/** Pagefind for one build's search folder, loaded and initialised once per page. */
export const searchEngineQueryOptions = (ref: SearchRef) =>
  queryOptions({
    queryKey: indexKeys.searchEngine(ref.path),
    queryFn: async () => {
      const base = folderUrl(ref);
      const attempt = failures.get(ref.path) ?? 0;
      try {
        const pagefind = await loadPagefind(`${base}pagefind.js${attempt ? `?attempt=${attempt}` : ''}`);
        await pagefind.options({ basePath: base });
        await pagefind.init();
        return pagefind;
      } catch (error) {
        failures.set(ref.path, attempt + 1);
        throw error;
      }
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
