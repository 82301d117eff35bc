import type { VirtualItem } from '@tanstack/react-virtual';

/**
 * The rows a list draws at once, in flow, before the virtualiser takes over:
 * enough to fill a screen, and to measure a fair mean row height for the rows
 * after them. The feed's static entry point draws as many.
 */
export const LEADING_ROWS = 8;

/**
 * A list row's height before it is measured. The rows drawn first are
 * measured (card-list.tsx) and their mean stands for the rest, so the list's
 * height, and with it the scrollbar, is right from the start; without
 * measured rows, a row of the current density (one line in Compact).
 */
export function rowEstimate(measured: readonly VirtualItem[] = []): number {
  const sizes = measured.map((item) => item.size).filter((size) => size > 0);
  if (sizes.length > 0) return Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  const compact = document.documentElement.dataset.density === 'compact';
  const narrow = window.matchMedia?.('(max-width: 40rem)').matches ?? false;
  if (compact) return narrow ? 85 : 41;
  return narrow ? 260 : 190;
}

/** The density rows were measured at: sizes kept for one density are no guide to the other. */
export const densityKey = () => document.documentElement.dataset.density ?? 'comfortable';
