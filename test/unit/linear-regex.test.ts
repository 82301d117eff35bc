/**
 * Every regular expression in the indexer runs on text from article files, so
 * each must take linear time on any input: a checker (recheck) looks for
 * inputs that make one backtrack polynomially or exponentially. The few
 * allowed below only ever see text whose length the code bounds first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/** `file: pattern` → why its input is too short to matter. */
const BOUNDED: Record<string, string> = {
  'src/cli/main.ts: /\\/+$/': 'the content folder argument, typed by a person',
  'src/cli/link/slug.ts: /^-+|-+$/g': 'runs of dashes were collapsed to one by the line before',
  'src/cli/parse/text.ts: /[\\s,\\-–—]+$/u': 'the last 32 characters of an excerpt',
  'src/cli/parse/text.ts: /[\\s,;:.-]+$/': 'a card excerpt cut to its maximum length first',
};

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []);
}

function regexLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sources('src/cli');

describe('regular expressions on file content', () => {
  it.each(files)('%s: every one is linear, or its input is bounded', (file) => {
    const slow: string[] = [];
    for (const literal of regexLiterals(file)) {
      const end = literal.lastIndexOf('/');
      // g and y change where matching starts, not how it backtracks.
      const result = checkSync(literal.slice(1, end), literal.slice(end + 1).replace(/[gy]/g, ''), { timeout: 10_000 });
      const key = `${file}: ${literal}`;
      if (result.status !== 'safe' && !(key in BOUNDED)) slow.push(`${key} (${result.status})`);
    }
    expect(slow).toEqual([]);
  });

  it('allows only patterns that still exist', () => {
    const all = new Set(files.flatMap((file) => regexLiterals(file).map((literal) => `${file}: ${literal}`)));
    expect(Object.keys(BOUNDED).filter((key) => !all.has(key))).toEqual([]);
  });
});
