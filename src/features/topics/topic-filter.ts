import type { TopicSummary } from '../../shared/index-schema';
import { withoutMarks } from '../../shared/without-marks';

/** "Café Society" → "cafe society": how names are compared, so "cafe" finds "Café". */
const fold = (text: string) => withoutMarks(text).toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** How well a name answers the words: 0 the name itself, 1 starts with them, 2 a word starts with each, 3 contains each. */
function closeness(name: string, words: readonly string[], typed: string): number | undefined {
  if (!words.every((word) => name.includes(word))) return undefined;
  if (name === typed) return 0;
  if (name.startsWith(typed)) return 1;
  const starts = name.split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => starts.some((part) => part.startsWith(word))) ? 2 : 3;
}

/**
 * The topics whose name contains every word typed, in any order ("ai
 * policy" finds "Policy on AI"): the topic of that very name first, then
 * names that start with it, then names with a word starting with each, then
 * the rest, each group in the order given. An empty filter keeps all.
 */
export function filterTopics<T extends Pick<TopicSummary, 'name'>>(topics: readonly T[], filter: string): T[] {
  const typed = fold(filter);
  const words = typed.split(' ').filter(Boolean);
  if (words.length === 0) return [...topics];
  const groups: T[][] = [[], [], [], []];
  for (const topic of topics) {
    const rank = closeness(fold(topic.name), words, typed);
    if (rank !== undefined) groups[rank]!.push(topic);
  }
  return groups.flat();
}
