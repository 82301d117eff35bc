import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { countLabel } from '../../../lib/count-label';
import { formatDay } from '../../../lib/format-date';
import { manifestQueryOptions } from '../../../lib/index-client/manifest-query';
import { PageHeading } from '../../../components/ui/page-heading';
import { topicIndexQueryOptions } from '../api/get-topics';
import { filterTopics } from '../topic-filter';
import { trendingTopics } from '../trending';
import { TopicFilterBox } from './topic-filter-box';
import { TopicRow } from './topic-row';
import { TrendingRow } from './trending-row';

/** `?filter=`: the filter is in the address, so a narrowed list can be shared and Back restores it. */
const FILTER_PARAM = 'filter';

export function TopicsIndex() {
  const { data: shard } = useSuspenseQuery(topicIndexQueryOptions());
  const newest = useQuery(manifestQueryOptions()).data?.newest;
  const [params, setParams] = useSearchParams();
  // The box answers every key at once; the address follows without making a
  // history entry, and a navigation's loader never holds up the typing.
  const [filter, setFilterState] = useState(() => params.get(FILTER_PARAM) ?? '');
  const setFilter = (value: string) => {
    setFilterState(value);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(FILTER_PARAM, value);
        else next.delete(FILTER_PARAM);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };

  const { topics, headlines } = shard;
  const trends = useMemo(() => trendingTopics(topics), [topics]);
  const generic = topics.filter((t) => t.generic);
  // A generic topic is shown apart, not in the list, until the reader asks for it by name.
  const filtering = filter.trim() !== '';
  const numbered = useMemo(() => topics.map((topic, n) => ({ name: topic.name, topic, n })), [topics]);
  const listed = useMemo(() => (filtering ? numbered : numbered.filter(({ topic }) => !topic.generic)), [numbered, filtering]);
  const shown = useMemo(() => filterTopics(listed, filter), [listed, filter]);
  const hasWeeks = topics.some((t) => t.weeks);

  return (
    <section className="topics-page">
      <PageHeading>Topics</PageHeading>
      <p className="list-page__count">{countLabel(topics.length, 'topic', 'topics')}, by number of articles</p>
      {hasWeeks && <TrendingRow trends={trends} weekLabel={newest ? `the 7 days to ${formatDay(newest)}` : undefined} />}
      <section className="topics-page__all" aria-labelledby="all-topics-heading">
        <h2 id="all-topics-heading" className="section-title">
          All topics
        </h2>
        <TopicFilterBox value={filter} onChange={setFilter} shown={shown.length} total={topics.length} />
        {generic.length > 0 && !filtering && (
          <p className="topics-page__generic">
            On most articles, so not shown on cards:{' '}
            {generic.map((topic, i) => (
              <span key={topic.slug}>
                {i > 0 && ', '}
                <Link to={paths.topic.getHref(topic.slug)}>{topic.name}</Link> ({countLabel(topic.count, 'article', 'articles')})
              </span>
            ))}
          </p>
        )}
        {shown.length === 0 ? (
          <div className="topics-page__none">
            <p>No topic matches “{filter.trim()}”.</p>
            <p>
              <Link to={paths.search.getHref({ q: filter })}>Search articles for “{filter.trim()}”</Link> or{' '}
              <button type="button" className="link-button" onClick={() => setFilter('')}>
                show every topic
              </button>
              .
            </p>
          </div>
        ) : (
          <ul className="topic-rows">
            {shown.map(({ topic, n }) => (
              <TopicRow key={topic.slug} topic={topic} headlinesPage={headlines ? Math.floor(n / headlines.perPage) : undefined} />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
