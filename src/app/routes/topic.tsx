import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { ensureTopicList } from '../../features/list/api/get-topic-list';
import { TopicView } from '../../features/list/components/topic-view';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await ensureTopicList(queryClient, params.slug ?? '', await sortFromRequest(queryClient, request));
    return null;
  };

export function Component() {
  const { slug = '' } = useParams();
  const sort = useSort();
  return <TopicView slug={slug} sort={sort} />;
}
