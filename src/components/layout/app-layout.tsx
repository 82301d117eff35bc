import type { ReactNode } from 'react';
import { Link, NavLink, ScrollRestoration, useNavigation } from 'react-router-dom';
import { paths } from '../../config/paths';
import { APP_NAME, SITE, SITE_LOGO } from '../../config/app';
import { DensityToggle } from './density-toggle';
import { OfflineNotice } from './offline-notice';
import { StorageNotice } from './storage-notice';
import { ThemeToggle } from './theme-toggle';
import { SITE_HEADER_CLASS } from './sticky-header';
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
      <header className={SITE_HEADER_CLASS}>
        <div className="site-header__inner">
          <Link className="brand" to={paths.feed.getHref()}>
            {SITE_LOGO ? (
              <img className="brand__logo" src={SITE_LOGO} alt="" width={24} height={24} />
            ) : (
              <span className="brand__mark" aria-hidden="true" />
            )}
            {APP_NAME}
          </Link>
          <nav className="site-nav" aria-label="Main">
            <NavLink to={paths.feed.getHref()} end>
              Feed
            </NavLink>
            <NavLink to={paths.topics.getHref()}>Topics</NavLink>
            <NavLink to={paths.following.getHref()}>Following</NavLink>
            <NavLink to={paths.saved.getHref()}>Saved</NavLink>
            <NavLink className="site-nav__settings" to={paths.settings.getHref()} title="Settings">
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <circle cx="12" cy="12" r="3" />
                <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
              </svg>
              <span className="site-nav__text">Settings</span>
            </NavLink>
          </nav>
          {search}
          <div className="header-toggles">
            <ThemeToggle />
            <DensityToggle />
          </div>
        </div>
        <div className={busy ? 'progress progress--active' : 'progress'} aria-hidden="true" />
      </header>
      <main id="main" className="site-main" tabIndex={-1} aria-busy={busy}>
        <OfflineNotice />
        <StorageNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <strong>{APP_NAME}</strong> — {SITE.description}
        </p>
        <nav aria-label="Footer" className="site-footer__nav">
          <Link to={paths.topics.getHref()}>Topics</Link>
          <Link to={paths.following.getHref()}>Following</Link>
          <Link to={paths.saved.getHref()}>Saved</Link>
          <Link to={paths.settings.getHref()}>Settings</Link>
        </nav>
      </footer>
      <ScrollRestoration />
    </>
  );
}
