/**
 * The feed's static entry point: the site's address opens on the feed's
 * first screen as plain HTML, drawn before the app's script has loaded, in
 * the app's own markup and classes (feed-view.tsx, list-view.tsx,
 * card-list.tsx, article-card.tsx), so the running app takes its place
 * without moving it. What only the app can do keeps its place: a disabled
 * button (save, the card's menu, Hide read), or unseen ("How is this ranked?").
 */
import type { Card, Manifest, Sort } from '../../shared/index-schema';
import type { SiteConfig } from '../../shared/site-config';
import { windowLength, type TimeWindow } from '../../shared/time-windows';
import { offeredSorts } from '../../config/sort';
import { TIME_FILTERS } from '../../config/time-filter';
import { paths, withSort } from '../../config/paths';
import { countLabel, storiesAndArticles } from '../../lib/count-label';
import { dateTimeValue, formatDate, formatDayHeading, formatRelative } from '../../lib/format-date';
import { moreFrom } from '../../lib/outlet-list';
import { outletInitial, thumbTint } from '../../lib/thumb-tint';
import { safeHref } from '../../lib/safe-href';
import { feedHeadings, sortLabels } from '../../features/list/components/sort-labels';
import { timeLabels } from '../../features/list/components/time-labels';
import { dayOpenedBy } from '../../features/list/day-groups';
import { Badges } from '../../components/cards/badges';
import { CardStats } from '../../components/cards/card-stats';
import { FEED_FORMATS } from '../../components/ui/feed-links';
import { ShellLogo, type ShellPage } from './shell-markup';
import type { SiteUrls } from './site-urls';

/** Dates in a shell are read anywhere: in UTC, as the index holds them. */
const UTC = { timeZone: 'UTC' };

/** The file the feed's entry point is written to: `index.html` stays the app's page for every other address. */
export const FEED_PAGE_FILE = 'home.html';

/** The sort the feed opens in: the site's, when the index offers it (config/sort.ts, `defaultSort`). */
export function feedSort(manifest: Pick<Manifest, 'sorts'>, site: SiteConfig): Sort {
  const offered = offeredSorts(manifest.sorts);
  return offered.includes(site.defaultSort) ? site.defaultSort : offered[0]!;
}

