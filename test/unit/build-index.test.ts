import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { BUILD_STAGES, buildIndex } from '../../src/cli/build-index';
import { MAX_FILE_BYTES } from '../../src/cli/parse/normalize';
import { walk } from '../../src/cli/discover/walk';
import { parseArticleSlug } from '../../src/shared/article-slug';
import { manifestSchema, type ArticleShard } from '../../src/shared/index-schema';
import { articleText, cleanTemps, readTree, runCli, tempDir, unsafeUrls } from './helpers';

// Real files and child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

// Lets a test make shard writes fail, to prove a failed build leaves the
// previous index untouched (running as root, a read-only folder would not stop us).
const failure = vi.hoisted(() => ({ match: undefined as RegExp | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof actual.writeFileSync = (file, ...rest) => {
    if (failure.match?.test(String(file))) throw new Error(`ENOSPC: no space left on device, write '${String(file)}'`);
    return actual.writeFileSync(file, ...rest);
  };
  return { ...actual, writeFileSync, default: { ...actual, writeFileSync } };
});

afterEach(() => {
  failure.match = undefined;
});
afterAll(cleanTemps);

/** Writes `files` (relative path → text or bytes) into a fresh content folder. */
function content(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('heatline-content-');
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  }
  return dir;
}

async function build(dir: string, options: { outDir?: string; baseUrl?: string; includeUnpublished?: boolean } = {}) {
  const outDir = options.outDir ?? tempDir('heatline-out-');
  const report = await buildIndex({ contentDir: dir, ...options, outDir });
  return { report, outDir };
}

const article = (n: number, extra: Record<string, unknown> = {}, body = '') =>
  articleText({ title: `Article ${n}`, webUrl: `https://news${n}.example/a/${n}`, ...extra }, body);

/** Every article written, by the title part of its slug (`article-1`): buckets file them by key, which says nothing to a reader of the test. */
function allArticles(outDir: string): Record<string, import('../../src/shared/index-schema').Article> {
  const out: Record<string, import('../../src/shared/index-schema').Article> = {};
  for (const [name, text] of readTree(outDir)) {
    if (!name.startsWith('articles/')) continue;
    const parsed = JSON.parse(text) as Partial<ArticleShard>;
    for (const [key, article] of Object.entries(parsed.articles ?? {})) {
      const parts = parseArticleSlug(article.slug);
      expect(parts?.key, article.slug).toBe(key);
      out[parts!.titlePart] = article;
    }
  }
  return out;
}

