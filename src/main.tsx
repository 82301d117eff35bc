import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadRouteModule } from './app/router';
import { readerStore } from './lib/reader-state/instance';
import { densitySetting } from './lib/density';
import { themeSetting } from './lib/theme';
import { takeOverShell } from './lib/shell-takeover';
import './styles/base.css';
import './styles/layout.css';
import './styles/cards.css';
import './styles/article.css';
import './styles/story.css';
import './styles/search.css';
import './styles/card-actions.css';
import './styles/reader-pages.css';
import './styles/shortcuts.css';
import './styles/time.css';
import './styles/settings.css';
import './styles/topics.css';

// Applied before the first render so a remembered theme never flashes and
// compact rows never start tall; done here rather than in an inline
// <script>, which the CSP forbids.
themeSetting.applyStored();
densitySetting.applyStored();
preloadRouteModule(window.location.pathname);
// The reader's memory opens while the index loads, so the first list is already without muted cards.
readerStore();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
takeOverShell(root);
const reactRoot = createRoot(root);
// A transition: React draws the first screen in slices instead of one long task.
startTransition(() =>
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// Offline reading, in the production build only (the dev server serves no worker).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void import('./register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
  });
}
