/**
 * End to end: runs the real CLI as a child process on test/fixtures/corpus and
 * reads what it wrote, the way the reader will.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleSchema, cardSchema, listRefSchema, manifestSchema, type Article, type ArticleIndexShard, type ArticleShard,
  type CardIndexShard, type CardsShard, type ListsShard, type Manifest, type TopicsShard,
} from '../../src/shared/index-schema';
import { cleanTemps, reachableShards, readTree, ROOT, tempDir, unsafeUrls } from './helpers';
import { articleLocation, listDirectoryPath } from '../../src/shared/shard-paths';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const CORPUS = path.join(ROOT, 'test/fixtures/corpus');

type Run = { code: number | null; stdout: string; stderr: string };
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

type JsonReport = {
  articles: number; topics: number; providers: number;
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
  const article = (slug: string): Article | undefined => {
    const { indexPath, slot } = articleLocation(manifest, slug);
    const bucket = json<ArticleIndexShard>(indexPath).buckets[slot]!;
    return json<ArticleShard>(bucket).articles[slug];
  };
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
    expect(Object.keys(report)).toEqual(['articles', 'topics', 'providers', 'rejected', 'warnings', 'durationMs']);
    expect(report).toMatchObject({
      articles: expect.any(Number), topics: expect.any(Number), providers: expect.any(Number), durationMs: expect.any(Number),
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

  it('repairs the mojibake title and flags the unpublished article', () => {
    const card = cards().find((c) => c.title.startsWith('Firewall Vendor'));
    expect(card?.title).toBe('Firewall Vendor’s Update Locks Admins Out of Their Own Consoles');
    expect(card?.unpublished).toBe(true);
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

  it('leaves out published: false with --only-published', async () => {
    const out = path.join(tempDir('heatline-cli-'), 'data');
    const r = await cli('test/fixtures/corpus', '--out', out, '--json', '--only-published');
    const rep = JSON.parse(r.stdout) as JsonReport;
    const unpublished = manifest.counts.unpublished;
    expect(unpublished).toBeGreaterThan(0);
    expect(rep.articles).toBe(report.articles - unpublished);
    const m = manifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    expect(m.counts.unpublished).toBe(0);
  });
});

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

  it.each([
    ['a missing folder', ['test/fixtures/does-not-exist'], /does-not-exist.*does not exist; pass the folder/],
    ['an unknown flag', ['test/fixtures/corpus', '--frobnicate'], /unknown option --frobnicate; run with --help/],
    ['a flag without its value', ['test/fixtures/corpus', '--out'], /--out.*run with --help/],
    ['two folders', ['test/fixtures/corpus', 'content'], /one content folder/],
    ['a bad --base-url', ['test/fixtures/corpus', '--base-url', 'javascript:alert(1)'], /--base-url must be an absolute http\(s\) URL/],
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
    expect(r.stdout).toMatch(/usage: npm run index -- \[CONTENT_DIR\]/);
  });

  it('exits 1 when the index cannot be written, with a message', async () => {
    const file = path.join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = await cli('test/fixtures/corpus', '--out', file, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/index was not written/);
  });
});
