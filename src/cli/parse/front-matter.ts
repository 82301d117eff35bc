/** Splits a file into YAML front matter and body, and parses the YAML safely. */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { MAX_FRONT_MATTER_LINE, MAX_LIST_ENTRIES, MAX_NESTING, MAX_YAML_VALUES } from './limits';

export { MAX_NESTING };
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type FrontMatter = {
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** 1-based file line of a top-level key, for messages (found when first asked: most files need none). */
  lineOf: (key: string) => number | undefined;
};
/** `line` and `column` are 1-based file positions; a column only where the parser gives one. */
export type FileProblem = { reason: string; line?: number; column?: number };

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
  let quote = 0;
  let indent = 0;
  let maxIndent = 0;
  let atLineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const ch = yaml.charCodeAt(i);
    if (ch === 10) {
      quote = 0;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (ch === 32) {
        if (++indent > maxIndent) maxIndent = indent;
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (ch === 92 && quote === 34) i++;
      else if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 91 || ch === 123) max = Math.max(max, ++depth);
    else if (ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
  }
  return Math.max(max, Math.floor(maxIndent / 2));
}

/**
 * Top-level fields the index never uses, when their value is one quoted line:
 * blanked before parsing (the line stays, so line numbers hold), because the
 * `secured` blob alone is a sixth of a typical file's YAML.
 */
const IGNORED_ONE_LINE_FIELDS = /^(?:secured|ampWebUrl|cdnAmpWebUrl):[ \t]*"[^"\\\n]*"[ \t]*$/gm;

type Walk = { nodes: number; yaml: string };

/** Only anchors (`&name`) make aliases possible; without one, a big front matter is just big. */
const tooMany = (yaml: string) => /(?:^|[\s[{,:-])&[^\s,[\]{}]/.test(yaml)
  ? `more than ${MAX_YAML_VALUES} values once YAML aliases are expanded (an alias bomb), the limit`
  : `more than ${MAX_YAML_VALUES} values in the front matter, the limit`;

/**
 * js-yaml shares one object for every use of an alias, so a "billion laughs"
 * costs no memory to load; walking it would. The walk counts every value it
 * visits and gives up past MAX_YAML_VALUES.
 */
function checkValue(value: unknown, depth: number, walk: Walk): string | undefined {
  if (++walk.nodes > MAX_YAML_VALUES) return tooMany(walk.yaml);
  if (depth > MAX_NESTING) return `nesting deeper than ${MAX_NESTING} levels`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkValue(item, depth + 1, walk);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}" (prototype pollution)`;
      const problem = checkValue((value as Record<string, unknown>)[key], depth + 1, walk);
      if (problem) return problem;
    }
  }
  return undefined;
}

// Linear on every input: the plain key runs greedily up to the colon (it
// cannot hold one) and its trailing blanks are trimmed afterwards. A lazy key
// followed by `[ \t]*:` tried every split of a long run of spaces.
// A lone carriage return also starts a line for `^`, so no class may cross one.
const TOP_LEVEL_KEY = /^(?:"([^"\r\n\u2028\u2029]+)"|'([^'\r\n\u2028\u2029]+)'|([^\s#:'"-][^:\r\n\u2028\u2029]*)):(?=[ \t]|$)/gm;

/** 1-based file line of each top-level key (the front matter starts on line 2). */
function topLevelKeyLines(yaml: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 2;
  let last = 0;
  for (const match of yaml.matchAll(TOP_LEVEL_KEY)) {
    for (let i = last; i < match.index; i++) if (yaml.charCodeAt(i) === 10) line++;
    last = match.index;
    const key = match[1] ?? match[2] ?? match[3]!.trimEnd();
    if (!lines.has(key)) lines.set(key, line);
  }
  return lines;
}

/** The first line longer than the limit, as a problem. */
function longLine(yaml: string): FileProblem | undefined {
  let line = 2;
  for (let start = 0; start < yaml.length; line++) {
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = yaml.length;
    if (end - start > MAX_FRONT_MATTER_LINE) {
      return { reason: `front matter line of ${end - start} characters; the limit is ${MAX_FRONT_MATTER_LINE}`, line };
    }
    start = end + 1;
  }
  return undefined;
}

/** Checked before the value walk, so the message names the list, not a total. */
function longList(data: Record<string, unknown>, lineOf: (key: string) => number | undefined): FileProblem | undefined {
  for (const [key, limit] of Object.entries(MAX_LIST_ENTRIES)) {
    const value = data[key];
    if (Array.isArray(value) && value.length > limit) {
      return { reason: `${value.length} ${key} entries; the limit is ${limit}`, line: lineOf(key) ?? 2 };
    }
  }
  return undefined;
}

export function parseFrontMatter(text: string): FrontMatter | FileProblem {
  const split = splitFrontMatter(text);
  if ('reason' in split) return split;
  const tooLong = longLine(split.yaml);
  if (tooLong) return tooLong;
  if (nestingDepth(split.yaml) > MAX_NESTING) {
    return { reason: `nesting deeper than ${MAX_NESTING} levels in the front matter`, line: 2 };
  }
  if (!split.yaml.replace(/#.*$/gm, '').trim()) return { reason: 'front matter is empty: not a mapping of fields', line: 2 };
  let data: unknown;
  try {
    // The core schema keeps dates as strings (validated later) and has no
    // custom types; js-yaml rejects duplicated keys on its own.
    data = load(split.yaml.replace(IGNORED_ONE_LINE_FIELDS, ''), { schema: CORE_SCHEMA });
  } catch (thrown) {
    if (thrown instanceof YAMLException) {
      if (!thrown.mark) return { reason: `YAML syntax error: ${thrown.reason}`, line: 2 };
      return { reason: `YAML syntax error: ${thrown.reason}`, line: thrown.mark.line + 2, column: thrown.mark.column + 1 };
    }
    return { reason: `YAML error: ${(thrown as Error).message}`, line: 2 };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { reason: 'front matter is not a mapping of fields', line: 2 };
  }
  let keyLines: Map<string, number> | undefined;
  const lineOf = (key: string) => (keyLines ??= topLevelKeyLines(split.yaml)).get(key);
  const listProblem = longList(data as Record<string, unknown>, lineOf);
  if (listProblem) return listProblem;
  // Point at the top-level field that holds the problem, not at the start of
  // the front matter.
  const walk: Walk = { nodes: 0, yaml: split.yaml };
  for (const key of Object.keys(data)) {
    if (FORBIDDEN_KEYS.has(key)) return { reason: `forbidden key "${key}" (prototype pollution)`, line: lineOf(key) ?? 2 };
    const problem = checkValue((data as Record<string, unknown>)[key], 1, walk);
    if (problem) return { reason: problem, line: lineOf(key) ?? 2 };
  }
  return { data: data as Record<string, unknown>, body: split.body, bodyLine: split.bodyLine, lineOf };
}
