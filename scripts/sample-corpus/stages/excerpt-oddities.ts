/** Stage 5, excerpt oddities: whitespace runs, bullet lists, long truncated excerpts, multi-line YAML. */
import { singles } from '../articles';
import type { Corpus } from '../model';
import { capFirst, render } from '../templates';

export function addExcerptOddities(ctx: Corpus): void {
  const { data, random } = ctx;
  const { shuffle } = random;
  for (const a of shuffle(singles(ctx)).slice(0, 6)) {
    const s = a.event.slots;
    a.excerpt = `${a.excerpt}     Here is what is covered:  \u2022 ${capFirst(s.trend ?? s.product ?? 'the basics')}  \u2022 Pricing and availability  \u2022 What ${s.audience ?? 'teams'} should do next`;
  }
  for (const a of shuffle(singles(ctx)).slice(0, 8)) {
    const k = data.kinds[a.event.kind];
    const long = [a.excerpt, ...k.extras.map((e) => render(e, a.event.slots)), ...k.excerpts.map((e) => render(e, a.event.slots))].join(' ');
    if (long.length > 300) a.excerpt = long.slice(0, long.lastIndexOf(' ', 300));
  }
  for (const a of shuffle(singles(ctx).filter((x) => x.excerpt.length > 90 && !/ {2}/.test(x.excerpt))).slice(0, 5)) {
    // Break a double-quoted scalar over lines: YAML folds each break back into one space.
    const words = JSON.stringify(a.excerpt).split(' ');
    const lines: string[] = [];
    let cur = '';
    for (const w of words) {
      if (cur && cur.length + w.length > 60) {
        lines.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    lines.push(cur);
    a.excerptYaml = lines.join('\n  ');
  }
  for (const a of shuffle(singles(ctx).filter((x) => !x.excerptYaml)).slice(0, 3)) a.excerpt = a.excerpt.replace(/\. /, '.   ');
}
