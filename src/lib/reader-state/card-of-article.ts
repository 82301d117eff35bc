import type { Article, Card } from '../../shared/index-schema';

/**
 * The card an article page saves: what a list shows, without the body and
 * related lists (a saved item should stay small), and without the story,
 * whose shape on an article page is not a card's.
 */
export function cardOfArticle(article: Article): Card {
  const { id, slug, title, excerpt, type, published, hot, heat, quality, unpublished, provider, topics, image } = article;
  const card: Card = { id, slug, title, type, published, hot, provider, topics };
  return Object.assign(
    card,
    excerpt === undefined ? {} : { excerpt },
    heat === undefined ? {} : { heat },
    quality === undefined ? {} : { quality },
    unpublished ? { unpublished } : {},
    image ?? article.images[0] ? { image: image ?? article.images[0] } : {},
  );
}
