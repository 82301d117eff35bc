/** "1 story" / "1,234 stories". */
export function countLabel(count: number, noun = 'story', plural = 'stories'): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`;
}
