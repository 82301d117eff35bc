/**
 * The stories the indexer should find, checked before anything is written:
 * link-based stories are the connected components of related links inside
 * the corpus (widget links left out), and events.json events have no links.
 */
import type { Art } from './model';
import { canonical } from './urls';

export interface StoryCheck {
  /** Sizes of the linked stories (components of more than one article). */
  sizes: number[];
  widgetLinks: number;
}

export function checkStories(arts: readonly Art[], clusterCount: number): StoryCheck {
  const byUrl = new Map(arts.map((a) => [canonical(a.webUrl ?? a.originalUrl), a] as const));
  const parent = new Map<Art, Art>(arts.map((a) => [a, a]));
  const root = (a: Art): Art => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const groupOf = (a: Art): string | undefined => a.story ?? (a.cluster === undefined ? undefined : `cluster ${a.cluster}`);
  let widgetLinks = 0;
  for (const a of arts) {
    for (const r of a.related) {
      const b = byUrl.get(canonical(r.webUrl));
      if (!b || b === a) continue;
      if (r.widget) {
        widgetLinks++;
        if (groupOf(a) !== undefined && groupOf(a) === groupOf(b)) throw new Error(`${a.file}: a widget link inside one story`);
        continue;
      }
      if (a.story || b.story) throw new Error(`${a.file}: a related link touches an event that must be found without links`);
      parent.set(root(a), root(b));
    }
  }
  const storySizes = new Map<Art, number>();
  for (const a of arts) storySizes.set(root(a), (storySizes.get(root(a)) ?? 0) + 1);
  const sizes = [...storySizes.values()].filter((n) => n > 1);
  if (sizes.length !== clusterCount) throw new Error(`expected ${clusterCount} stories, found ${sizes.length}`);
  return { sizes, widgetLinks };
}
