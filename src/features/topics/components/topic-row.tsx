import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { trendOf } from '../../../shared/activity';
import type { TopicSummary } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import { Sparkline } from '../../../components/charts/sparkline';
import { countLabel } from '../../../lib/count-label';
import { trendSentence } from '../../../lib/trend-label';
import { useInView } from '../../../lib/use-in-view';
import { TopicHeadlines } from './topic-headlines';

type TopicRowProps = { topic: TopicSummary; headlinesPage?: number };

/** A topic in the list: its name and count, its last 12 weeks as a line, and its latest headlines. */
export function TopicRow({ topic, headlinesPage }: TopicRowProps) {
  const ref = useRef<HTMLLIElement>(null);
  const inView = useInView(ref);
  return (
    <li ref={ref} className="topic-row">
      <div className="topic-row__head">
        <Link className="topic-row__name" to={paths.topic.getHref(topic.slug)}>
          {topic.name}
        </Link>
        <span className="topic-row__count">{countLabel(topic.count, 'article', 'articles')}</span>
        {topic.weeks && <Sparkline values={topic.weeks} label={trendSentence(trendOf(topic.weeks))} />}
      </div>
      {headlinesPage !== undefined && <TopicHeadlines slug={topic.slug} page={headlinesPage} load={inView} />}
    </li>
  );
}
