/**
 * End to end: runs the real CLI as a child process on test/fixtures/corpus and
 * reads what it wrote, the way the reader will.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleSchema, cardSchema, listRefSchema, manifestSchema,
  type CardIndexShard, type CardsShard, type ListsShard, type Manifest, type TopicsShard,
} from '../../src/shared/index-schema';
import type { BuildReport } from '../../src/cli/build-index';
import { jsonReport, textReport } from '../../src/cli/report';
import { articleAt, cleanTemps, reachableShards, readTree, ROOT, runCli, tempDir, unsafeUrls, type CliRun } from './helpers';
import { listDirectoryPath } from '../../src/shared/shard-paths';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const CORPUS = path.join(ROOT, 'test/fixtures/corpus');
const REPORT_KEYS = ['articles', 'stories', 'largestStory', 'topics', 'providers', 'removed', 'unpublished', 'rejected', 'skipped', 'warnings', 'repaired', 'clusterMs', 'durationMs', 'stagesMs'];
/** The corpus has two `published: false` files and one `removed: true`. */
const DRAFTS = ['000_9f3c2a71d4e8b605.txt', '2026-11-09-draft-notes-on-model-evaluation.md'];
const DEPRECATION = 'heatline index: --only-published is now the default and will be removed; use --include-unpublished to index drafts';

type Run = CliRun;
const cli = (...args: string[]) => runCli(args);

type JsonReport = {
  articles: number; stories: number; largestStory: number; topics: number; providers: number;
  removed: number; unpublished: number;
  rejected: Array<{ file: string; reason: string; line?: number }>;
  warnings: Array<{ file: string; message: string }>;
  durationMs: number;
};

afterAll(cleanTemps);

