import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseFrontMatter, splitFrontMatter, type FrontMatter, type FileProblem } from '../../src/cli/parse/front-matter';

function parsed(text: string): FrontMatter {
  const result = parseFrontMatter(text);
  if ('reason' in result) throw new Error(`expected front matter, got ${result.reason}`);
  return result;
}
function problem(text: string): FileProblem {
  const result = parseFrontMatter(text);
  if (!('reason' in result)) throw new Error('expected a problem');
  return result;
}

describe('splitFrontMatter', () => {
  it('splits front matter from the body', () => {
    expect(splitFrontMatter('---\ntitle: x\n---\nbody\n')).toEqual({ yaml: 'title: x\n', body: 'body\n', bodyLine: 4 });
  });

  it('tolerates a BOM', () => {
    const split = splitFrontMatter('\uFEFF---\ntitle: x\n---\n');
    expect(split).toMatchObject({ yaml: 'title: x\n', body: '' });
  });

  it('tolerates CRLF line ends, and gives back LF', () => {
    expect(splitFrontMatter('---\r\ntitle: x\r\nb: y\r\n---\r\nline 1\r\nline 2\r\n')).toEqual({
      yaml: 'title: x\nb: y\n', body: 'line 1\nline 2\n', bodyLine: 5,
    });
  });

  it('tolerates trailing spaces on the fences', () => {
    expect(splitFrontMatter('---  \ntitle: x\n--- \t\nbody')).toMatchObject({ yaml: 'title: x\n', body: 'body' });
  });

  it('accepts a file that ends right after the closing fence', () => {
    expect(splitFrontMatter('---\ntitle: x\n---')).toMatchObject({ yaml: 'title: x\n', body: '' });
  });

  it('keeps later "---" lines in the body', () => {
    expect(splitFrontMatter('---\na: 1\n---\nintro\n---\nmore')).toMatchObject({ body: 'intro\n---\nmore' });
  });

  it('rejects a file without front matter, at line 1', () => {
    expect(splitFrontMatter('title: x\n')).toEqual({ reason: expect.stringContaining('no front matter'), line: 1 });
    expect(splitFrontMatter('')).toMatchObject({ reason: expect.stringContaining('no front matter') });
    expect(splitFrontMatter(' ---\ntitle: x\n---\n')).toMatchObject({ reason: expect.stringContaining('no front matter') });
  });

  it('rejects unterminated front matter', () => {
    expect(splitFrontMatter('---\ntitle: x\nbody without fence\n')).toEqual({
      reason: expect.stringContaining('unterminated'), line: 1,
    });
  });
});

