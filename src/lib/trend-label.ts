import type { Trend } from '../shared/activity';
import { countLabel } from './count-label';

/** "3", "3.4", "0.5": a weekly average, as precise as it is worth reading. */
function perWeek(usual: number): string {
  if (usual >= 10 || Number.isInteger(usual)) return Math.round(usual).toLocaleString('en');
  return usual.toFixed(1).replace(/\.0$/, '');
}

/**
 * "+240%", "−20%", "New" or "Steady": a trend's change, short enough for a
 * badge. Past ten times the usual a percentage stops reading ("+41,700%"):
 * it says how many times ("×418").
 */
export function changeLabel(trend: Trend): string {
  if (trend.change === null) return trend.thisWeek > 0 ? 'New' : 'Quiet';
  if (trend.change === 0) return 'Steady';
  if (trend.change >= 900) return `×${Math.round(trend.thisWeek / trend.usual).toLocaleString('en')}`;
  return trend.change > 0 ? `+${trend.change.toLocaleString('en')}%` : `−${Math.abs(trend.change).toLocaleString('en')}%`;
}

/**
 * "12 articles this week, up from 3 a week": a trend in words, the text
 * alternative of every chart of it.
 */
export function trendSentence(trend: Trend): string {
  const week = `${countLabel(trend.thisWeek, 'article', 'articles')} this week`;
  if (trend.usual === 0) return trend.thisWeek > 0 ? `${week}, none in the weeks before` : `No articles this week or the weeks before`;
  const usual = `${perWeek(trend.usual)} a week`;
  if (perWeek(trend.usual) === perWeek(trend.thisWeek)) return `${week}, as usual`;
  return `${week}, ${trend.thisWeek > trend.usual ? 'up' : 'down'} from ${usual}`;
}
