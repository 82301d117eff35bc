/** Text repairs applied to every human-readable string of an article. */

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

export function cleanText(text: string): string {
  // One pass is not always a fixed point: dropping a control character can
  // join the two halves of a mojibake pair ("Ã\u0001©"), and a repaired
  // combining mark can compose with its neighbour into a new pair. Repeat
  // until nothing changes (found by the idempotence property test).
  let current = text;
  for (let i = 0; i < 8; i++) {
    const next = collapseWhitespace(repairMojibake(current.normalize('NFC'))).normalize('NFC');
    if (next === current) break;
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
