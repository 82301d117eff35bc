import { Link } from 'react-router-dom';
import type { TopicRef } from '../../shared/index-schema';
import { paths } from '../../config/paths';

export function TopicChips({ topics }: { topics: TopicRef[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="chips" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link className="chip" to={paths.topic.getHref(topic.slug)}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
