import type { Article } from '../../../shared/index-schema';
import { RelatedGroup } from './related-group';
import { StoryCoverage } from './story-coverage';
import { TopicSuggestions } from './topic-suggestions';

/**
 * Ranked: the article's own story, then the links its file gave (less those
 * already in the story), then similar coverage found by content; only when
 * all three are empty, more from its topic.
 */
export function RelatedPanel({ article }: { article: Article }) {
  const story = article.story && article.story.articles.length > 0 ? article.story : undefined;
  const inStory = new Set(story?.articles.map((card) => card.slug));
  const related = article.related
    .filter((entry) => !entry.slug || !inStory.has(entry.slug))
    .map((entry, i) => ({ ...entry, key: `${entry.slug ?? entry.url ?? ''}-${i}` }));
  const similar = (article.similar ?? []).filter((card) => !inStory.has(card.slug)).map((card) => ({ ...card, key: card.id }));
  const nothingRelated = !story && related.length === 0 && similar.length === 0;
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      {story && <StoryCoverage article={article} story={story} />}
      {related.length > 0 && <RelatedGroup heading={story ? 'Further reading' : undefined} items={related} />}
      {similar.length > 0 && <RelatedGroup heading="Similar coverage" items={similar} />}
      <TopicSuggestions article={article} enabled={nothingRelated} />
    </aside>
  );
}
