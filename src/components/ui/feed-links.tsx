import { feedPaths } from '../../config/paths';

/** The three feed formats, as every page names them (the static pages too, src/cli/site). */
export const FEED_FORMATS = [
  { key: 'rss', label: 'RSS', type: 'application/rss+xml' },
  { key: 'atom', label: 'Atom', type: 'application/atom+xml' },
  { key: 'json', label: 'JSON Feed', type: 'application/feed+json' },
] as const;

/** A site file's address under the app's base (the router's links would route it instead of fetching it). */
const fileHref = (path: string) => `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;

/**
 * "Feed: RSS · Atom · JSON Feed" for a page's list, and the same three as
 * `<link rel="alternate">`, which React places in the document's head, so a
 * feed reader pointed at the page finds them (`advertise={false}` where the
 * page itself already names them: the feed's, in index.html).
 */
export function FeedLinks({ page, title, advertise = true }: { page: string; title: string; advertise?: boolean }) {
  const files = feedPaths(page);
  return (
    <p className="feed-links">
      <span className="feed-links__label">Feed:</span>
      {FEED_FORMATS.map(({ key, label, type }, i) => (
        <span key={key}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={fileHref(files[key])} type={type} aria-label={`${title} feed (${label})`}>
            {label}
          </a>
          {advertise && <link rel="alternate" type={type} title={`${title} (${label})`} href={fileHref(files[key])} />}
        </span>
      ))}
    </p>
  );
}
