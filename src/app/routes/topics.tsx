import type { QueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { topicsQueryOptions } from '../../features/topics/api/get-topics';
import { TopicsIndex } from '../../features/topics/components/topics-index';

export const createLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(topicsQueryOptions());
  return null;
};

export function Component() {
  useDocumentTitle('Topics');
  return <TopicsIndex />;
}
