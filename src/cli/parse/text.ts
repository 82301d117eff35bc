/** Text repairs applied to every human-readable string of an article. */
import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

// Windows-1252 assigns these characters to bytes 0x80–0x9F; the rest of
// U+0000–U+00FF maps to itself. Text that was UTF-8 but decoded as
// Windows-1252 ("Cellsâ€™") is made of such characters only.
const CP1252_HIGH: Record<string, number> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85,
  '\u2020': 0x86, '\u2021': 0x87, '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a,
  '\u2039': 0x8b, '\u0152': 0x8c, '\u017d': 0x8e, '\u2018': 0x91, '\u2019': 0x92,
  '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97,
  '\u02dc': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b, '\u0153': 0x9c,
  '\u017e': 0x9e, '\u0178': 0x9f,
};

const MOJIBAKE_RUN = new RegExp(
  `[\\u0080-\\u00ff${Object.keys(CP1252_HIGH).join('')}]{2,}`,
  'g',
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Bytes(run: string): Uint8Array {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    bytes[i] = CP1252_HIGH[ch] ?? ch.charCodeAt(0);
  }
  return bytes;
}

/**
 * Undo UTF-8 text that was decoded as Windows-1252, run by run, so a string
 * that mixes proper Unicode with mojibake is repaired too. A run is replaced
 * only when its bytes are valid UTF-8, which plain Latin-1 text ("café")
 * almost never is; repaired text has no such runs left, so this is idempotent.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text)) return text;
  return text.replace(MOJIBAKE_RUN, (run) => {
    try {
      const decoded = utf8.decode(toCp1252Bytes(run));
      return decoded.length < run.length ? repairMojibake(decoded) : run;
    } catch {
      return run;
    }
  });
}

/** Collapse runs of white space (and drop control characters) to one space. */
export function collapseWhitespace(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}

// Feeds often escape text twice ("&amp;#8217;"); a few rounds undo that, and
// cleanText's own loop takes any deeper nesting further.
const ENTITY_ROUNDS = 4;

/** Decode HTML character references, named and numeric, until the text stops changing (at most four rounds). */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < ENTITY_ROUNDS && current.includes('&'); i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

// Invisible format characters (zero-width space, soft hyphen, bidi marks,
// embeddings, overrides and isolates, word joiner, BOM, …): a pasted title
// carries them along and they break search, sorting and line wrapping. The
// joiners stay: ZWNJ spells Persian and Indic words, ZWJ builds emoji such
// as 👩‍💻. So do the tag characters of a complete flag sequence such as the
// flag of Scotland (🏴 + tags + cancel tag), which is an emoji too.
const INVISIBLE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|(?!\p{Join_Control})\p{Cf}/gu;

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, (match) => (match.startsWith('\u{1F3F4}') ? match : ''));
}

// Text that none of cleanText's steps would change: words of characters that
// are not white space, controls, "&", U+0080–U+00FF (where mojibake lives) or
// format characters, joined by single spaces. Most titles and names are such
// text, and this one test is much cheaper than the steps it stands for.
// eslint-disable-next-line no-control-regex
const ALREADY_CLEAN = /^[^\s&\u0000-\u001f\u007f-\u00ff\p{Cf}]+(?: [^\s&\u0000-\u001f\u007f-\u00ff\p{Cf}]+)*$/u;

export function cleanText(text: string): string {
  if (ALREADY_CLEAN.test(text) && text.normalize('NFC') === text) return text;
  // Entities first: a decoded "&Atilde;&copy;" is mojibake to repair, and a
  // decoded "&nbsp;" is white space to collapse. Mojibake before the
  // invisible characters: "Ã\u00AD" is a broken "í", not "Ã" and a soft hyphen.
  // One pass is not always a fixed point: dropping a character can join the
  // two halves of a mojibake pair ("Ã\u0001©") or of an entity, and a repaired
  // combining mark can compose with its neighbour into a new pair. Repeat
  // until nothing changes (found by the idempotence property test).
  let current = text;
  for (let i = 0; i < 8; i++) {
    const next = collapseWhitespace(removeInvisible(repairMojibake(decodeEntities(current.normalize('NFC'))))).normalize('NFC');
    if (next === current) break;
    current = next;
  }
  return current;
}

// Elements that mark a separate line or box: their edges become a space, so
// "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo".
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// An excerpt is read as HTML only when it holds a real element, so "x<y and
// y>z" in a plain-text excerpt is not taken for a tag named y.
const HTML_TAGS = new Set([
  ...BLOCK_TAGS, 'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'body', 'center', 'cite', 'code', 'del', 'dfn', 'em', 'embed',
  'font', 'form', 'head', 'html', 'i', 'iframe', 'ins', 'kbd', 'link', 'mark', 'meta', 'noscript', 'object', 'picture',
  'q', 's', 'samp', 'script', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'sup', 'svg', 'template',
  'time', 'u', 'var', 'video', 'wbr',
]);

/**
 * The text of an excerpt that holds HTML, without its tags (script and style
 * contents go too); text without an HTML element comes back unchanged. The
 * result is still entity-encoded: cleanText decodes it.
 */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  let isHtml = false;
  let pendingSpace = false;
  const edge = (name: string) => {
    if (HTML_TAGS.has(name)) isHtml = true;
    if (BLOCK_TAGS.has(name)) pendingSpace = true;
  };
  const stripped = sanitizeHtml(text, {
    allowedTags: [],
    allowedAttributes: {},
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'head'],
    onOpenTag: edge,
    onCloseTag: edge,
    // Called for each run of text: the space a block edge left goes before it.
    textFilter: (chunk) => {
      const out = pendingSpace ? ` ${chunk}` : chunk;
      pendingSpace = false;
      return out;
    },
  });
  return isHtml ? stripped : text;
}

// Sentence-final punctuation in any script (. ! ? 。 ؟ ।), or … : ;, then
// any closing quotes and brackets: "… he said.”" and "(see below.)" are whole.
const SENTENCE_END = /(?:\p{Sentence_Terminal}|[…:;])[\p{Pe}\p{Pf}"'›]*$/u;
/** Shorter excerpts read as a headline or a tagline, not as a cut-off sentence. */
const CUT_OFF_MIN_LENGTH = 100;

/** Characters, not UTF-16 units: an emoji counts once. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) === 0xd800) n--;
  return n;
}

/** An excerpt the source cut off mid-sentence ends with an ellipsis. */
export function markCutOff(text: string): string {
  if (text.length < CUT_OFF_MIN_LENGTH || codePoints(text) < CUT_OFF_MIN_LENGTH) return text;
  // Only the end matters: an end-anchored regex would be tried at every position.
  const tail = text.slice(-32);
  if (SENTENCE_END.test(tail)) return text;
  return `${text.slice(0, -32)}${tail.replace(/[\s,\-–—]+$/u, '')}…`;
}

/**
 * An excerpt: tags stripped when it is HTML, cleaned like any text, and
 * marked when it was cut off. Repeated until nothing changes, so that tags
 * written as entities ("&lt;p&gt;") go as well and the result is a fixed point.
 */
export function cleanExcerpt(text: string): string {
  let current = text;
  for (let i = 0; i < 8; i++) {
    const cleaned = cleanText(stripTags(current));
    const next = markCutOff(cleaned);
    // Clean text with no tags left and no ellipsis added is already a fixed
    // point (cleanText is idempotent): skip the pass that would confirm it.
    if (next === current || (next === cleaned && stripTags(next) === next)) return next;
    current = next;
  }
  return current;
}

/** Shorten to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
