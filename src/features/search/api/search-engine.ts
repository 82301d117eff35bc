import { queryOptions } from '@tanstack/react-query';
import type { Manifest } from '../../../shared/index-schema';
import { fetchShard } from '../../../lib/index-client/fetch-shard';
import { isShardError } from '../../../lib/index-client/errors';
import { indexKeys } from '../../../lib/index-client/query-keys';
import { isSearchRef } from '../../../lib/index-client/shard-shapes';
import type { SearchRef } from '../../../shared/search';
import { openSearchEngine } from '../engine/engine';

/** `null`: this index was built without search (or with a folder the reader will not read). */
export function searchRefOf(manifest: Manifest): SearchRef | null {
  return isSearchRef(manifest.search) ? manifest.search : null;
}

/** Where there is no search: a reference that is never read (its queries are disabled). */
export const NO_SEARCH: SearchRef = { path: '', records: 0, format: 0, languages: [] };

/** The engine over one build's search folder, opened once per page; the manifest says what `meta.json` would, so opening reads nothing. */
export const searchEngineQueryOptions = (ref: SearchRef) =>
  queryOptions({
    queryKey: indexKeys.searchEngine(ref.path),
    queryFn: () =>
      openSearchEngine({
        read: (file, shape) => fetchShard(`${ref.path.replace(/\/?$/, '/')}${file}`, shape),
        // A host that serves the app for any unknown address answers a missing file with its page, not a 404.
        meta: { format: ref.format, docs: ref.records, languages: ref.languages },
        isMissing: (error) => isShardError(error) && (error.kind === 'not-found' || (error.kind === 'wrong-shape' && error.cause instanceof SyntaxError)),
      }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
