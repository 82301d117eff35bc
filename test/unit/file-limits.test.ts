/**
 * Every per-file limit rejects with the limit and the value it found, on the
 * line that holds it; shapes real articles have stay accepted. How long the
 * hostile shapes take is the fault suite's business (test/faults).
 */
import { marked } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { checkBody } from '../../src/cli/parse/body-limits';
import {
  MAX_BODY_INDENT, MAX_BODY_QUOTE_DEPTH, MAX_EMPHASIS_RUNS, MAX_FRONT_MATTER_LINE, MAX_HTML_DEPTH,
  MAX_LIST_ENTRIES, MAX_TEXT, MAX_YAML_VALUES,
} from '../../src/cli/parse/limits';
import { printable } from '../../src/cli/report';
import { accept, articleText, normalizeText, reject } from './helpers';

/** Front matter is 5 lines (---, title, webUrl, publishedDateTime, ---) plus what `extra` adds. */
const withBody = (body: string) => articleText({}, body);
const BODY_LINE = 6;

describe('front-matter limits', () => {
  it('names the title length and the limit, not "empty or not text"', () => {
    const problem = reject(articleText({ title: 'T'.repeat(MAX_TEXT + 5) }));
    expect(problem.reason).toBe(`title is ${MAX_TEXT + 5} characters; the limit is ${MAX_TEXT}`);
    expect(problem.line).toBe(2);
  });

  it('drops a too-long excerpt with its length, and keeps the article', () => {
    const { warnings } = accept(articleText({ excerpt: 'word '.repeat(4000) }));
    expect(warnings).toEqual([`line 5: excerpt is ${5 * 4000} characters; the limit is ${MAX_TEXT}; dropped`]);
  });

  it.each(Object.entries(MAX_LIST_ENTRIES))('limits %s to %i entries and says how many it found', (field, limit) => {
    const entry = field === 'related' ? { title: 'r', webUrl: 'https://example.org/r' } : field === 'actions' ? { url: 'https://example.org/a' } : 'x';
    const problem = reject(articleText({ [field]: Array.from({ length: limit + 1 }, () => entry) }));
    expect(problem.reason).toBe(`${limit + 1} ${field} entries; the limit is ${limit}`);
    expect(problem.line).toBe(5);
    expect(normalizeText(articleText({ [field]: Array.from({ length: limit }, () => entry) })).kind).toBe('article');
  });

  it('calls a front matter big without aliases big, not an alias bomb', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, Array.from({ length: 400 }, (_, k) => k)]));
    const problem = reject(articleText(many));
    expect(problem.reason).toBe(`more than ${MAX_YAML_VALUES} values in the front matter, the limit`);
    expect(problem.reason).not.toMatch(/alias/);
  });

  it('names the alias bomb when anchors multiply the values', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10).fill(`*${i === 1 ? 'a' : 'b'.repeat(i - 1)}`).join(', ')}]`);
    const text = `---\ntitle: Bomb\nwebUrl: https://example.com/bomb\npublishedDateTime: 2024-03-01\n${levels.join('\n')}\n---\n`;
    expect(reject(text).reason).toBe(`more than ${MAX_YAML_VALUES} values once YAML aliases are expanded (an alias bomb), the limit`);
  });

  it('rejects a front-matter line past the limit with its length and line', () => {
    const problem = reject(articleText({ category: `a${' '.repeat(MAX_FRONT_MATTER_LINE)}b` }));
    expect(problem.reason).toBe(`front matter line of ${MAX_FRONT_MATTER_LINE + 'category: a'.length + 1} characters; the limit is ${MAX_FRONT_MATTER_LINE}`);
    expect(problem.line).toBe(5);
  });

  it('finds the line of a top-level key written with spaces before its colon', () => {
    const text = `---\ntitle: Spaced key\nwebUrl: https://example.com/k\npublishedDateTime: 2024-03-01\nheat   : lots\n---\n`;
    expect(accept(text).warnings).toEqual([expect.stringMatching(/^line 5: heat is not a number/)]);
  });
});

