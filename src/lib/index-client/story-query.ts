import { queryOptions } from '@tanstack/react-query';
import type { StoryPage, StoryShard } from '../../shared/index-schema';
import { storyLocation } from '../../shared/shard-paths';
import { readBucketed } from './bucketed-lookup';
import { manifestQueryOptions } from './manifest-query';
import { indexKeys } from './query-keys';

/**
 * A story page, found like an article. Here for the same reason as the
 * article query: every story link prefetches it on hover. `null`: no such id.
 */
export const storyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: indexKeys.story(id),
    queryFn: async ({ client }): Promise<StoryPage | null> => {
      const manifest = await client.ensureQueryData(manifestQueryOptions());
      if (manifest.stories.buckets < 1) return null;
      const location = storyLocation(manifest, id);
      return readBucketed(client, location, (shard) => (shard as Partial<StoryShard>).stories, id);
    },
  });
