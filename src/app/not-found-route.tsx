import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { NotFound } from '../components/errors/not-found';
import { topicsQueryOptions } from '../features/topics/api/get-topics';

const LARGEST = 5;

/**
 * The largest topics as more ways on. Read without suspending: the page is
 * whole without them, and a failed topics file leaves only this list out.
 */
function LargestTopics() {
  const topics = useQuery(topicsQueryOptions()).data;
  const largest = (topics ?? []).filter((topic) => !topic.generic).slice(0, LARGEST);
  if (largest.length === 0) return null;
  return (
    <nav aria-label="Largest topics" className="status-page__topics">
      <h2>Largest topics</h2>
      <ul className="chip-list">
        {largest.map((topic) => (
          <li key={topic.slug}>
            <Link className="chip" to={paths.topic.getHref(topic.slug)}>
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Any address the routes do not know. */
export function NotFoundRoute() {
  return <NotFound more={<LargestTopics />} />;
}
