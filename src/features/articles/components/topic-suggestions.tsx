import { Link } from 'react-router-dom';
import type { Article } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import { useTopicSuggestions } from '../api/get-topic-suggestions';
import { RelatedItem } from './related-item';

export function TopicSuggestions({ article, enabled }: { article: Article; enabled: boolean }) {
  const { topic, cards, isLoading } = useTopicSuggestions(article, enabled);
  if (!enabled) return null;
  if (!topic) return <p className="muted">No related stories for this one.</p>;
  return (
    <div className="related__group">
      <h3 className="related__subheading">More from {topic.name}</h3>
      {isLoading ? (
        <div className="skeleton skeleton--block" aria-hidden="true" />
      ) : cards.length > 0 ? (
        <ul className="related__list">
          {cards.map((card) => (
            <RelatedItem key={card.id} item={card} headingLevel={4} />
          ))}
        </ul>
      ) : (
        <p className="muted">No other stories on this topic yet.</p>
      )}
      <p>
        <Link to={paths.topic.getHref(topic.slug)}>All {topic.name} stories</Link>
      </p>
    </div>
  );
}