describe('npm run index on test/fixtures/corpus', { timeout: 30_000 }, () => {
  let run: Run;
  let report: JsonReport;
  let outDir: string;
  let tree: Map<string, string>;
  let manifest: Manifest;
  const json = <T>(name: string): T => {
    const text = tree.get(name);
    if (text === undefined) throw new Error(`the manifest points at ${name}, which was not written`);
    return JSON.parse(text) as T;
  };
  const article = (slug: string) => articleAt(manifest, json, slug);
  const cards = () => json<CardIndexShard>(manifest.cards).chunks.flatMap((c) => json<CardsShard>(c).cards);

  beforeAll(async () => {
    outDir = path.join(tempDir('heatline-cli-'), 'data');
    run = await cli('test/fixtures/corpus', '--out', outDir, '--json');
    report = JSON.parse(run.stdout) as JsonReport;
    tree = readTree(outDir);
    manifest = manifestSchema.parse(json<unknown>('manifest.json'));
  });

  it('exits 0 and prints the JSON report, nothing else on stdout', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(report)).toEqual(REPORT_KEYS);
    expect(report).toMatchObject({
      articles: expect.any(Number), stories: expect.any(Number), largestStory: expect.any(Number), topics: expect.any(Number),
      providers: expect.any(Number), removed: 1, unpublished: DRAFTS.length, durationMs: expect.any(Number),
    });
    expect(report.articles).toBeGreaterThan(0);
    for (const r of report.rejected) {
      expect(Object.keys(r).every((k) => ['file', 'reason', 'line'].includes(k))).toBe(true);
      expect(r).toMatchObject({ file: expect.any(String), reason: expect.any(String) });
    }
    for (const w of report.warnings) expect(Object.keys(w).sort()).toEqual(['file', 'message']);
  });

  it('reports paths relative to the content folder', () => {
    for (const entry of [...report.rejected, ...report.warnings]) {
      expect(entry.file).not.toMatch(/^\/|fixtures|\\/);
      expect(readFileSync(path.join(CORPUS, entry.file)).length).toBeGreaterThan(0);
    }
  });

  it('counts what the manifest holds', () => {
    expect(manifest.counts).toMatchObject({ articles: report.articles, topics: report.topics, providers: report.providers });
    expect(cards()).toHaveLength(report.articles);
  });

  it('warns about the duplicate, naming both files, and about the root-relative image', () => {
    const dup = report.warnings.find((w) => /same article/.test(w.message))!;
    expect(`${dup.file} ${dup.message}`).toContain('2026-11-17-example-host-status-page-moves.md');
    expect(`${dup.file} ${dup.message}`).toContain('2026-11-17-example-host-status-page-moves-copy.md');
    expect(report.warnings.some((w) => /root-relative/.test(w.message))).toBe(true);
  });

  it('references only shards that exist, and writes files.json', () => {
    const refs = reachableShards(manifest, (name) => {
      expect(tree.has(name), name).toBe(true);
      return JSON.parse(tree.get(name) ?? 'null');
    });
    expect(refs.size).toBeGreaterThan(3);
    const files = JSON.parse(tree.get('files.json')!) as string[];
    expect(new Set(files)).toEqual(refs);
    for (const name of tree.keys()) expect(name === 'manifest.json' || name === 'files.json' || refs.has(name), name).toBe(true);
  });

  it('finds every card’s article through the bucket math, and it validates', () => {
    for (const card of cards()) {
      cardSchema.parse(card);
      const a = article(card.slug);
      expect(a, card.slug).toBeDefined();
      articleSchema.parse(a);
      expect(a!.id).toBe(card.id);
    }
  });

  it('has a list for every topic, and list shards never carry a body', () => {
    const { topics } = json<TopicsShard>(manifest.topics);
    expect(topics).toHaveLength(report.topics);
    for (const t of topics) {
      const key = `topic:${t.slug}`;
      const ref = json<ListsShard>(listDirectoryPath(manifest, key)).lists[key];
      expect(listRefSchema.parse(ref).count).toBe(t.count);
    }
    for (const [name, text] of tree) {
      if (name.startsWith('lists/') || name.startsWith('cards/')) expect(text, name).not.toContain('"body"');
    }
  });

  it('merges topic spellings into one', () => {
    const { topics } = json<TopicsShard>(manifest.topics);
    const names = topics.map((t) => t.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(topics.find((t) => t.slug === 'ai')?.name).toBe('AI');
    expect(topics.find((t) => t.slug === 'cloud')?.name).toBe('Cloud');
  });

  it('writes only http(s) URLs', () => {
    for (const [name, text] of tree) expect(unsafeUrls(JSON.parse(text)), name).toEqual([]);
  });

  it('never writes secured, featuredContent or raw HTML from titles', () => {
    const all = [...tree.values()].join('\n');
    expect(all).not.toContain('secured');
    expect(all).not.toContain('featuredContent');
    expect(all).not.toMatch(/<iframe|<script/i);
    for (const file of ['000_9f3c2a71d4e8b605.txt', '2026-11-10-corvane-opens-frankfurt-model-region.md']) {
      const secured = /^secured: "([^"]+)"/m.exec(readFileSync(path.join(CORPUS, file), 'utf8'))?.[1];
      if (!secured) continue;
      for (let i = 0; i + 20 <= secured.length; i += 20) expect(all).not.toContain(secured.slice(i, i + 20));
    }
    // A title that looks like HTML is kept as text (the reader escapes it); only bodies are HTML.
    const img = cards().find((c) => c.title.includes('onerror'));
    if (img) expect(img.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('is deterministic: a second run into another folder writes a byte-identical tree', async () => {
    const second = path.join(tempDir('heatline-cli-'), 'data');
    const again = await cli('test/fixtures/corpus', '--out', second, '--json');
    expect(again.code).toBe(0);
    const other = readTree(second);
    expect([...other.keys()]).toEqual([...tree.keys()]);
    for (const [name, text] of tree) expect(other.get(name), name).toBe(text);
  });

  it('says the index is up to date when nothing changed', async () => {
    const again = await cli('test/fixtures/corpus', '--out', outDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/up to date/);
    expect(again.stdout).toMatch(/\d+ articles, \d+ topics, \d+ providers, .*\d+ files read; \d+ rejected, \d+ warnings.*\d+ ms/);
    expect(readTree(outDir)).toEqual(tree);
  });

});

/**
 * Drafts, the deprecated flag and the report, read from the written files as
 * plain JSON so that these checks do not hang on the rest of the index format.
 */
