/**
 * What a page's static entry point says before the app starts, and to every
 * reader that never runs it (link previews, crawlers, readers without
 * JavaScript): rendered by React's server renderer, which escapes all text.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SiteConfig } from '../../shared/site-config';
import { paths } from '../../config/paths';
import { safeHref } from '../../lib/safe-href';

export type ShellFeeds = { title: string; rss: string; atom: string; json: string };

export type ShellPage = {
  /** The page's site path (`/articles/…`). */
  path: string;
  /** The document title, the site's name after it. */
  title: string;
  description: string;
  canonical: string;
  type: 'article' | 'website';
  image?: { url: string; width?: number; height?: number };
  published?: string;
  /** Structured data (schema.org), written as JSON-LD. */
  jsonLd: Record<string, unknown>;
  feeds?: ShellFeeds;
  body: ReactNode;
};

/** JSON inside a script element: `<` written as `\u003c`, so no text in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function ShellHead({ page, site }: { page: ShellPage; site: SiteConfig }) {
  const title = page.title === site.name ? site.name : `${page.title} · ${site.name}`;
  const locale = site.language.replace('-', '_');
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={page.description} />
      <link rel="canonical" href={page.canonical} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:type" content={page.type} />
      <meta property="og:title" content={page.title} />
      <meta property="og:description" content={page.description} />
      <meta property="og:url" content={page.canonical} />
      <meta property="og:locale" content={locale} />
      {page.image && <meta property="og:image" content={page.image.url} />}
      {page.image?.width && <meta property="og:image:width" content={String(page.image.width)} />}
      {page.image?.height && <meta property="og:image:height" content={String(page.image.height)} />}
      {page.published && <meta property="article:published_time" content={page.published} />}
      {/* Twitter reads the title, description and image from the OpenGraph tags: only the card's kind is its own. */}
      <meta name="twitter:card" content={page.image ? 'summary_large_image' : 'summary'} />
      {page.feeds && (
        <>
          <link rel="alternate" type="application/rss+xml" title={`${page.feeds.title} (RSS)`} href={page.feeds.rss} />
          <link rel="alternate" type="application/atom+xml" title={`${page.feeds.title} (Atom)`} href={page.feeds.atom} />
          <link rel="alternate" type="application/feed+json" title={`${page.feeds.title} (JSON Feed)`} href={page.feeds.json} />
        </>
      )}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(page.jsonLd) }} />
    </>
  );
}

/**
 * The page as plain HTML in the app's own classes and header (app-layout.tsx),
 * so the app's styles draw it like the app's page and the switch to the
 * running app does not move it. The search box and the two toggles need the
 * app: their places are kept, empty. It is written into every entry point, so
 * it holds only what takes room or says something; the rooms of what only the
 * app draws (the gear, the loading bar, how long ago) are in the styles
 * (layout.css, `#shell`).
 */
export function ShellBody({ path, site, href, children }: { path: string; site: SiteConfig; href: (path: string) => string; children: ReactNode }) {
  return (
    <div id="shell">
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={href(paths.feed.getHref())}>
            <span className="brand__mark" />
            {site.name}
          </a>
          {/* The page's only navigation landmark: unlike the app's two (Main and Footer), it needs no name to tell it apart. */}
          <nav className="site-nav">
            <a href={href(paths.feed.getHref())} aria-current={path === paths.feed.getHref() ? 'page' : undefined}>
              Feed
            </a>
            <a href={href(paths.topics.getHref())}>Topics</a>
            <a href={href(paths.following.getHref())}>Following</a>
            <a href={href(paths.saved.getHref())}>Saved</a>
            {/* The gear is only drawn by the app; the link already has its room (a nav link's minimum size) and its name. */}
            <a href={href(paths.settings.getHref())} title="Settings" />
          </nav>
          <div className="header-search" />
          <div className="header-toggles" />
        </div>
        {/* The room of the app's loading bar is drawn by the styles. */}
      </header>
      <main className="site-main">{children}</main>
    </div>
  );
}

/** An outlet's logo beside its name, as the app's (provider-logo.tsx); nothing for a logo that is not a safe address. */
export function ShellLogo({ url }: { url: string | undefined }) {
  const logo = safeHref(url);
  if (!logo) return null;
  return <img className="provider__logo" src={logo} alt="" decoding="async" referrerPolicy="no-referrer" width={20} height={20} loading="lazy" />;
}

/** Where one render is cut in two: no text or attribute React escapes can spell it. */
function Cut() {
  return <template data-shell-cut="" />;
}
const CUT = renderToStaticMarkup(<Cut />);

function cutAt(markup: string): [string, string] {
  const at = markup.indexOf(CUT);
  return [markup.slice(0, at), markup.slice(at + CUT.length)];
}

/**
 * A page's head and body markup, in one render of the page's own parts: the
 * header around them is the same on every page but the feed's (where "Feed"
 * is the current page), so it is rendered once and kept, cut where the page
 * goes. A hundred thousand entry points spend a fifth less in React.
 */
export class ShellRenderer {
  private readonly frames = new Map<boolean, [string, string]>();

  constructor(
    private readonly site: SiteConfig,
    private readonly href: (path: string) => string,
  ) {}

  render(page: ShellPage): { head: string; body: string } {
    const [head, main] = cutAt(
      renderToStaticMarkup(
        <>
          <ShellHead page={page} site={this.site} />
          <Cut />
          {page.body}
        </>,
      ),
    );
    // React puts the preload links of the page's pictures first in a render: they stay with the body, as when it is rendered alone.
    const title = head.indexOf('<title>');
    const [before, after] = this.frame(page.path);
    return { head: head.slice(title), body: `${head.slice(0, title)}${before}${main}${after}` };
  }

  private frame(path: string): [string, string] {
    const isFeed = path === paths.feed.getHref();
    let frame = this.frames.get(isFeed);
    if (!frame) {
      frame = cutAt(
        renderToStaticMarkup(
          <ShellBody path={path} site={this.site} href={this.href}>
            <Cut />
          </ShellBody>,
        ),
      );
      this.frames.set(isFeed, frame);
    }
    return frame;
  }
}
