/**
 * "A", "A and B", "A, B and C", "A, B and 2 others": named outlets first,
 * then how many more there are.
 */
export function outletList(names: readonly string[], more = 0): string {
  const parts = more > 0 ? [...names, more === 1 ? '1 other' : `${more.toLocaleString('en')} others`] : [...names];
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
