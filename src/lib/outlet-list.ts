/**
 * "A", "A and B", "A, B and C", "A, B and 2 others": named outlets first,
 * then how many more there are.
 */
export function outletList(names: readonly string[], more = 0): string {
  const parts = more > 0 ? [...names, more === 1 ? '1 other' : `${more.toLocaleString('en')} others`] : [...names];
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * Who else covered a card's story: its other outlets, named, then how many
 * more. A story from the card's own outlet alone has no others: it is more
 * from that outlet.
 */
export function moreFrom(story: { others: readonly string[]; outlets: number }, ownOutlet: string): string {
  if (story.others.length === 0) return ownOutlet;
  return outletList(story.others, Math.max(0, story.outlets - 1 - story.others.length));
}
