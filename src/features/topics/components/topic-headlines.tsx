import { useQuery } from '@tanstack/react-query';
import { ArticleLink } from '../../../components/cards/article-link';
import { RelativeTime } from '../../../components/cards/relative-time';
import { topicHeadlinesQueryOptions } from '../api/get-topics';

type TopicHeadlinesProps = { slug: string; page: number; load: boolean };

/**
 * A topic's latest headlines (of different stories), from the page of
 * headlines its row is on, fetched once the row is near the screen. While
 * they load, two grey lines hold their place; if they fail, the row says so
 * quietly and offers to try again.
 */
export function TopicHeadlines({ slug, page, load }: TopicHeadlinesProps) {
  const query = useQuery({ ...topicHeadlinesQueryOptions(page), enabled: load });
  if (query.isError) {
    return (
      <p className="topic-row__headlines-error">
        Latest headlines could not be loaded.{' '}
        <button type="button" className="link-button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  if (!query.data) {
    return (
      <div className="topic-row__headlines topic-row__headlines--loading" aria-hidden="true">
        <span className="skeleton-line" />
        <span className="skeleton-line skeleton-line--short" />
      </div>
    );
  }
  const headlines = query.data[slug] ?? [];
  if (headlines.length === 0) return null;
  return (
    <ul className="topic-row__headlines" aria-label="Latest headlines">
      {headlines.map((headline) => (
        <li key={headline.slug}>
          <ArticleLink slug={headline.slug} className="topic-row__headline">
            {headline.title}
          </ArticleLink>
          <span className="topic-row__meta">
            {' '}
            {headline.provider} · <RelativeTime iso={headline.published} dateOnly={headline.dateOnly} />
          </span>
        </li>
      ))}
    </ul>
  );
}
