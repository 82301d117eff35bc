/**
 * One linear pass over a markdown body that finds the shapes which make the
 * markdown parser or the sanitiser slow or crash (limits.ts), before either
 * sees the text. Approximate on purpose: it never has to agree with the
 * parser, only to stop input far outside what an article looks like.
 */
import {
  MAX_BODY_INDENT, MAX_BODY_QUOTE_DEPTH, MAX_EMPHASIS_RUNS, MAX_HTML_DEPTH,
} from './limits';

export type BodyProblem = { reason: string; /** 1-based, within the body */ line: number };

// Elements that never hold others, so never deepen the sanitiser's stack.
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** The tag name starting at `i`, lower-cased. */
function tagName(text: string, i: number): string {
  let end = i;
  while (end < text.length && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) end++;
  return text.slice(i, end).toLowerCase();
}

export function checkBody(body: string): BodyProblem | undefined {
  let line = 0;
  let fence = '';
  let paragraphLine = 1;
  let emphasis = 0;
  let htmlDepth = 0;
  let htmlMax = 0;
  let htmlLine = 0;
  // Where the next ">" is: found once per stretch, so a body of "<a<a<a…"
  // with no ">" costs one scan, not one per "<".
  let nextGt = -1;
  const emphasisProblem = (): BodyProblem => ({
    reason: `${emphasis} emphasis marks (* or _) in one paragraph; the limit is ${MAX_EMPHASIS_RUNS}`,
    line: paragraphLine,
  });

  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    line++;

    // Leading white space and blockquote markers.
    let i = start;
    let quotes = 0;
    let indent = 0;
    for (; i < end; i++) {
      const ch = body.charCodeAt(i);
      if (ch === 62) quotes++;
      else if (ch === 32) indent++;
      else if (ch === 9) indent += 4 - (indent % 4);
      else break;
    }
    const marker = body.slice(i, i + 3);
    if (fence) {
      if (marker === fence) fence = '';
      start = end + 1;
      continue;
    }
    if (marker === '```' || marker === '~~~') {
      fence = marker;
      start = end + 1;
      continue;
    }
    if (quotes > MAX_BODY_QUOTE_DEPTH) {
      return { reason: `blockquotes nested ${quotes} deep; the limit is ${MAX_BODY_QUOTE_DEPTH}`, line };
    }
    if (i < end && quotes === 0 && indent > MAX_BODY_INDENT) {
      return { reason: `a line indented ${indent} columns (lists nested too deep); the limit is ${MAX_BODY_INDENT}`, line };
    }
    if (i === end) {
      // A blank line ends the paragraph: emphasis is matched within one.
      if (emphasis > MAX_EMPHASIS_RUNS) return emphasisProblem();
      emphasis = 0;
      paragraphLine = line + 1;
      start = end + 1;
      continue;
    }

    for (; i < end; i++) {
      const ch = body.charCodeAt(i);
      if (ch === 42 || ch === 95) {
        // A run of one character counts once. Runs inside words count too:
        // "_a_a_a…" cannot make emphasis, yet the parser still tries to pair them.
        while (i + 1 < end && body.charCodeAt(i + 1) === ch) i++;
        emphasis++;
      } else if (ch === 60) {
        const next = body.charCodeAt(i + 1);
        if (next === 47 && isLetter(body.charCodeAt(i + 2))) {
          if (!VOID_ELEMENTS.has(tagName(body, i + 2)) && htmlDepth > 0) htmlDepth--;
        } else if (isLetter(next)) {
          const name = tagName(body, i + 1);
          if (nextGt < i) nextGt = body.indexOf('>', i) >>> 0;
          const selfClosing = body.charCodeAt(nextGt - 1) === 47;
          if (!VOID_ELEMENTS.has(name) && !selfClosing && ++htmlDepth > htmlMax) {
            htmlMax = htmlDepth;
            if (htmlMax === MAX_HTML_DEPTH + 1) htmlLine = line;
          }
        }
      }
    }
    start = end + 1;
  }
  if (emphasis > MAX_EMPHASIS_RUNS) return emphasisProblem();
  if (htmlMax > MAX_HTML_DEPTH) {
    return { reason: `HTML elements nested ${htmlMax} deep; the limit is ${MAX_HTML_DEPTH}`, line: htmlLine };
  }
  return undefined;
}
