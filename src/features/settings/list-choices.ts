import type { ListChoice } from '../../lib/reader-state/state';
import { paths } from '../../config/paths';

/** A followed or muted list as the settings page shows it. */
export type ChoiceItem = { key: string; name: string; kind: 'topic' | 'source' | 'list'; href?: string };

/** `topic:<slug>` and `source:<domain>` (listKey in shared/constants) lead to their pages. */
function itemOf(key: string, choice: ListChoice): ChoiceItem {
  const [prefix, ...rest] = key.split(':');
  const value = rest.join(':');
  if (prefix === 'topic' && value) return { key, name: choice.name, kind: 'topic', href: paths.topic.getHref(value) };
  if (prefix === 'source' && value) return { key, name: choice.name, kind: 'source', href: paths.source.getHref(value) };
  return { key, name: choice.name, kind: 'list' };
}

/** By name, so an undone change puts the row back where it was. */
export function choiceItems(choices: Record<string, ListChoice>): ChoiceItem[] {
  return Object.entries(choices)
    .map(([key, choice]) => itemOf(key, choice))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
