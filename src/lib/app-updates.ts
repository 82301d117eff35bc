import { useSyncExternalStore } from 'react';

/**
 * What the service worker has to say (src/register-service-worker.ts): a
 * new version of the app is waiting. Kept apart from the registration, which
 * only the built app runs, so the views that show it need no worker to render.
 */
type AppUpdate = { waiting: boolean; apply: () => void };

let state: AppUpdate = { waiting: false, apply: () => window.location.reload() };
const listeners = new Set<() => void>();

export const appUpdates = {
  /** The new version is installed and waits; `apply` switches to it and reloads. */
  waiting(apply: () => void) {
    state = { waiting: true, apply };
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => state,
};

export function useAppUpdate(): AppUpdate {
  return useSyncExternalStore(appUpdates.subscribe, appUpdates.get, appUpdates.get);
}
