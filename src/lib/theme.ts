import { useSyncExternalStore } from 'react';
import { htmlSetting, useHtmlSetting } from './html-setting';

export type Theme = 'light' | 'dark';

/** No choice (null) is "System": the CSS follows `prefers-color-scheme` by itself. */
export const themeSetting = htmlSetting<Theme>('heatline-theme', 'theme', ['light', 'dark']);

const systemQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');
const systemTheme = (): Theme => (systemQuery()?.matches ? 'dark' : 'light');

function subscribeSystem(listener: () => void) {
  const query = systemQuery();
  query?.addEventListener?.('change', listener);
  return () => query?.removeEventListener?.('change', listener);
}

/** The theme the page shows: the reader's choice, else the system's. */
export function currentTheme(): Theme {
  return themeSetting.chosen() ?? systemTheme();
}

/** The theme shown, kept current when the choice or the system preference changes. */
export function useShownTheme(): Theme {
  const chosen = useHtmlSetting(themeSetting);
  const system = useSyncExternalStore(subscribeSystem, systemTheme, () => 'light' as const);
  return chosen ?? system;
}

export const useThemeChoice = () => useHtmlSetting(themeSetting);
