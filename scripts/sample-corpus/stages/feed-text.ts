/**
 * Stage 10, text the way real feeds carry it: HTML entities, excerpts cut off
 * mid-sentence, one excerpt with inline tags, invisible characters in titles.
 * File names and URLs were made from the clean titles before, as a CMS does.
 */
import { at } from '../at';
import { singles } from '../articles';
import type { Art, Corpus } from '../model';
import { render } from '../templates';

const plainExcerpt = (a: Art): boolean => !a.fixedName && !a.excerptYaml && !a.hostile && a.excerpt.length > 40 && !/[<&]/.test(a.excerpt);

// How a CMS encodes curly quotes and apostrophes, ampersands and non-breaking spaces.
const ENTITY_EDITS: ReadonlyArray<(s: string) => string | undefined> = [
  (s) => (s.includes("'") ? s.replace(/'/g, '&#8217;') : undefined),
  (s) => {
    // A closing sentence set off as a pull quote.
    const m = /^(.*[.!?] )([A-Z][^.!?]{8,}[.!?])$/.exec(s);
    return m && !/\bsaid\b/.test(m[2] ?? '') ? `${m[1] ?? ''}&#8220;${m[2] ?? ''}&#8221;` : undefined;
  },
  (s) => (/ and /.test(s) ? s.replace(/ and /, ' &amp; ') : undefined),
  (s) => (/\d /.test(s) ? s.replace(/(\d) /, '$1&nbsp;') : undefined),
  // A non-breaking space before the last word keeps it off a line of its own.
  (s) => s.replace(/ (\S+)$/, '&nbsp;$1'),
];

/** HTML entities in about a tenth of the excerpts. */
function addEntities({ random, arts }: Corpus): void {
  const want = Math.round(arts.length * 0.1);
  let done = 0;
  for (const a of random.shuffle(arts.filter(plainExcerpt))) {
    if (done >= want) break;
    let text = a.excerpt;
    const fits = ENTITY_EDITS.filter((edit) => edit(text) !== undefined);
    // The last-word space fits every excerpt: use it only half the time when another edit fits.
    const edits = fits.length > 1 && random.chance(0.5) ? fits.slice(0, -1) : fits;
    for (const edit of random.shuffle(edits).slice(0, random.int(1, 2))) text = edit(text) ?? text;
    a.excerpt = text;
    done++;
  }
}

/** Cuts the excerpt, made longer with `more`, mid-sentence at about 240 characters, as feeds truncate them. */
function cutOff(a: Art, more: string[]): void {
  const long = [a.excerpt, ...more].join(' ');
  if (long.length < 260) throw new Error(`${a.title}: too short to cut off`);
  let end = long.lastIndexOf(' ', 240);
  // Mid-sentence: never right after a full stop or a comma.
  while (/[^\p{L}\p{N}]$/u.test(long.slice(0, end))) end = long.lastIndexOf(' ', end - 1);
  a.excerpt = long.slice(0, end);
}

function addCutOffs(ctx: Corpus): void {
  const { data, random, arts } = ctx;
  for (const spec of data.events.slice(0, 2)) {
    const a = random.shuffle(arts.filter((x) => x.story === spec.key && !x.repostOf && plainExcerpt(x)))[0];
    if (a) cutOff(a, [...random.shuffle(spec.excerpts.filter((e) => !a.excerpt.includes(e))).slice(0, 2), random.pick(spec.extras)]);
  }
  for (const a of random.shuffle(singles(ctx).filter((x) => x.type === 'article' && plainExcerpt(x))).slice(0, 3)) {
    const k = data.kinds[a.event.kind];
    cutOff(a, [...k.extras, ...k.excerpts].map((e) => render(e, a.event.slots)).filter((e) => !a.excerpt.includes(e)));
  }
}

/** One excerpt of the first event wrapped in a paragraph, its first key term bold. */
function addInlineTags({ data, arts }: Corpus): void {
  const spec = at(data.events, 0);
  const term = at(spec.keyTerms, 0);
  const a = arts.find((x) => x.story === spec.key && !x.repostOf && plainExcerpt(x) && x.excerpt.includes(term));
  if (!a) throw new Error('no excerpt for inline HTML');
  a.excerpt = `<p>${a.excerpt.replace(term, `<b>${term}</b>`)}</p>`;
}

/** A zero-width space or a soft hyphen inside a long word of five titles, and HTML entities in two. */
function addInvisibleCharacters(ctx: Corpus): void {
  const { data, random, arts } = ctx;
  const { pick, shuffle } = random;
  const plainTitle = (a: Art) => !a.fixedName && !a.hostile && !a.repostOf && /^[\x20-\x7e]+$/.test(a.title);
  const longWord = (t: string) => [...t.matchAll(/[A-Za-z]{9,}/g)].map((m) => m.index)[0];
  const inStory = (i: number) => arts.filter((x) => x.story === at(data.events, i).key && plainTitle(x) && longWord(x.title) !== undefined);
  const story0 = inStory(0);
  const story1 = inStory(1);
  const others = shuffle(singles(ctx).filter((x) => plainTitle(x) && longWord(x.title) !== undefined));
  const picks: Array<[Art | undefined, string]> = [
    [pick(story0), '\u200b'],
    [pick(story1), '\u00ad'],
    [others[0], '\u200b'],
    [others[1], '\u00ad'],
    [others[2], '\u00ad'],
  ];
  for (const [a, ch] of picks) {
    if (!a) throw new Error('no title for an invisible character');
    const i = longWord(a.title) ?? 0;
    const cut = i + 4 + random.int(0, 3);
    a.title = `${a.title.slice(0, cut)}${ch}${a.title.slice(cut)}`;
  }
  const withApostrophe = (xs: Art[]) => xs.find((x) => plainTitle(x) && x.title.includes("'"));
  const e1 = withApostrophe(shuffle(arts.filter((x) => x.story !== undefined)));
  const e2 = withApostrophe(shuffle(singles(ctx)));
  if (!e1 || !e2) throw new Error('no title with an apostrophe');
  e1.title = e1.title.replace(/'/g, '&#8217;');
  e2.title = e2.title.replace(/'/g, '&#8217;').replace(/ and /, ' &amp; ');
}

export function addFeedText(ctx: Corpus): void {
  addEntities(ctx);
  addCutOffs(ctx);
  addInlineTags(ctx);
  addInvisibleCharacters(ctx);
}
