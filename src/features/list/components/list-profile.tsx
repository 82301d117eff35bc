import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { trendOf, weeksOf } from '../../../shared/activity';
import type { ListActivity } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import { ActivityChart } from '../../../components/charts/activity-chart';
import { ProviderLogo } from '../../../components/cards/provider-logo';
import { formatDay } from '../../../lib/format-date';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { trendSentence } from '../../../lib/trend-label';

type ListProfileProps = {
  activity: ListActivity;
  /** "Related topics" for a topic, "Top topics" for a source. */
  topicsHeading: string;
};

/**
 * The head of a topic's or source's page: when it started and last
 * published, its last 90 days as a chart, and the topics and outlets it
 * goes with. Everything here was counted by the indexer (ListRef.activity).
 */
export function ListProfile({ activity, topicsHeading }: ListProfileProps) {
  const newest = useQuery(manifestQueryOptions()).data?.newest;
  const { days, topics, sources } = activity;
  const first = { published: activity.first, dateOnly: activity.firstDateOnly };
  const last = { published: activity.last, dateOnly: activity.lastDateOnly };
  return (
    <div className="list-profile">
      <div className="list-profile__activity">
        {activity.first && (
          <p className="list-profile__dates">
            First article {formatDay(first)} · latest {formatDay(last)}
          </p>
        )}
        {newest && days.some((count) => count > 0) && (
          <ActivityChart days={days} end={newest.published} label={trendSentence(trendOf(weeksOf(days)))} />
        )}
        {newest && !days.some((count) => count > 0) && (
          <p className="list-profile__quiet">No articles in the last {days.length} days of the index.</p>
        )}
      </div>
      {(topics.length > 0 || (sources && sources.length > 0)) && (
        <div className="list-profile__related">
          {topics.length > 0 && (
            <>
              <h2 className="list-profile__heading">{topicsHeading}</h2>
              <ul className="chips" aria-label={topicsHeading}>
                {topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link className="chip" to={paths.topic.getHref(topic.slug)}>
                      <bdi>{topic.name}</bdi> <span className="chip__count">{topic.count.toLocaleString('en')}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {sources && sources.length > 0 && (
            <>
              <h2 className="list-profile__heading">Top sources</h2>
              <ul className="chips" aria-label="Top sources">
                {sources.map((source) => (
                  <li key={source.domain}>
                    <Link className="chip chip--source" to={paths.source.getHref(source.domain)}>
                      <ProviderLogo url={source.logo} size={16} />
                      <bdi>{source.name}</bdi> <span className="chip__count">{source.count.toLocaleString('en')}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