describe('body limits', () => {
  it('rejects blockquotes nested past the limit, on their line', () => {
    const deep = `Intro.\n\n${'>'.repeat(MAX_BODY_QUOTE_DEPTH + 1)} too deep\n`;
    expect(reject(withBody(deep))).toMatchObject({
      reason: `body: blockquotes nested ${MAX_BODY_QUOTE_DEPTH + 1} deep; the limit is ${MAX_BODY_QUOTE_DEPTH}`,
      line: BODY_LINE + 2,
    });
    expect(normalizeText(withBody(`${'> '.repeat(MAX_BODY_QUOTE_DEPTH)}deep but fine\n`)).kind).toBe('article');
  });

  it('rejects lists indented past the limit', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item ${i}`);
    const problem = reject(withBody(lines.join('\n')));
    expect(problem.reason).toBe(`body: a line indented ${MAX_BODY_INDENT + 2} columns (lists nested too deep); the limit is ${MAX_BODY_INDENT}`);
    expect(problem.line).toBe(BODY_LINE + MAX_BODY_INDENT / 2 + 1);
  });

  it('counts emphasis runs per paragraph', () => {
    const paragraph = '*a'.repeat(MAX_EMPHASIS_RUNS + 1);
    expect(reject(withBody(`Fine.\n\n${paragraph}\n`))).toMatchObject({
      reason: `body: ${MAX_EMPHASIS_RUNS + 1} emphasis marks (* or _) in one paragraph; the limit is ${MAX_EMPHASIS_RUNS}`,
      line: BODY_LINE + 2,
    });
    // The same marks spread over paragraphs are ordinary emphasis.
    const spread = Array.from({ length: 30 }, () => '*one* and **two** and _three_ '.repeat(20)).join('\n\n');
    expect(normalizeText(withBody(spread)).kind).toBe('article');
  });

  it('does not count what is inside a fenced code block', () => {
    const code = `\`\`\`c\n${'int **p = *q * *r;\n'.repeat(600)}\`\`\`\n\n${'>'.repeat(40)} in code\n`;
    expect(checkBody(`\`\`\`\n${'>'.repeat(40)}\n\`\`\`\n`)).toBeUndefined();
    expect(normalizeText(withBody(code)).kind).toBe('rejected');
    expect(normalizeText(withBody(code.slice(0, code.lastIndexOf('\n\n')))).kind).toBe('article');
  });

  it('limits HTML nesting, not HTML size', () => {
    const nested = `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x${'</div>'.repeat(MAX_HTML_DEPTH + 1)}`;
    expect(reject(withBody(nested)).reason).toBe(`body: HTML elements nested ${MAX_HTML_DEPTH + 1} deep; the limit is ${MAX_HTML_DEPTH}`);
    const flat = '<p>para <br> <img src="https://example.com/i.png"/> <span>s</span></p>\n'.repeat(2000);
    expect(checkBody(flat)).toBeUndefined();
    // Unclosed "<a<a<a…" with no ">" anywhere: still one pass, still caught.
    expect(checkBody('<a'.repeat(MAX_HTML_DEPTH + 10))?.reason).toMatch(/HTML elements nested/);
  });

  it('reports a body the markdown library cannot convert as this file\'s problem, without its "please report" text', () => {
    const parse = vi.spyOn(marked, 'parse').mockImplementation(() => {
      throw new Error('Maximum call stack size exceeded\nPlease report this to https://github.com/markedjs/marked.');
    });
    try {
      expect(reject(withBody('Some body.'))).toMatchObject({
        reason: 'body could not be converted to HTML (Maximum call stack size exceeded)',
        line: BODY_LINE,
      });
    } finally {
      parse.mockRestore();
    }
    expect(normalizeText(withBody('Some body.')).kind).toBe('article');
  });
});

describe('printable', () => {
  it('shows control characters, newlines and bidi overrides as escapes', () => {
    expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(printable('evil\u001b[2Jname.md')).toBe('evil\\u001b[2Jname.md');
    expect(printable('report\u202Edm.exe')).toBe('report\\u202edm.exe');
    expect(printable('Ünïcode — fine.md')).toBe('Ünïcode — fine.md');
  });
});
