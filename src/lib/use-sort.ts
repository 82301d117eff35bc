import { useSearchParams } from 'react-router-dom';
import type { Sort } from '../shared/index-schema';
import { parseSort } from '../config/sort';

/** The sort lives in the URL (`?sort=`), so links and the back button keep it. */
export function useSort(): Sort {
  const [params] = useSearchParams();
  return parseSort(params.get('sort'));
}

export function sortFromRequest(request: Request): Sort {
  return parseSort(new URL(request.url).searchParams.get('sort'));
}
