/** Splits a file into YAML front matter and body, and parses the YAML safely. */
import { LineCounter, parseDocument, isMap, isPair, isScalar } from 'yaml';

export const MAX_NESTING = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type FrontMatter = {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of each top-level key in the file, for messages. */
  keyLines: Map<string, number>;
};
export type FileProblem = { reason: string; line?: number };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | FileProblem {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const opening = OPENING.exec(source);
  if (!opening) return { reason: 'no front matter: the file must start with a line "---"', line: 1 };
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { reason: 'unterminated front matter: no closing "---" line', line: 1 };
  const yaml = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const yamlLines = yaml.split('\n').length;
  return { yaml: yaml.replace(/\r\n/g, '\n'), body: afterClosing.replace(/\r\n/g, '\n'), bodyLine: yamlLines + 2 };
}

/** Bracket or indentation depth before the parser sees it: deep input could exhaust its stack. */
function nestingDepth(yaml: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | null = null;
  for (let i = 0; i < yaml.length; i++) {
    const ch = yaml[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\n') quote = null;
  }
  const indent = Math.max(0, ...yaml.split('\n').map((l) => /^ */.exec(l)![0].length));
  return Math.max(max, Math.floor(indent / 2));
}

function checkValue(value: unknown, depth: number): string | undefined {
  if (depth > MAX_NESTING) return `nesting deeper than ${MAX_NESTING} levels`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkValue(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}" (prototype pollution)`;
      const problem = checkValue(item, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}

export function parseFrontMatter(text: string): FrontMatter | FileProblem {
  const split = splitFrontMatter(text);
  if ('reason' in split) return split;
  if (nestingDepth(split.yaml) > MAX_NESTING) {
    return { reason: `nesting deeper than ${MAX_NESTING} levels in the front matter`, line: 2 };
  }
  const lineCounter = new LineCounter();
  // `uniqueKeys` catches duplicated keys; `maxAliasCount` stops alias bombs
  // (billion laughs) before they expand.
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    return { reason: `YAML syntax error: ${error.message.split('\n')[0]}`, line };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const reason = /alias/i.test(message) ? 'too many YAML alias expansions (alias bomb)' : `YAML error: ${message}`;
    return { reason, line: 2 };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { reason: 'front matter is not a mapping of fields', line: 2 };
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
  }
  // Point at the top-level field that holds the problem, not at the start of
  // the front matter (the keys' lines are known by now).
  for (const [key, value] of Object.entries(data)) {
    const problem = checkValue({ [key]: value }, 0);
    if (problem) return { reason: problem, line: keyLines.get(key) ?? 2 };
  }
  return { data: data as Record<string, unknown>, body: split.body, keyLines };
}
