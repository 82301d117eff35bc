import { useQuery } from '@tanstack/react-query';
import type { Article } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { defaultSort } from '../../../config/sort';
import { listHeadQueryOptions, listRefQueryOptions } from '../../../lib/index-client/list-queries';
import { useSorts } from '../../../lib/use-sort';

const SUGGESTIONS = 5;

/**
 * "More from <topic>" for articles with nothing related. Runs only when asked
 * (`enabled`), so articles with related entries never download a topic list.
 * Card topics never include generic ones, so the first is a real subject.
 */
export function useTopicSuggestions(article: Article, enabled: boolean) {
  const topic = article.topics[0];
  const sort = defaultSort(useSorts());
  const refQuery = useQuery({
    ...listRefQueryOptions(listKey.topic(topic?.slug ?? '')),
    enabled: enabled && !!topic,
  });
  const ref = refQuery.data;
  const headQuery = useQuery({
    ...listHeadQueryOptions(ref ?? { key: '', title: '', count: 0, entries: 0 }, sort),
    enabled: enabled && !!ref,
    select: (cards) => cards.filter((card) => card.slug !== article.slug).slice(0, SUGGESTIONS),
  });
  return { topic, cards: headQuery.data ?? [], isLoading: refQuery.isLoading || headQuery.isLoading };
}
