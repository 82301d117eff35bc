import type { ReactNode } from 'react';
import { Link, NavLink, ScrollRestoration, useNavigation } from 'react-router-dom';
import { paths } from '../../config/paths';
import { APP_NAME } from '../../config/app';
import { ThemeToggle } from './theme-toggle';
import { useFocusOnNavigate } from './use-focus-on-navigate';

/** `search` is the header's search box, which the app hands in (components never import features). */
export function AppLayout({ children, search }: { children: ReactNode; search?: ReactNode }) {
  const busy = useNavigation().state !== 'idle';
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="brand" to={paths.feed.getHref()}>
            <span className="brand__mark" aria-hidden="true" />
            {APP_NAME}
          </Link>
          <nav className="site-nav" aria-label="Main">
            <NavLink to={paths.feed.getHref()} end>
              Feed
            </NavLink>
            <NavLink to={paths.topics.getHref()}>Topics</NavLink>
            <NavLink to={paths.following.getHref()}>Following</NavLink>
            <NavLink to={paths.saved.getHref()}>Saved</NavLink>
          </nav>
          {search}
          <ThemeToggle />
        </div>
        <div className={busy ? 'progress progress--active' : 'progress'} aria-hidden="true" />
      </header>
      <main id="main" className="site-main" tabIndex={-1} aria-busy={busy}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{APP_NAME}: every outlet’s coverage of a story in one place, ranked by what is hot now, from a static index.</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
