import type { QueryClient } from '@tanstack/react-query';
import { notFound } from '../../../lib/index-client/errors';
import { storyQueryOptions } from '../../../lib/index-client/story-query';

/** Loader step: the story's bucket shard (usually prefetched on hover), or a 404 for an unknown id. */
export async function ensureStory(queryClient: QueryClient, id: string) {
  const story = await queryClient.ensureQueryData(storyQueryOptions(id));
  if (!story) throw notFound();
  return story;
}