describe('walk', () => {
  it('finds .md, .markdown and .txt files recursively, sorted, skipping hidden entries and other files', async () => {
    const dir = content({
      'a.md': 'x', 'b.markdown': 'x', 'c.txt': 'x', 'D.MD': 'x', 'sub/deeper/e.md': 'x',
      '.hidden.md': 'x', '.git/config.md': 'x', 'sub/.obsidian/f.md': 'x',
      'image.png': 'x', 'data.json': 'x', 'page.html': 'x', 'noext': 'x', 'a.md.bak': 'x',
      'README.md': 'x', 'sub/LICENSE.txt': 'x',
    });
    const found = (await walk(dir)).files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(found).toEqual(['D.MD', 'a.md', 'b.markdown', 'c.txt', 'sub/deeper/e.md']);
  });

  it('terminates on symlink loops and visits each folder once', async () => {
    const dir = content({ 'a.md': 'x', 'sub/b.md': 'x' });
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('.', path.join(dir, 'self'));
    symlinkSync(dir, path.join(dir, 'sub', 'absolute-loop'));
    symlinkSync(path.join(dir, 'missing'), path.join(dir, 'dangling.md'));
    const { files, skipped } = await walk(dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.md', path.join('sub', 'b.md')]);
    // A link to nothing is named, not passed over.
    expect(skipped).toEqual([{ path: path.join(dir, 'dangling.md'), reason: 'link leads nowhere (ENOENT)' }]);
  });

  it('follows symlinks to files and to folders outside the content folder', async () => {
    const outside = content({ 'linked/c.md': 'x', 'file.md': 'x' });
    const dir = content({ 'a.md': 'x' });
    symlinkSync(path.join(outside, 'linked'), path.join(dir, 'linked'));
    symlinkSync(path.join(outside, 'file.md'), path.join(dir, 'file-link.md'));
    const found = (await walk(dir)).files.map((f) => path.relative(dir, f));
    expect(found).toEqual(['a.md', 'file-link.md', path.join('linked', 'c.md')]);
  });

  it('returns nothing for a missing folder', async () => {
    expect((await walk('/nonexistent/heatline')).files).toEqual([]);
  });
});

describe('buildIndex', () => {
  it('names a file it cannot read by name (not UTF-8) and indexes the rest', async () => {
    const dir = content({ 'a.md': article(1), 'b.md': article(2) });
    // "f\xff.md": a Latin-1 name on a UTF-8 system, as old archives have.
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/f`), Buffer.from([0xff]), Buffer.from('.md')]), article(3));
    const { report } = await build(dir);
    expect(report.articles).toBe(2);
    expect(report.skipped).toEqual([{ file: 'f\uFFFD.md', reason: 'file name is not valid UTF-8; rename the file' }]);
  });

  it('names a link that leads nowhere, and --strict fails on it', async () => {
    const dir = content({ 'a.md': article(1) });
    symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'moved.md'));
    const { report } = await build(dir);
    expect(report).toMatchObject({ articles: 1, skipped: [{ file: 'moved.md', reason: 'link leads nowhere (ENOENT)' }] });
    const strict = await runCli([dir, '--out', tempDir('heatline-out-'), '--no-cache', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`skipped  ${dir}/moved.md: link leads nowhere (ENOENT)`);
    expect(strict.stdout).toContain('1 unreadable');
  });

  it('indexes a folder and reports what it did', async () => {
    const dir = content({
      'one.md': article(1, { topics: ['AI'] }),
      'nested/two.txt': article(2, { topics: ['ai'] }),
      'three.markdown': article(3, { removed: true }),
      'four.md': article(4, { deleted: 'yes' }),
      'bad.md': '---\ntitle: x\n---\n',
      'notes.json': '{}',
    });
    const { report, outDir } = await build(dir);
    expect(report).toMatchObject({
      articles: 2, topics: 1, providers: 2, filesRead: 5, removed: 2, unpublished: 0, unchanged: false,
    });
    expect(report.rejected).toEqual([{ file: 'bad.md', reason: 'no usable link: webUrl or originalUrl must be an absolute http(s) URL', line: 2 }]);
    expect(Number.isInteger(report.durationMs)).toBe(true);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')));
    expect(manifest.counts.articles).toBe(2);
    expect(Object.keys(allArticles(outDir)).sort()).toEqual(['article-1', 'article-2']);
  });

  it('reports paths relative to the content folder, with / separators, sorted', async () => {
    const dir = content({ 'z/bad.md': 'nope', 'a/bad.md': 'nope', 'm.md': article(1, { heat: 'hot' }) });
    const { report } = await build(dir);
    expect(report.rejected.map((r) => r.file)).toEqual(['a/bad.md', 'z/bad.md']);
    expect(report.rejected[0]).toMatchObject({ reason: expect.stringContaining('no front matter'), line: 1 });
    expect(report.warnings).toEqual([{ file: 'm.md', message: expect.stringMatching(/^line \d+: heat .*dropped/) }]);
  });

  it('keeps one of two duplicates and warns naming both files', async () => {
    const dir = content({
      'a/first.md': article(1, { webUrl: 'https://www.dup.example/story/' }),
      'b/second.md': article(2, { webUrl: 'https://dup.example/story?utm_source=feed', excerpt: 'better', heat: 3 }),
    });
    const { report } = await build(dir);
    expect(report.articles).toBe(1);
    expect(report.warnings).toHaveLength(1);
    const w = report.warnings[0]!;
    expect(`${w.file} ${w.message}`).toContain('a/first.md');
    expect(`${w.file} ${w.message}`).toContain('b/second.md');
  });

  it('rejects an oversize file without reading it, a binary file and a non-UTF-8 file, and goes on', async () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 10, 'a');
    Buffer.from(article(9)).copy(big);
    const dir = content({
      'big.md': big,
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8]),
      'latin1.txt': Buffer.from(article(8, { title: 'Un café' }), 'latin1'),
      'good.md': article(1),
    });
    const { report } = await build(dir);
    expect(report.articles).toBe(1);
    expect(report.rejected).toEqual([
      { file: 'big.md', reason: expect.stringMatching(/too large/) },
      { file: 'binary.md', reason: expect.stringMatching(/binary/) },
      { file: 'latin1.txt', reason: expect.stringMatching(/UTF-8/) },
    ]);
  });

  it('rejects hostile YAML with reasons and never hangs', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = content({
      'bomb.md': `---\ntitle: x\n${bomb.join('\n')}\n---\n`,
      'deep.md': `---\ntitle: x\nd: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n---\n`,
      'proto.md': article(1, {}).replace('title:', '__proto__:\n  polluted: true\ntitle:'),
      'good.md': article(2),
    });
    const started = performance.now();
    const { report } = await build(dir);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.articles).toBe(1);
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.file, r.reason]));
    expect(reasons['bomb.md']).toMatch(/alias/);
    expect(reasons['deep.md']).toMatch(/nesting/);
    expect(reasons['proto.md']).toMatch(/prototype pollution/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a symlink loop in the content folder', async () => {
    const dir = content({ 'a.md': article(1), 'sub/b.md': article(2) });
    symlinkSync('..', path.join(dir, 'sub', 'loop'));
    const { report } = await build(dir);
    expect(report).toMatchObject({ articles: 2, filesRead: 2, rejected: [] });
  });

  it('leaves published: false out by default, as the source site did, or indexes it flagged when asked', async () => {
    const dir = content({ 'a.md': article(1, { published: false }), 'b.md': article(2, { published: 'true' }), 'c.md': article(3) });
    const published = await build(dir);
    expect(published.report).toMatchObject({ articles: 2, unpublished: 1 });
    expect(Object.keys(allArticles(published.outDir)).sort()).toEqual(['article-2', 'article-3']);

    const all = await build(dir, { includeUnpublished: true });
    expect(all.report.articles).toBe(3);
    const articles = allArticles(all.outDir);
    expect(articles['article-1']!.unpublished).toBe(true);
    expect(articles['article-2']!.unpublished).toBeUndefined();
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(all.outDir, 'manifest.json'), 'utf8')));
    expect(manifest.counts.unpublished).toBe(1);
    expect(all.report.unpublished).toBe(0);
  });

  it('never writes secured or featuredContent, and keeps only a video id', async () => {
    const secret = 'nqgVTkX5Gw2l5Kpkool/ZLS2viVevBg9s7+JeehiAoip/AvUBFmFGi6NCRe5m9FOIVo7Yb73M;wg7T7alELjzcAtwRiQPzVA==';
    const iframe = '<iframe width="800" height="500" frameborder="0" src="https://www.youtube.com/embed/WJk-Y8LQlfE" allow="autoplay" allowfullscreen></iframe>';
    const dir = content({
      'video.md': article(1, { type: 'video', webUrl: undefined, originalUrl: 'https://youtube.com/watch?v=WJk-Y8LQlfE', featuredContent: iframe, secured: secret }),
      'other.md': article(2, { featuredContent: '<script>alert("fc")</script>', secured: `${secret}2` }),
    });
    const { outDir } = await build(dir);
    const everything = [...readTree(outDir).values()].join('\n');
    expect(everything).not.toContain('secured');
    expect(everything).not.toContain(secret.slice(0, 20));
    expect(everything).not.toContain(secret.slice(40, 60));
    expect(everything).not.toContain('featuredContent');
    expect(everything).not.toMatch(/iframe|allowfullscreen|alert\(/);
    expect(allArticles(outDir)['article-1']!.video).toEqual({ kind: 'youtube', id: 'WJk-Y8LQlfE' });
  });

  it('sanitises bodies in the written output', async () => {
    const dir = content({
      'a.md': article(1, {}, '# Hi\n\n<script>alert(1)</script><p onclick="x()">text <a href="javascript:alert(2)">l</a></p><iframe src="https://evil.example"></iframe>'),
    });
    const { outDir } = await build(dir);
    const body = allArticles(outDir)['article-1']!.body!;
    expect(body).toBe('<h2>Hi</h2>\n<p>text <a>l</a></p>');
  });

  it('resolves root-relative URLs with baseUrl and drops them without, and writes only http(s) URLs', async () => {
    const files = {
      'a.md': article(1, {
        images: [{ url: '/img/a.png', width: 10, height: 10 }, { url: 'javascript:alert(1)' }, { url: '//cdn.example/x.png' }],
        provider: { name: 'P', domain: 'p.example', images: [{ url: '/logo.png' }] },
        related: [{ title: 'R', webUrl: 'data:text/html,x', images: [{ url: 'vbscript:x' }] }],
        actions: [{ url: 'javascript:void(0)', title: 'Click' }],
      }, '[rel](/page) ![i](/i.png) [bad](javascript:alert(1))'),
    };
    const without = await build(content(files));
    const a = allArticles(without.outDir)['article-1']!;
    expect(a.images).toEqual([]);
    expect(a.provider.logo).toBeUndefined();
    for (const [, text] of readTree(without.outDir)) expect(unsafeUrls(JSON.parse(text))).toEqual([]);
    expect(without.report.warnings.length).toBeGreaterThanOrEqual(6);

    const withBase = await build(content(files), { baseUrl: 'https://everyday.example' });
    const b = allArticles(withBase.outDir)['article-1']!;
    expect(b.images).toEqual([{ url: 'https://everyday.example/img/a.png', width: 10, height: 10 }]);
    expect(b.provider.logo).toBe('https://everyday.example/logo.png');
    expect(b.body).toContain('href="https://everyday.example/page"');
    expect(b.body).toContain('src="https://everyday.example/i.png"');
    for (const [, text] of readTree(withBase.outDir)) expect(unsafeUrls(JSON.parse(text))).toEqual([]);
  });

  it('links related entries to indexed articles and forms stories', async () => {
    const dir = content({
      'a.md': article(1, { related: [{ title: 'Two elsewhere', webUrl: 'https://www.news2.example/a/2/?utm_medium=x' }] }),
      'b.md': article(2),
      'c.md': article(3, { related: [{ title: 'Two', webUrl: 'https://news2.example/a/2' }] }),
    });
    const { report, outDir } = await build(dir);
    expect(report.stories).toBe(1);
    const articles = allArticles(outDir);
    expect(articles['article-1']!.related[0]).toMatchObject({ title: 'Two elsewhere', slug: articles['article-2']!.slug });
    expect(articles['article-2']!.story!.articles.map((c) => c.slug).sort()).toEqual(
      [articles['article-1']!.slug, articles['article-3']!.slug].sort(),
    );
  });
});

describe('buildIndex: determinism and rebuilds', () => {
  const files = () => content({
    'a.md': article(1, { topics: ['AI', 'Cloud'], heat: 5, related: [{ title: 'b', webUrl: 'https://news2.example/a/2' }] }, 'Body **1**'),
    'b.md': article(2, { topics: ['ai'], heat: '7', images: [{ url: 'https://i.example/2.png', width: 5, height: 5 }] }),
    'c/d.txt': article(3, { published: false, provider: { name: 'Three', domain: 'three.example' } }),
    'e.md': 'broken',
  });

  it('writes byte-identical trees for the same input', async () => {
    const dir = files();
    const one = await build(dir);
    const two = await build(files());
    expect(one.report.buildId).toBe(two.report.buildId);
    const a = readTree(one.outDir);
    const b = readTree(two.outDir);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });

  it('reports unchanged when rebuilding into the same folder, and repairs a missing shard', async () => {
    const dir = files();
    const first = await build(dir);
    const before = readTree(first.outDir);
    const second = await build(dir, { outDir: first.outDir });
    expect(second.report).toMatchObject({ unchanged: true, written: 0, buildId: first.report.buildId });
    expect(readTree(first.outDir)).toEqual(before);

    const shard = [...before.keys()].find((n) => n.startsWith('cards/'))!;
    await import('node:fs').then((fs) => fs.rmSync(path.join(first.outDir, shard)));
    const third = await build(dir, { outDir: first.outDir });
    expect(third.report.unchanged).toBe(false);
    expect(readTree(first.outDir)).toEqual(before);
  });

  it('says how long each stage took: every stage of a full build, and only the check when the cache finds nothing changed', async () => {
    const dir = files();
    const outDir = tempDir('heatline-out-');
    const cacheDir = tempDir('heatline-cache-');
    const full = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(Object.keys(full.stagesMs)).toEqual(BUILD_STAGES);
    const total = Object.values(full.stagesMs).reduce((sum, ms) => sum + ms, 0);
    for (const ms of Object.values(full.stagesMs)) expect(Number.isInteger(ms) && ms >= 0).toBe(true);
    // Each stage is rounded on its own: the sum may drift from the whole by half a millisecond a stage.
    expect(Math.abs(total - full.durationMs)).toBeLessThanOrEqual(BUILD_STAGES.length);
    const again = await buildIndex({ contentDir: dir, outDir, cacheDir });
    expect(again.unchanged).toBe(true);
    expect(Object.keys(again.stagesMs)).toEqual(['discover', 'check']);
  });

  it('keeps the previous build’s shards for one build, then removes them', async () => {
    const dir = files();
    const { outDir, report: r1 } = await build(dir);
    const tree1 = readTree(outDir);
    writeFileSync(path.join(dir, 'a.md'), article(1, { title: 'Changed once' }));
    const r2 = (await build(dir, { outDir })).report;
    expect(r2.buildId).not.toBe(r1.buildId);
    const tree2 = readTree(outDir);
    for (const name of tree1.keys()) if (name !== 'manifest.json' && name !== 'files.json') expect(tree2.has(name), name).toBe(true);
    writeFileSync(path.join(dir, 'a.md'), article(1, { title: 'Changed twice' }));
    await build(dir, { outDir });
    const tree3 = readTree(outDir);
    const files3 = new Set(JSON.parse(tree3.get('files.json')!) as string[]);
    const files2 = new Set(JSON.parse(tree2.get('files.json')!) as string[]);
    for (const name of tree3.keys()) {
      if (name === 'manifest.json' || name === 'files.json') continue;
      expect(files3.has(name) || files2.has(name), name).toBe(true);
    }
    const gone = [...tree1.keys()].filter((n) => !files2.has(n) && !files3.has(n) && n.includes('/'));
    expect(gone.length).toBeGreaterThan(0);
    for (const name of gone) expect(tree3.has(name), name).toBe(false);
  });

  it('leaves the previous index untouched when a build fails before the manifest rename', async () => {
    const dir = files();
    const { outDir, report: previous } = await build(dir);
    const before = readTree(outDir);
    writeFileSync(path.join(dir, 'a.md'), article(1, { title: 'A new headline that needs new shards' }));

    failure.match = /[/\\]articles[/\\][0-9a-f]+\.json/;
    await expect(buildIndex({ contentDir: dir, outDir })).rejects.toThrow(/ENOSPC/);
    failure.match = undefined;

    const after = readTree(outDir);
    expect(after.get('manifest.json')).toBe(before.get('manifest.json'));
    expect(after.get('files.json')).toBe(before.get('files.json'));
    for (const [name, text] of before) expect(after.get(name), name).toBe(text);
    // Whatever the failed build left behind is never referenced, and the next build recovers.
    const manifest = manifestSchema.parse(JSON.parse(after.get('manifest.json')!));
    expect(manifest.buildId).toBe(previous.buildId);
    const next = await build(dir, { outDir });
    expect(next.report.unchanged).toBe(false);
    expect(allArticles(outDir)['a-new-headline-that-needs-new-shards']).toBeDefined();
  });

  it('leaves the previous index untouched when the manifest itself cannot be written', async () => {
    const dir = files();
    const { outDir } = await build(dir);
    const before = readTree(outDir);
    writeFileSync(path.join(dir, 'b.md'), article(2, { title: 'Different' }));
    failure.match = /manifest\.json/;
    await expect(buildIndex({ contentDir: dir, outDir })).rejects.toThrow();
    failure.match = undefined;
    expect(readTree(outDir).get('manifest.json')).toBe(before.get('manifest.json'));
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(true);
  });

  it('reports progress for every file', async () => {
    const dir = files();
    const calls: Array<[number, number]> = [];
    await buildIndex({ contentDir: dir, outDir: tempDir(), onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toHaveLength(4);
    expect(calls.at(-1)).toEqual([4, 4]);
  });
});
