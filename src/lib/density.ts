import { htmlSetting, useHtmlSetting } from './html-setting';

export type Density = 'comfortable' | 'compact';

/**
 * Comfortable (no choice) or Compact: one-line cards, keyed on
 * `[data-density=compact]` in cards.css. In localStorage rather than the
 * reader's IndexedDB store because it must apply before the first paint:
 * IndexedDB answers only asynchronously, after React has drawn the list at
 * the other density, and every row would then jump.
 */
export const densitySetting = htmlSetting<Density>('heatline-density', 'density', ['comfortable', 'compact']);

export const useDensity = (): Density => useHtmlSetting(densitySetting) ?? 'comfortable';

