/** Stage 4, heat and quality: skewed, correlated, not equal; stories run hotter. */
import type { Corpus } from '../model';

export function scoreHeatAndQuality({ data, random, arts }: Corpus): void {
  const { chance, int, normal, shuffle } = random;
  for (const a of arts) {
    if (a.fixedName) continue;
    const q = Math.max(3, Math.min(420, Math.round(Math.exp(normal(3.75, 0.62)))));
    const size = a.cluster === undefined ? 1 : arts.filter((b) => b.cluster === a.cluster).length;
    const boost = 1 + (size - 1) * 0.12 * (0.5 + random.next());
    let heat = Math.round(q * Math.exp(normal(0.04, 0.3)) * boost + normal(0, 4));
    if (chance(0.07)) heat = q;
    a.heat = Math.max(1, heat);
    a.quality = q;
    if (chance(0.1) || (a.type === 'download' && chance(0.5))) delete a.quality;
    if (chance(0.02)) delete a.heat;
  }
  // A few very hot items, mostly from big stories.
  for (const a of shuffle(arts.filter((x) => x.cluster !== undefined && x.heat !== undefined)).slice(0, 4)) a.heat = int(320, 610);
  for (const a of shuffle(arts.filter((x) => x.cluster === undefined && !x.story && !x.fixedName && x.heat !== undefined)).slice(0, 2)) a.heat = int(260, 420);
  // Events covered by many outlets: heat varies a lot from outlet to outlet.
  for (const a of arts) {
    const spec = a.story === undefined ? undefined : data.events.find((e) => e.key === a.story);
    if (!spec) continue;
    a.heat = Math.max(8, Math.round(spec.heat * Math.exp(normal(0, 0.55)) * (0.7 + a.provider.weight * 0.6)));
    a.quality = Math.max(5, Math.round(a.heat * (0.45 + 0.6 * random.next())));
    if (chance(0.08)) delete a.quality;
  }
}
