/**
 * One entry per story in a list: the rule the indexer applies to large lists
 * and the reader to small ones. A story stands where its first member in the
 * list's order stands, and is shown by its lead when the lead is in the list
 * (else by that first member); its other members are left out.
 */
export type StoryMark = { id: string; lead?: true };

export function collapseStories<T>(ordered: readonly T[], storyOf: (item: T) => StoryMark | undefined): T[] {
  const leads = new Map<string, T>();
  for (const item of ordered) {
    const story = storyOf(item);
    if (story?.lead) leads.set(story.id, item);
  }
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of ordered) {
    const story = storyOf(item);
    if (!story) {
      out.push(item);
    } else if (!seen.has(story.id)) {
      seen.add(story.id);
      out.push(leads.get(story.id) ?? item);
    }
  }
  return out;
}