describe('parseFrontMatter', () => {
  it('parses a mapping and records the line of each top-level key', () => {
    const fm = parsed('---\ntitle: Hello\n\nheat: 72\nprovider:\n  name: X\n---\nBody');
    expect(fm.data).toEqual({ title: 'Hello', heat: 72, provider: { name: 'X' } });
    expect(fm.body).toBe('Body');
    expect(['title', 'heat', 'provider', 'missing'].map(fm.lineOf)).toEqual([2, 4, 5, undefined]);
  });

  it('gives the same lines with a BOM and CRLF', () => {
    const fm = parsed('\uFEFF---\r\ntitle: Hello\r\n\r\nheat: 72\r\n---\r\n');
    expect(fm.data).toEqual({ title: 'Hello', heat: 72 });
    expect(fm.lineOf('heat')).toBe(4);
  });

  it('keeps timestamps as strings (core schema) and quoted numbers as strings', () => {
    const fm = parsed('---\npublishedDateTime: 2023-05-03T08:45:00Z\nheat: "72"\n---\n');
    expect(fm.data).toEqual({ publishedDateTime: '2023-05-03T08:45:00Z', heat: '72' });
  });

  it('reports YAML syntax errors with the line in the file', () => {
    const p = problem('---\ntitle: ok\nexcerpt: "unclosed\nheat: 1\n---\n');
    expect(p.reason).toMatch(/YAML/);
    expect(p.line).toBeGreaterThanOrEqual(3);
    expect(p.line).toBeLessThanOrEqual(5);
    const q = problem('---\ntitle: ok\nheat: 1\n  bad: indentation\n---\n');
    expect(q.reason).toMatch(/YAML/);
    // The parser blames the key whose value went wrong (3) or the bad line (4).
    expect([3, 4]).toContain(q.line);
  });

  it('gives the column where the parser gives one', () => {
    const p = problem('---\ntitle: ok\nheat: 1\n  bad: indentation\n---\n');
    expect(p).toMatchObject({ line: 4, column: 6 });
    expect(problem('---\n- a\n---\n').column).toBeUndefined();
  });

  it('rejects duplicate keys with the line of the second one', () => {
    const p = problem('---\ntitle: one\nheat: 1\ntitle: two\n---\n');
    expect(p.reason).toMatch(/unique|duplicate/i);
    expect(p.line).toBe(4);
  });

  it.each([
    ['a list', '---\n- a\n- b\n---\n'],
    ['a scalar', '---\njust text\n---\n'],
    ['empty', '---\n---\n'],
  ])('rejects front matter that is %s', (_, text) => {
    expect(problem(text).reason).toMatch(/not a mapping/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the prototype-pollution key %s at any depth', (key) => {
    expect(problem(`---\ntitle: x\n${key}:\n  polluted: 1\n---\n`).reason).toMatch(/prototype pollution/);
    expect(problem(`---\ntitle: x\nprovider:\n  ${key}:\n    polluted: 1\n---\n`).reason).toMatch(/prototype pollution/);
    expect(problem(`---\ntitle: x\nrelated:\n  - title: y\n    ${key}: 1\n---\n`).reason).toMatch(/prototype pollution/);
    expect(problem(`---\ntitle: x\nimages: [{ "${key}": { "polluted": 1 } }]\n---\n`).reason).toMatch(/prototype pollution/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points at the field that holds a forbidden key', () => {
    expect(problem('---\ntitle: x\nheat: 1\n__proto__:\n  polluted: 1\n---\n').line).toBe(4);
    expect(problem('---\ntitle: x\nprovider:\n  name: y\n  constructor: 1\n---\n').line).toBe(3);
  });

  it('rejects an alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const p = problem(`---\ntitle: x\n${levels.join('\n')}\n---\n`);
    expect(p.reason).toMatch(/alias/);
    expect(p.line).toBeDefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('allows a few harmless aliases', () => {
    const fm = parsed('---\nbase: &b { name: X }\nprovider: *b\n---\n');
    expect(fm.data.provider).toEqual({ name: 'X' });
  });

  it('rejects a self-referencing alias without hanging', () => {
    const p = problem('---\ntitle: x\na: &a [*a]\n---\n');
    expect(p.reason).toBeTruthy();
  });

  it('rejects deep flow nesting before the parser sees it', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(problem(`---\ntitle: x\na: ${deep}\n---\n`).reason).toMatch(/nesting/);
  });

  it('rejects deep block nesting', () => {
    const lines = Array.from({ length: MAX_NESTING + 5 }, (_, i) => `${'  '.repeat(i)}k${i}:`);
    expect(problem(`---\n${lines.join('\n')} x\n---\n`).reason).toMatch(/nesting/);
  });

  it('accepts ordinary nesting', () => {
    const fm = parsed('---\nrelated:\n  - title: x\n    provider:\n      images:\n        - url: "https://a.com/x.png"\n---\n');
    expect(fm.data.related).toHaveLength(1);
  });

  it('does not count brackets inside quoted strings as nesting', () => {
    const fm = parsed(`---\ntitle: "${'['.repeat(100)}"\nexcerpt: '${'{'.repeat(100)}'\n---\n`);
    expect(fm.data.title).toBe('['.repeat(100));
  });
});
