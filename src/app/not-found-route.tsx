import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { NotFound } from '../components/errors/not-found';
import { topicsQueryOptions } from '../features/topics/api/get-topics';
import { trendingTopics } from '../features/topics/trending';

const SHOWN = 5;

/**
 * This week's trending topics as more ways on, or the largest when nothing
 * is rising. Read without suspending: the page is whole without them, and a
 * failed topics file leaves only this list out.
 */
export function TopicWaysOn() {
  const topics = useQuery(topicsQueryOptions()).data ?? [];
  const trending = trendingTopics(topics).map(({ topic }) => topic).slice(0, SHOWN);
  const shown = trending.length > 0 ? trending : topics.filter((topic) => !topic.generic).slice(0, SHOWN);
  if (shown.length === 0) return null;
  const title = trending.length > 0 ? 'Trending this week' : 'Largest topics';
  return (
    <nav aria-label={title} className="status-page__topics">
      <h2>{title}</h2>
      <ul className="chip-list">
        {shown.map((topic) => (
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
  return <NotFound more={<TopicWaysOn />} />;
}