describe('npm run index: drafts and the report', { timeout: 60_000 }, () => {
  type Built = { run: Run; out: string; tree: Map<string, string>; report?: JsonReport };
  const runs = {} as Record<'byDefault' | 'withDrafts' | 'withDraftsOnWorkers' | 'deprecated' | 'text', Built>;
  const cardsOf = (built: Built): Array<{ title: string; unpublished?: true }> => {
    const read = <T>(name: string) => JSON.parse(built.tree.get(name)!) as T;
    const { cards } = read<{ cards: string }>('manifest.json');
    return read<CardIndexShard>(cards).chunks.flatMap((c) => read<CardsShard>(c).cards);
  };

  beforeAll(async () => {
    const build = async (...flags: string[]): Promise<Built> => {
      const out = path.join(tempDir('heatline-cli-'), 'data');
      const run = await cli('test/fixtures/corpus', '--out', out, '--no-cache', ...flags);
      const report = flags.includes('--json') ? (JSON.parse(run.stdout) as JsonReport) : undefined;
      return { run, out, tree: readTree(out), report };
    };
    [runs.byDefault, runs.withDrafts, runs.withDraftsOnWorkers, runs.deprecated, runs.text] = await Promise.all([
      build('--json'), build('--json', '--include-unpublished'), build('--json', '--include-unpublished', '--workers', '2'),
      build('--json', '--only-published'), build(),
    ]);
  });

  it('prints the JSON report with its keys in order', () => {
    const { run, report } = runs.byDefault;
    expect(run.code).toBe(0);
    expect(Object.keys(report!)).toEqual(REPORT_KEYS);
    if (report!.stories === 0) expect(report!.largestStory).toBe(0);
    else expect(report!.largestStory).toBeGreaterThanOrEqual(2);
    expect(report!.largestStory).toBeLessThanOrEqual(report!.articles);
  });

  it('leaves out published: false files by default and counts them', () => {
    const { report } = runs.byDefault;
    expect(report!.unpublished).toBe(DRAFTS.length);
    expect(report!.removed).toBe(1);
    const cards = cardsOf(runs.byDefault);
    expect(cards.some((c) => c.unpublished)).toBe(false);
    expect(cards.some((c) => /^Firewall Vendor|^Draft:/.test(c.title))).toBe(false);
    const named = [...report!.warnings, ...report!.rejected].map((entry) => entry.file);
    for (const draft of DRAFTS) expect(named).not.toContain(draft);
  });

  it('indexes them, flagged, with --include-unpublished', () => {
    const { run, report } = runs.withDrafts;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(report!.unpublished).toBe(0);
    expect(report!.articles).toBe(runs.byDefault.report!.articles + DRAFTS.length);
    const flagged = cardsOf(runs.withDrafts).filter((c) => c.unpublished);
    expect(flagged.map((c) => c.title).sort()).toEqual([
      'Draft: notes on evaluating small language models',
      'Firewall Vendor’s Update Locks Admins Out of Their Own Consoles',
    ]);
    // The draft with a secured value is in this index: still nothing of it is written.
    const all = [...runs.withDrafts.tree.values()].join('\n');
    expect(all).not.toContain('secured');
    const secured = /^secured: "([^"]+)"/m.exec(readFileSync(path.join(CORPUS, DRAFTS[0]!), 'utf8'))?.[1];
    expect(secured).toBeDefined();
    for (let i = 0; i + 20 <= secured!.length; i += 20) expect(all).not.toContain(secured!.slice(i, i + 20));
  });

  it('passes --include-unpublished to the parse workers', () => {
    const { run, report, tree } = runs.withDraftsOnWorkers;
    expect(run.code).toBe(0);
    expect({ ...report, clusterMs: 0, durationMs: 0, stagesMs: {} }).toEqual({ ...runs.withDrafts.report, clusterMs: 0, durationMs: 0, stagesMs: {} });
    expect([...tree.keys()]).toEqual([...runs.withDrafts.tree.keys()]);
  });

  it('accepts --only-published as a no-op, with a one-line deprecation warning', () => {
    const { run, report, tree } = runs.deprecated;
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${DEPRECATION}\n`);
    expect({ ...report, clusterMs: 0, durationMs: 0, stagesMs: {} }).toEqual({ ...runs.byDefault.report, clusterMs: 0, durationMs: 0, stagesMs: {} });
    expect([...tree.keys()]).toEqual([...runs.byDefault.tree.keys()]);
    for (const [name, text] of tree) expect(runs.byDefault.tree.get(name), name).toBe(text);
  });

  it('says in the text summary how many drafts were left out and how large the largest story is', () => {
    const { run } = runs.text;
    const { stories, largestStory } = runs.byDefault.report!;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`, 1 removed, ${DRAFTS.length} unpublished left out`);
    expect(run.stdout).toContain(stories ? ` providers, ${stories} stories (largest ${largestStory}) from ` : ' providers, 0 stories from ');
    expect(run.stdout).not.toContain('--only-published');
  });
});

describe('the report', () => {
  const base: BuildReport = {
    articles: 120, topics: 9, providers: 14, stories: 0, largestStory: 0, clusterMs: 3, filesRead: 130, filesParsed: 130,
    removed: 0, unpublished: 0, rejected: [], skipped: [], warnings: [], written: 40, repaired: 0, unchanged: false, buildId: 'abc123', durationMs: 250,
    stagesMs: { discover: 12, check: 1, parse: 140, link: 30, layout: 40, search: 20, commit: 5, cache: 2 },
  };
  const summary = (report: Partial<BuildReport>) => textReport({ ...base, ...report }, 'content', 'public/data', false).split('\n');

  it('names the stories and the largest one when there are stories', () => {
    expect(summary({ stories: 7, largestStory: 12 })[0]).toBe(
      '120 articles, 9 topics, 14 providers, 7 stories (largest 12) from 130 files read; 0 rejected, 0 warnings; 250 ms',
    );
    expect(summary({})[0]).toBe('120 articles, 9 topics, 14 providers, 0 stories from 130 files read; 0 rejected, 0 warnings; 250 ms');
  });

  it('names a rejection by file:line:column when the parser gave a column', () => {
    const lines = textReport({ ...base, rejected: [{ file: 'a.md', reason: 'YAML syntax error: x', line: 4, column: 5 }, { file: 'b.md', reason: 'missing title', line: 2 }] }, 'content', 'public/data', false).split('\n');
    expect(lines.slice(0, 2)).toEqual(['rejected content/a.md:4:5: YAML syntax error: x', 'rejected content/b.md:2: missing title']);
  });

  it('says where the time went, stage by stage, with --verbose only', () => {
    const verbose = textReport(base, 'content', 'public/data', true).split('\n');
    expect(verbose).toContain('time by stage: discover 12 ms, check 1 ms, parse 140 ms, link 30 ms, layout 40 ms, search 20 ms, commit 5 ms, cache 2 ms');
    expect(textReport({ ...base, stagesMs: { discover: 412, check: 3, parse: 16_750 } }, 'content', 'public/data', true))
      .toContain('time by stage: discover 412 ms, check 3 ms, parse 16.8 s\n');
    expect(textReport(base, 'content', 'public/data', false)).not.toContain('time by stage');
  });

  it('counts removed files and drafts left out', () => {
    expect(summary({ removed: 2, unpublished: 5 })[0]).toContain('; 0 rejected, 0 warnings, 2 removed, 5 unpublished left out; 250 ms');
    expect(summary({ unpublished: 1 })[0]).toContain(', 1 unpublished left out;');
  });

  it('prints the JSON report with its keys in a fixed order, and nothing internal', () => {
    const report = JSON.parse(jsonReport({
      ...base, stories: 3, largestStory: 4, removed: 1, unpublished: 2,
      rejected: [{ file: 'a.md', reason: 'missing title', line: 2 }], warnings: [{ file: 'b.md', message: 'line 4: heat is not a number' }],
    })) as JsonReport;
    expect(Object.keys(report)).toEqual(REPORT_KEYS);
    expect(report).toEqual({
      articles: 120, stories: 3, largestStory: 4, topics: 9, providers: 14, removed: 1, unpublished: 2,
      rejected: [{ file: 'a.md', reason: 'missing title', line: 2 }], skipped: [], warnings: [{ file: 'b.md', message: 'line 4: heat is not a number' }],
      repaired: 0, clusterMs: 3, durationMs: 250,
      stagesMs: { discover: 12, check: 1, parse: 140, link: 30, layout: 40, search: 20, commit: 5, cache: 2 },
    });
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.concurrent('npm run index: exit codes', { timeout: 30_000 }, () => {
  const withBroken = () => {
    const dir = tempDir('heatline-cli-content-');
    cpSync(CORPUS, dir, { recursive: true });
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: "no link, no date"\n---\n');
    return dir;
  };

  it('exits 0 with rejected files, and 1 with --strict', async () => {
    const dir = withBroken();
    const [normal, strict] = await Promise.all([
      cli(dir, '--out', path.join(tempDir(), 'a'), '--json'),
      cli(dir, '--out', path.join(tempDir(), 'b'), '--json', '--strict'),
    ]);
    expect(normal.code).toBe(0);
    expect(strict.code).toBe(1);
    const rep = JSON.parse(strict.stdout) as JsonReport;
    expect(rep.rejected).toEqual([{ file: 'broken.md', reason: expect.stringContaining('link'), line: 2 }]);
  });

  it('exits 0 with --strict when nothing was rejected', async () => {
    const r = await cli('test/fixtures/corpus', '--out', path.join(tempDir(), 'c'), '--json', '--strict');
    expect(JSON.parse(r.stdout)).toMatchObject({ rejected: [] });
    expect(r.code).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing folder', ['test/fixtures/does-not-exist'], /does-not-exist.*does not exist; pass the folder/],
    ['an unknown flag', ['test/fixtures/corpus', '--frobnicate'], /unknown option --frobnicate; run with --help/],
    ['a flag without its value', ['test/fixtures/corpus', '--out'], /--out.*run with --help/],
    ['two folders', ['test/fixtures/corpus', 'content'], /one content folder/],
    ['a bad --base-url', ['test/fixtures/corpus', '--base-url', 'javascript:alert(1)'], /--base-url must be an absolute http\(s\) URL/],
    ...['0', '366', '0.5', '365.5', 'abc', '', '1e2', '0x10', ' 7'].map((value): [string, string[], RegExp] => [
      `--story-window ${JSON.stringify(value)}`, ['test/fixtures/corpus', `--story-window=${value}`],
      new RegExp(`^heatline index: --story-window takes a number of days from 1 to 365 \\(fractions allowed\\), got "${escape(value)}"\n$`),
    ]),
    ['a negative --story-window', ['test/fixtures/corpus', '--story-window', '-3'], /--story-window starts with a dash; write it as --story-window=VALUE/],
    ...['1', '10001', '2.5', '-4', 'ten', ''].map((value): [string, string[], RegExp] => [
      `--story-max ${JSON.stringify(value)}`, ['test/fixtures/corpus', `--story-max=${value}`],
      new RegExp(`^heatline index: --story-max takes a whole number from 2 to 10000, got "${escape(value)}"\n$`),
    ]),
  ])('exits 2 for %s with a one-line message on stderr', async (_, args, message) => {
    const out = path.join(tempDir(), 'never');
    const r = await cli(...args, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('prints the usage with --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: heatline index \[CONTENT_DIR\]/);
    expect(r.stdout).toMatch(/\[--include-unpublished\] \[--story-window DAYS\] \[--story-max N\]/);
    expect(r.stdout).not.toContain('--only-published');
  });

  it.each([
    ['the smallest', '1', '2'], ['a fractional', '2.5', '17'], ['the largest', '365', '10000'],
  ])('accepts %s --story-window and --story-max', async (_, window, max) => {
    const r = await cli('test/fixtures/corpus', '--out', path.join(tempDir(), 'story'), '--json', '--no-cache', '--story-window', window, '--story-max', max);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: expect.any(Number), stories: expect.any(Number) });
  });

  it('exits 1 when the index cannot be written, with a message', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = await cli('test/fixtures/corpus', '--out', file, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/index was not written/);
  });
});
