/** Headline and excerpt templates: `{slot}` filled from an event's slots. */
import type { Random } from './seeded-random';

export type Slots = Record<string, string>;

export const capFirst = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
export const aOrAn = (s: string): string => (/^[aeiou]/i.test(s) && !/^(uni|one|eu)/i.test(s) ? `an ${s}` : `a ${s}`);

export class MissingSlot extends Error {}

/** Fills `{slot}`; `{Slot}` is the same value with a capital first letter. Throws on a missing slot. */
export function render(tpl: string, slots: Slots): string {
  const out = tpl.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const v = slots[lower];
    if (v === undefined) throw new MissingSlot(lower);
    return name === lower ? v : capFirst(v);
  });
  // "Ferrous Labs's" reads as "Ferrous Labs'".
  return capFirst(out.replace(/s's\b/g, "s'"));
}

/** The first template (in random order) whose slots are all available. */
export function renderAny(random: Random, tpls: readonly string[], slots: Slots): string | undefined {
  for (const t of random.shuffle(tpls)) {
    try {
      return render(t, slots);
    } catch (e) {
      if (!(e instanceof MissingSlot)) throw e;
    }
  }
  return undefined;
}

/**
 * Fills `{name}` as it is, for URLs and markup where `render`'s capitals would
 * be wrong; other braces (CSS in a hostile body) are left alone.
 */
export function fill(tpl: string, values: Record<string, string>): string {
  return tpl.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
