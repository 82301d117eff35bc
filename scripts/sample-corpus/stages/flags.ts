/** Stage 6, flags: unpublished, removed, deleted; and one page crawled twice under two spellings of its URL. */
import { at } from '../at';
import { securedBlob, singles } from '../articles';
import type { Art, Corpus } from '../model';
import { MINUTE } from '../time';
import { urlVariant } from '../urls';

export function flagArticles(ctx: Corpus): void {
  const { random } = ctx;
  const flaggable = random.shuffle(singles(ctx).filter((a) => a.type === 'article'));
  for (const a of flaggable.slice(0, 5)) a.isPublished = false;
  for (const a of flaggable.slice(5, 7)) a.removed = true;
  for (const a of flaggable.slice(7, 8)) a.deleted = true;
  const orig = at(flaggable, 9);
  if (!orig.webUrl) throw new Error('duplicate source needs a webUrl');
  const dup: Art = { ...orig, n: ctx.serial++, related: [], images: [...orig.images], topics: [...orig.topics] };
  dup.webUrl = urlVariant(ctx, orig.webUrl);
  dup.originalUrl = dup.webUrl;
  dup.published = orig.published + random.int(2, 20) * MINUTE;
  dup.heat = orig.heat === undefined ? undefined : orig.heat + random.int(1, 9);
  dup.secured = securedBlob(random);
  ctx.arts.push(dup);
}
