/**
 * The static entry point of each kind of page: an article, a topic's or a
 * source's list, a story, the topics page. Each says what the page is about
 * in its head (for link previews and crawlers) and its body (for readers
 * without JavaScript), from what the index already holds.
 */
import type { Card, ListRef, StoryPage, TopicSummary } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import type { SiteConfig } from '../../shared/site-config';
import { countLabel, storiesAndArticles } from '../../lib/count-label';
import { dateTimeValue, formatDate } from '../../lib/format-date';
import { safeHref } from '../../lib/safe-href';
import { Badges } from '../../components/cards/badges';
import { CardStats } from '../../components/cards/card-stats';
import { ShellLogo, type ShellPage } from './shell-markup';
import type { SiteUrls } from './site-urls';

/** Dates in a shell are read anywhere: in UTC, as the index holds them. */
const UTC = { timeZone: 'UTC' };
/** Headlines a list's shell links to. */
const SHELL_HEADLINES = 20;

function website(site: SiteConfig) {
  return { '@type': 'WebSite', name: site.name, url: site.url };
}

/** A list's newest headlines, one per story, as the app's lists show them: thirty outlets on one event are one line. */
function Headlines({ cards, urls }: { cards: readonly Card[]; urls: SiteUrls }) {
  const stories = new Set<string>();
  const shown = cards.filter((card) => {
    const story = card.story?.id ?? card.id;
    if (stories.has(story)) return false;
    stories.add(story);
    return true;
  });
  if (shown.length === 0) return null;
  return (
    <ul className="shell__headlines">
      {shown.slice(0, SHELL_HEADLINES).map((card) => (
        <li key={card.id}>
          <a href={urls.href(urls.article(card.slug))}>{card.title}</a> <span className="muted">{card.provider.name}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The article's first screen in the app's own markup (article-view.tsx,
 * article-header.tsx): the same lines, picture box and lede, so the page does
 * not move when the app takes its place. The picture is asked for here, with
 * the page, rather than once the app has loaded.
 */
function ArticleBody({ card, urls }: { card: Card; urls: SiteUrls }) {
  const picture = safeHref(card.image?.url);
  return (
    <div className="article-page">
      <article className="article">
        <header className="article__header">
          {/* As article-header.tsx decides (the shell has no category: the app's eyebrow may gain one). */}
          {(card.type !== 'article' || card.unpublished) && (
            <p className="eyebrow">
              {' '}
              <Badges card={card} />
            </p>
          )}
          <h1 className="page-title">{card.title}</h1>
          <p className="article__meta">
            <a className="provider" href={urls.href(urls.source(card.provider.domain))}>
              <ShellLogo url={card.provider.logo} />
              <span>{card.provider.name}</span>
            </a>
            {/* How long ago depends on when it is read: the app writes it after the date; the styles keep its room, so the line wraps as the app's does. */}
            <span>
              <time dateTime={dateTimeValue(card)}>{formatDate(card, UTC)}</time>{' '}
            </span>
          </p>
          {card.story && card.story.size > 1 && (
            <p className="article__story">
              Full coverage:{' '}
              <a href={urls.href(urls.story(card.story.id))}>
                {countLabel(card.story.size, 'article', 'articles')} from {countLabel(card.story.outlets, 'outlet', 'outlets')}
              </a>
            </p>
          )}
          <CardStats heat={card.heat} quality={card.quality} />
        </header>
        {card.type === 'video' ? (
          <div className="video" />
        ) : (
          card.image &&
          picture && (
            // The app's box takes the picture's shape before it loads; here the size attributes do, as style attributes are not allowed.
            // In a <picture>, which React's renderer does not also announce with a preload link of the same address.
            <figure className="hero">
              <picture>
                <img src={picture} alt="" referrerPolicy="no-referrer" width={card.image.width ?? 16} height={card.image.height ?? 9} />
              </picture>
            </figure>
          )
        )}
        {card.excerpt && <p className="article__lede">{card.excerpt}</p>}
      </article>
    </div>
  );
}

export function articleShell(card: Card, urls: SiteUrls): ShellPage {
  const path = urls.article(card.slug);
  const canonical = urls.absolute(path);
  const description = card.excerpt ?? `${card.title}, from ${card.provider.name}.`;
  return {
    path,
    title: card.title,
    description,
    canonical,
    type: 'article',
    ...(card.image ? { image: card.image } : {}),
    published: card.published,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: card.title.slice(0, 110),
      datePublished: card.published,
      ...(card.image ? { image: card.image.url } : {}),
      // The outlet wrote it; this site points to it. Its address and description are the page's canonical link and meta description.
      author: { '@type': 'Organization', name: card.provider.name, url: `https://${card.provider.domain}/` },
    },
    body: <ArticleBody card={card} urls={urls} />,
  };
}

/** A topic's or a source's page, with links to its newest articles. */
export function listShell(ref: ListRef, newest: readonly Card[], site: SiteConfig, urls: SiteUrls): ShellPage {
  const list = listKey.parse(ref.key)!;
  const path = list.kind === 'topic' ? urls.topic(list.value) : urls.source(list.value);
  const canonical = urls.absolute(path);
  const what = list.kind === 'topic' ? `about ${ref.title}` : `from ${ref.title}`;
  const description = `${storiesAndArticles(ref.entries, ref.count)} ${what}, one entry per story, on ${site.name}.`;
  return {
    path,
    title: list.kind === 'topic' ? `Topic: ${ref.title}` : `Source: ${ref.title}`,
    description,
    canonical,
    type: 'website',
    jsonLd: { '@context': 'https://schema.org', '@type': 'CollectionPage', name: ref.title, description, url: canonical, isPartOf: website(site) },
    body: (
      <section className="list-page">
        <p className="eyebrow">{list.kind === 'topic' ? 'Topic' : list.value}</p>
        <h1 className="page-title">{ref.title}</h1>
        <p className="list-page__count">{storiesAndArticles(ref.entries, ref.count)}</p>
        <Headlines cards={newest} urls={urls} />
      </section>
    ),
  };
}

export function storyShell(story: StoryPage, site: SiteConfig, urls: SiteUrls): ShellPage {
  const path = urls.story(story.id);
  const canonical = urls.absolute(path);
  const description = `${countLabel(story.size, 'article', 'articles')} from ${countLabel(story.outlets, 'outlet', 'outlets')} on one story: ${story.title}.`;
  const lead = story.articles.find((a) => a.slug === story.lead) ?? story.articles[0];
  return {
    path,
    title: story.title,
    description,
    canonical,
    type: 'website',
    ...(lead?.image ? { image: lead.image } : {}),
    jsonLd: { '@context': 'https://schema.org', '@type': 'CollectionPage', name: story.title, description, url: canonical, isPartOf: website(site) },
    body: (
      <section className="story-page">
        <p className="eyebrow">Full coverage</p>
        <h1 className="page-title">{story.title}</h1>
        <p className="list-page__count">{description}</p>
        <ul className="shell__headlines">
          {story.articles.map((article) => (
            <li key={article.slug}>
              <a href={urls.href(urls.article(article.slug))}>{article.title}</a> <span className="muted">{article.provider.name}</span>
            </li>
          ))}
        </ul>
      </section>
    ),
  };
}

export function topicsShell(topics: readonly TopicSummary[], site: SiteConfig, urls: SiteUrls): ShellPage {
  const path = '/topics';
  const canonical = urls.absolute(path);
  const description = `${countLabel(topics.length, 'topic', 'topics')} on ${site.name}, and what is trending this week.`;
  return {
    path,
    title: 'Topics',
    description,
    canonical,
    type: 'website',
    jsonLd: { '@context': 'https://schema.org', '@type': 'CollectionPage', name: 'Topics', description, url: canonical, isPartOf: website(site) },
    body: (
      <section className="topics-page">
        <h1 className="page-title">Topics</h1>
        <ul className="shell__headlines">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a href={urls.href(urls.topic(topic.slug))}>{topic.name}</a>{' '}
              <span className="muted">{countLabel(topic.count, 'article', 'articles')}</span>
            </li>
          ))}
        </ul>
      </section>
    ),
  };
}
