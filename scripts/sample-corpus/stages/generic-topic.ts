/** Stage 11, a generic topic on most articles: many outlets tag everything "Technology" (events.json's genericTopic). */
import { visible } from '../articles';
import type { Art, Corpus } from '../model';

export function addGenericTopic({ data, random, providers, arts }: Corpus): void {
  const { chance } = random;
  const generic = data.genericTopic;
  const tagsAll = new Map(providers.map((p) => [p, chance(0.5) ? (chance(0.3) ? 'first' : 'last') : 'no']));
  for (const a of arts) {
    if (a.fixedName || a.topics.includes(generic)) continue;
    const how = tagsAll.get(a.provider) ?? 'no';
    if (how === 'no' ? !chance(0.12) : !chance(0.95)) continue;
    if (how === 'first') a.topics.unshift(generic);
    else a.topics.push(generic);
  }
  const share = (xs: Art[]) => xs.filter((a) => a.topics.includes(generic)).length / xs.length;
  if (share(arts) <= 0.55 || share(arts.filter(visible)) <= 0.55) throw new Error(`"${generic}" is on only ${Math.round(share(arts) * 100)}% of articles`);
}
