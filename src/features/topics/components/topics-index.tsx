import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { countLabel } from '../../../lib/count-label';
import { PageHeading } from '../../../components/ui/page-heading';
import { topicsQueryOptions } from '../api/get-topics';

export function TopicsIndex() {
  const { data: topics } = useSuspenseQuery(topicsQueryOptions());
  return (
    <section className="topics-page">
      <PageHeading>Topics</PageHeading>
      <p className="list-page__count">{countLabel(topics.length, 'topic', 'topics')}, by number of articles</p>
      <ul className="topic-grid">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link className="topic-tile" to={paths.topic.getHref(topic.slug)}>
              <span className="topic-tile__name">{topic.name}</span>
              <span className="topic-tile__count">{countLabel(topic.count, 'article', 'articles')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
