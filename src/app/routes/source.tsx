import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { sortFromRequest, useSort } from '../../lib/use-sort';
import { ensureSourceList } from '../../features/list/api/get-source-list';
import { SourceView } from '../../features/list/components/source-view';

export const createLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await ensureSourceList(queryClient, params.domain ?? '', await sortFromRequest(queryClient, request));
    return null;
  };

export function Component() {
  const { domain = '' } = useParams();
  const sort = useSort();
  return <SourceView domain={domain} sort={sort} />;
}
