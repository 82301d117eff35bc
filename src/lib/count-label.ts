/** "1 story" / "1,234 stories". */
export function countLabel(count: number, noun = 'story', plural = 'stories'): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`;
}

/** "412 stories · 443 articles": a lone article is a story of one. */
export function storiesAndArticles(entries: number, articles: number): string {
  return `${countLabel(entries)} · ${countLabel(articles, 'article', 'articles')}`;
}