/** A card as article-card.tsx draws it (its badges and scores with the same components), without what depends on the reader (read, saved). */
function ShellCard({ card, sort, headingLevel, urls, builtAt }: { card: Card; sort: Sort; headingLevel: 2 | 3; urls: SiteUrls; builtAt: number }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const story = card.story && card.story.size > 1 ? card.story : undefined;
  const picture = safeHref(card.image?.url);
  return (
    <article className="card">
      <div className={`thumb thumb--placeholder ${thumbTint(card.provider.domain)}`} aria-hidden="true">
        <span className="thumb__initial">{outletInitial(card.provider.name)}</span>
        {picture && (
          // Shown at once (the app fades its own in once loaded); one that fails is removed (shell-takeover.ts).
          <img className="thumb__img" src={picture} alt="" decoding="async" referrerPolicy="no-referrer" width={160} height={90} data-loaded="" />
        )}
      </div>
      <div className="card__body">
        <Heading className="card__title">
          <a href={urls.href(urls.article(card.slug))}>{card.title}</a>
        </Heading>
        <p className="card__meta">
          <a className="provider" href={urls.href(urls.source(card.provider.domain))}>
            <ShellLogo url={card.provider.logo} />
            <span>{card.provider.name}</span>
          </a>
          {/*
            How long ago depends on when it is read: the app writes it. Here it
            is written as of the build, hidden (layout.css), only to keep its
            room: "last week" and "2 weeks ago" differ by a fifth of a line.
          */}
          <span className="published-time">
            <time dateTime={dateTimeValue(card)}>{formatDate(card, UTC)}</time>
            <span aria-hidden="true"> · </span>
            <span className="published-time__ago">{formatRelative(card, builtAt)}</span>
          </span>
          <Badges card={card} />
        </p>
        {card.excerpt && <p className="card__excerpt">{card.excerpt}</p>}
        {story && (
          <p className="card__story">
            <a className="card__story-link" href={urls.href(urls.story(story.id))}>
              +{(story.size - 1).toLocaleString('en')} more from {moreFrom(story, card.provider.name)}
            </a>
          </p>
        )}
        <div className="card__footer">
          {card.topics.length > 0 && (
            <ul className="chips" aria-label="Topics">
              {card.topics.map((topic) => (
                <li key={topic.slug}>
                  <a className="chip" href={urls.href(urls.topic(topic.slug))}>
                    {topic.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <CardStats heat={sort === 'heat' ? card.heat : undefined} quality={sort === 'quality' ? card.quality : undefined} />
          <div className="card__actions">
            <button type="button" className="card-action" disabled aria-label={`Save “${card.title}”`}>
              <span aria-hidden="true">☆</span>
              <span className="card-action__text" aria-hidden="true">
                Save
              </span>
            </button>
            <div className="card-menu">
              <button type="button" className="card-action" disabled aria-label={`More for “${card.title}”`}>
                <span aria-hidden="true">⋯</span>
              </button>
            </div>
          </div>
        </div>
      </div>
    </article>
  );
}

export type FeedPageInput = {
  /** What the page shows of the manifest: not all of it, whose build id changes with every build. */
  manifest: Pick<Manifest, 'counts' | 'sorts' | 'newest'> & { windows: boolean };
  /** The feed's first rows in `feedSort`, as many as the app draws before it virtualises (row-estimate.ts). */
  rows: readonly Card[];
  /** How many entries the list has, for each row's place in it. */
  setSize: number;
};

export function feedShell({ manifest, rows: shown, setSize }: FeedPageInput, site: SiteConfig, urls: SiteUrls, builtAt = Date.now()): ShellPage {
  const sort = feedSort(manifest, site);
  const sorts = offeredSorts(manifest.sorts);
  const canonical = urls.absolute('/');
  const { counts, newest } = manifest;
  const upTo = newest && formatDate(newest, UTC);
  const feedFiles = urls.feedPaths('/');
  return {
    path: '/',
    title: site.name,
    description: site.description,
    canonical,
    type: 'website',
    jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, description: site.description, url: canonical },
    body: (
      <section className="list-page">
        <div className="list-page__header">
          <h1 className="page-title">{feedHeadings[sort]}</h1>
          <p className="list-page__count">
            {storiesAndArticles(counts.entries, counts.articles)} from {countLabel(counts.providers, 'source', 'sources')}
          </p>
          <p className="feed-links">
            <span className="feed-links__label">Feed:</span>
            {FEED_FORMATS.map(({ key, label, type }, i) => (
              <span key={key}>
                {i > 0 && <span aria-hidden="true"> · </span>}
                <a href={urls.href(feedFiles[key])} type={type} aria-label={`${site.name} feed (${label})`}>
                  {label}
                </a>
              </span>
            ))}
          </p>
        </div>
        <div className="sort-bar">
          <div className="sort-bar__row">
            <nav className="sort" aria-label="Sort stories">
              <ul>
                {sorts.map((option) => (
                  <li key={option}>
                    <a className="sort__link" href={urls.href(withSort(paths.feed.path, option, 'all', site.defaultSort))} aria-current={option === sort ? 'page' : undefined}>
                      {sortLabels[option]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <button type="button" className="sort-bar__help" disabled>
              How is this ranked?
            </button>
          </div>
        </div>
        {manifest.windows && (
          <div className="time-filter">
            <nav className="time-filter__nav" aria-label="Time period">
              <ul>
                {TIME_FILTERS.map((option) => (
                  <li key={option}>
                    <a
                      className="time-filter__link"
                      href={urls.href(withSort(paths.feed.path, sort, option, site.defaultSort))}
                      aria-current={option === 'all' ? 'page' : undefined}
                      aria-describedby={option !== 'all' && upTo ? 'shell-time-note' : undefined}
                      title={option === 'all' ? 'Every story in the index' : `The ${windowLength(option as TimeWindow)} up to the newest story`}
                    >
                      {timeLabels[option]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {upTo && (
              <p id="shell-time-note" className="time-filter__note">
                Up to {upTo}
              </p>
            )}
          </div>
        )}
        <div className="list-actions list-tools">
          <button type="button" className="button toggle-button" disabled aria-pressed="false">
            Hide read
          </button>
          <button type="button" className="button" disabled>
            Mark all as read
          </button>
        </div>
        {shown.length === 0 ? (
          <p className="empty">No stories yet.</p>
        ) : (
          <ol className="card-list card-list--leading">
            {shown.map((card, index) => {
              const day = sort === 'newest' ? dayOpenedBy(card, index > 0 ? shown[index - 1] : null, UTC) : undefined;
              return (
                <li key={card.id} className="card-list__row" aria-setsize={setSize} aria-posinset={index + 1}>
                  {day && <h2 className="day-heading">{formatDayHeading(day)}</h2>}
                  <ShellCard card={card} sort={sort} headingLevel={sort === 'newest' ? 3 : 2} urls={urls} builtAt={builtAt} />
                </li>
              );
            })}
          </ol>
        )}
      </section>
    ),
  };
}
