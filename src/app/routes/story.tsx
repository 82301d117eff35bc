import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { ensureStory } from '../../features/stories/api/get-story';
import { StoryView } from '../../features/stories/components/story-view';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await ensureStory(queryClient, params.id ?? '');
    return null;
  };

export function Component() {
  const { id = '' } = useParams();
  return <StoryView key={id} id={id} />;
}
