import type { ListChoice } from '../../lib/reader-state/state';
import { listKey } from '../../shared/constants';
import { listPageHref } from '../../config/paths';

/** A followed or muted list as the settings page shows it. */
export type ChoiceItem = { key: string; name: string; kind: 'topic' | 'source' | 'list'; href?: string };

/** `topic:<slug>` and `source:<domain>` (listKey in shared/constants) lead to their pages. */
function itemOf(key: string, choice: ListChoice): ChoiceItem {
  const list = listKey.parse(key);
  return list ? { key, name: choice.name, kind: list.kind, href: listPageHref(key) } : { key, name: choice.name, kind: 'list' };
}

/** By name, so an undone change puts the row back where it was. */
export function choiceItems(choices: Record<string, ListChoice>): ChoiceItem[] {
  return Object.entries(choices)
    .map(([key, choice]) => itemOf(key, choice))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
