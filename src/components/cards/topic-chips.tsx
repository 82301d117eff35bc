import { Link } from 'react-router-dom';
import type { TopicRef } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import { paths } from '../../config/paths';
import { useLinkPrefetch } from './link-prefetch';

/** Starts loading the topic's list on hover or focus. */
function TopicChip({ topic }: { topic: TopicRef }) {
  const prefetchers = useLinkPrefetch();
  const prefetch = () => prefetchers.list(listKey.topic(topic.slug));
  return (
    <Link className="chip" to={paths.topic.getHref(topic.slug)} onMouseEnter={prefetch} onFocus={prefetch}>
      {topic.name}
    </Link>
  );
}

export function TopicChips({ topics }: { topics: TopicRef[] }) {
  if (topics.length === 0) return null;
  return (
    <ul className="chips" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <TopicChip topic={topic} />
        </li>
      ))}
    </ul>
  );
}
