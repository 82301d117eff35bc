import type { Article } from '../../../shared/index-schema';
import { RelatedItem } from './related-item';
import { TopicSuggestions } from './topic-suggestions';

function outlets(article: Article): string {
  const names = [...new Set(article.story?.articles.map((card) => card.provider.name) ?? [])];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and others` : names.join(', ');
}

/** Related entries, the story's other coverage, or — when both are empty — more from the topic. */
export function RelatedPanel({ article }: { article: Article }) {
  const story = article.story?.articles ?? [];
  // A related entry that is also in the story is shown once, with the story.
  const inStory = new Set(story.map((card) => card.slug));
  const related = article.related.filter((entry) => !entry.slug || !inStory.has(entry.slug));
  const nothingRelated = related.length === 0 && story.length === 0;
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      {story.length > 0 && (
        <div className="related__group">
          <h3 className="related__subheading">Also covered by {outlets(article)}</h3>
          <ul className="related__list">
            {story.map((card) => (
              <RelatedItem key={card.id} item={card} />
            ))}
          </ul>
        </div>
      )}
      {related.length > 0 && (
        <ul className="related__list">
          {related.map((entry, i) => (
            <RelatedItem key={`${entry.slug ?? entry.url ?? ''}-${i}`} item={entry} />
          ))}
        </ul>
      )}
      <TopicSuggestions article={article} enabled={nothingRelated} />
    </aside>
  );
}
