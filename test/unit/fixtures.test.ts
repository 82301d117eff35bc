/**
 * The hand-written fixture folders: every file in test/fixtures/broken is
 * rejected for the expected reason, every file in test/fixtures/repairable is
 * accepted (with the expected warning when one is listed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIndex, type BuildReport } from '../../src/cli/build-index';
import { type ArticleShard } from '../../src/shared/index-schema';
import { cleanTemps, readTree, ROOT, tempDir, unsafeUrls } from './helpers';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const BROKEN = path.join(ROOT, 'test/fixtures/broken');
const REPAIRABLE = path.join(ROOT, 'test/fixtures/repairable');

// Fixtures accepted without a warning whose repairs are checked field by
// field below, in addition to those expected.json lists.
const CHECKED_HERE: Record<string, Record<string, string | null>> = {
  [REPAIRABLE]: { 'entities-invisible.md': null },
};

const expectations = (dir: string) => ({
  ...(JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string | null>),
  ...CHECKED_HERE[dir],
});
const articleFiles = (dir: string) => readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/i.test(f) && !f.startsWith('.')).sort();

/** Rejections that cannot point at a line: the file is not text at all. */
const WITHOUT_LINE = /binary|UTF-8|too large/;

afterAll(cleanTemps);

describe('test/fixtures/broken', () => {
  let report: BuildReport;
  let outDir: string;
  beforeAll(async () => {
    outDir = tempDir('heatline-broken-');
    report = await buildIndex({ contentDir: BROKEN, outDir });
  });

  it('lists every fixture file in expected.json', () => {
    expect(Object.keys(expectations(BROKEN)).sort()).toEqual(articleFiles(BROKEN));
  });

  it('rejects every file and indexes nothing', () => {
    expect(report.articles).toBe(0);
    expect(report.rejected.map((r) => r.file)).toEqual(articleFiles(BROKEN));
  });

  it('still writes a valid, empty index', () => {
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(true);
  });

  const cases = existsSync(path.join(BROKEN, 'expected.json')) ? Object.entries(expectations(BROKEN)) : [];
  it.each(cases)('rejects %s because of “%s”, with a line number where it applies', (file, keyword) => {
    const rejection = report.rejected.find((r) => r.file === file);
    expect(rejection, `${file} was not rejected`).toBeDefined();
    expect(rejection!.reason.toLowerCase()).toContain(String(keyword).toLowerCase());
    if (WITHOUT_LINE.test(rejection!.reason)) return;
    expect(rejection!.line, `${file}: ${rejection!.reason}`).toEqual(expect.any(Number));
    const lines = readFileSync(path.join(BROKEN, file), 'utf8').split('\n').length;
    expect(rejection!.line).toBeGreaterThanOrEqual(1);
    expect(rejection!.line).toBeLessThanOrEqual(lines);
  });

  it('points at the offending line for the errors that have one', () => {
    const lineOf = (file: string, pattern: RegExp) =>
      readFileSync(path.join(BROKEN, file), 'utf8').split(/\r?\n/).findIndex((l) => pattern.test(l)) + 1;
    const at = (file: string) => report.rejected.find((r) => r.file === file)?.line;
    // Checked-in fixtures: a missing one fails here instead of passing unseen.
    expect(at('bad-date.md')).toBe(lineOf('bad-date.md', /^publishedDateTime:/));
    expect(at('no-front-matter.md')).toBe(1);
    expect(at('proto-pollution.md')).toBe(lineOf('proto-pollution.md', /^(__proto__|constructor|prototype):/));
    const bad = lineOf('yaml-syntax-error.md', /: trailing$|:\s*\S+:\s/);
    expect(bad).toBeGreaterThan(0);
    expect(Math.abs(at('yaml-syntax-error.md')! - bad)).toBeLessThanOrEqual(1);
  });

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('test/fixtures/repairable', () => {
  let report: BuildReport;
  let outDir: string;
  let articles: ArticleShard['articles'];
  beforeAll(async () => {
    outDir = tempDir('heatline-repairable-');
    report = await buildIndex({ contentDir: REPAIRABLE, outDir });
    articles = {};
    for (const [name, text] of readTree(outDir)) {
      if (name.startsWith('articles/')) Object.assign(articles, (JSON.parse(text) as Partial<ArticleShard>).articles ?? {});
    }
  });

  it('lists every fixture file in expected.json', () => {
    expect(Object.keys(expectations(REPAIRABLE)).sort()).toEqual(articleFiles(REPAIRABLE));
  });

  it('accepts every file', () => {
    expect(report.rejected).toEqual([]);
    expect(report.articles).toBe(articleFiles(REPAIRABLE).length);
  });

  const cases = existsSync(path.join(REPAIRABLE, 'expected.json')) ? Object.entries(expectations(REPAIRABLE)) : [];
  it.each(cases)('accepts %s with the warning “%s”', (file, keyword) => {
    const warnings = report.warnings.filter((w) => w.file === file).map((w) => w.message);
    if (keyword === null) {
      expect(warnings).toEqual([]);
      return;
    }
    expect(warnings.some((m) => m.toLowerCase().includes(keyword.toLowerCase())), warnings.join('\n')).toBe(true);
    for (const m of warnings) expect(m).toMatch(/^line \d+: /);
  });

  it('repairs what it can', () => {
    const all = Object.values(articles);
    for (const a of all) {
      expect(a.title).not.toMatch(/â€|Ã|\s\s|^\s|\s$/);
      if (a.excerpt) expect(a.excerpt).not.toMatch(/\s\s/);
    }
    const numbers = all.find((a) => /as strings/.test(a.title));
    if (numbers) {
      expect(typeof numbers.heat).toBe('number');
      expect(typeof numbers.quality).toBe('number');
      for (const img of numbers.images) expect(typeof img.width).toBe('number');
    }
    const bom = all.find((a) => /byte order mark/.test(a.title));
    if (bom) expect(bom.body).toMatch(/CRLF/);
  });

  it('writes only http(s) URLs', () => {
    for (const [name, text] of readTree(outDir)) expect(unsafeUrls(JSON.parse(text)), name).toEqual([]);
  });

  it('decodes entities, strips excerpt tags and drops invisible characters', () => {
    const a = Object.values(articles).find((x) => x.url.endsWith('/entities-invisible-480207'));
    expect(a).toBeDefined();
    expect(a!.title).toBe('Café owners’ ledger app adds offline mode & exports');
    expect(a!.excerpt).toBe(
      'The app’s new sync engine keeps a local copy of every till receipt. When the network returns it uploads ' +
        'the day’s entries and flags any that changed on two devices while…',
    );
    expect(a!.category).toBe('Retail & Payments');
    expect(a!.authors).toEqual(['Darío Méndez', 'Nasrin Karimi']);
    expect(a!.topics.map((t) => t.name).sort()).toEqual(['R&D', 'کتاب\u200cها']);
    expect(a!.related[0]).toMatchObject({ title: 'Shop owners share their till setups 👩\u200d💻 & tips', excerpt: 'A reader round-up…' });
    // Nothing invisible is left anywhere in the index but the joiners the text needs.
    for (const [name, text] of readTree(outDir)) expect(text, name).not.toMatch(/(?!\p{Join_Control})\p{Cf}|\\u(?!200[cd])[0-9a-f]{4}/iu);
  });
});
