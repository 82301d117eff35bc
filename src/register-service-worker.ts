import { registerSW } from 'virtual:pwa-register';
import { appUpdates } from './lib/app-updates';

/**
 * Registers the service worker (scripts/vite-offline-plugin.ts) once the
 * page has loaded, so it never competes with the first screen. A new version
 * of the app waits until the reader chooses it.
 */
export function registerServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => appUpdates.waiting(() => void update(true)),
  });
}
