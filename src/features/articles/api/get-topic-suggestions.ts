import { useQuery } from '@tanstack/react-query';
import type { Article } from '../../../shared/index-schema';
import { listKey } from '../../../shared/constants';
import { listHeadQueryOptions, listRefQueryOptions } from '../../../lib/list-queries';

const SUGGESTIONS = 5;

/**
 * "More from <topic>" for articles with nothing related. Runs only when asked
 * (`enabled`), so articles with related entries never download a topic list.
 */
export function useTopicSuggestions(article: Article, enabled: boolean) {
  const topic = article.topics[0];
  const refQuery = useQuery({
    ...listRefQueryOptions(listKey.topic(topic?.slug ?? '')),
    enabled: enabled && !!topic,
  });
  const ref = refQuery.data;
  const headQuery = useQuery({
    ...listHeadQueryOptions(ref ?? { key: '', title: '', count: 0 }, 'heat'),
    enabled: enabled && !!ref,
    select: (cards) => cards.filter((card) => card.slug !== article.slug).slice(0, SUGGESTIONS),
  });
  return { topic, cards: headQuery.data ?? [], isLoading: refQuery.isLoading || headQuery.isLoading };
}
