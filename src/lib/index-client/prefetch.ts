import type { QueryClient } from '@tanstack/react-query';
import { defaultSort, offeredSorts } from '../../config/sort';
import { articleQueryOptions } from './article-query';
import { ensureList } from './list-queries';
import { manifestQueryOptions } from './manifest-query';
import { storyQueryOptions } from './story-query';

/**
 * What hovering or focusing a link starts loading, so the click feels
 * instant: an article's or a story's bucket, or a list's first screen in its
 * default sort. The app hands these to the links (components/cards/link-prefetch.ts).
 * A failed prefetch is dropped: the click loads again and shows the error.
 */
export function linkPrefetchers(queryClient: QueryClient) {
  return {
    article: (slug: string) => void queryClient.prefetchQuery(articleQueryOptions(slug)),
    story: (id: string) => void queryClient.prefetchQuery(storyQueryOptions(id)),
    list: (key: string) =>
      void queryClient
        .ensureQueryData(manifestQueryOptions())
        .then((manifest) => ensureList(queryClient, key, defaultSort(offeredSorts(manifest.sorts))))
        .catch(() => undefined),
  };
}
