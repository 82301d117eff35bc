import type { TopicSummary } from '../../shared/index-schema';
import { withoutMarks } from '../../shared/without-marks';

/** "Café Society" → "cafe society": how names are compared, so "cafe" finds "Café". */
const fold = (text: string) => withoutMarks(text).toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * The topics whose name contains every word typed, in any order ("ai
 * policy" finds "Policy on AI"), in the order given. An empty filter keeps all.
 */
export function filterTopics<T extends Pick<TopicSummary, 'name'>>(topics: readonly T[], filter: string): T[] {
  const words = fold(filter).split(' ').filter(Boolean);
  if (words.length === 0) return [...topics];
  return topics.filter((topic) => {
    const name = fold(topic.name);
    return words.every((word) => name.includes(word));
  });
}
