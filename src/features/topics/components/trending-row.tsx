import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { Sparkline } from '../../../components/charts/sparkline';
import { changeLabel, trendSentence } from '../../../lib/trend-label';
import type { TopicTrend } from '../trending';

type TrendingRowProps = { trends: TopicTrend[]; weekLabel?: string };

/** "Trending this week": the topics rising fastest against their usual week, each with its 12 weeks as a line. */
export function TrendingRow({ trends, weekLabel }: TrendingRowProps) {
  return (
    <section className="trending" aria-labelledby="trending-heading">
      <h2 id="trending-heading" className="section-title">
        Trending this week
      </h2>
      <p className="trending__note">
        Topics with the most articles above their usual week{weekLabel ? `, ${weekLabel}` : ''}.
      </p>
      {trends.length === 0 ? (
        <p className="trending__empty">No topic is busier than usual this week.</p>
      ) : (
        <ol className="trending__list">
          {trends.map(({ topic, trend }) => (
            <li key={topic.slug} className="trending__item">
              <span className="trending__text">
                <Link className="trending__name" to={paths.topic.getHref(topic.slug)}>
                  {topic.name}
                </Link>
                <span className="trending__week">{trend.thisWeek.toLocaleString('en')} this week</span>
              </span>
              <span className="trending__figures">
                <Sparkline values={topic.weeks ?? []} label={trendSentence(trend)} />
                <span className="trend-badge" data-direction={trend.change === null || trend.change > 0 ? 'up' : 'down'}>
                  {changeLabel(trend)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
