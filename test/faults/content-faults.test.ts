/**
 * Articles never vanish without a word: a file removed between listing and
 * reading, a folder or file the build may not read, a name that is not UTF-8.
 * Each is a named `skipped` entry; the build goes on, and fails only with --strict.
 */
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cleanTemps, ROOT, tempDir } from '../unit/helpers';
import { jsonOf, runCli, startCli, stopped } from './helpers';

vi.setConfig({ testTimeout: 120_000 });
afterAll(cleanTemps);

const FIXTURES = path.join(ROOT, 'test/fixtures/corpus');

/** A copy of the fixture corpus the test may change. */
function corpus(): string {
  const dir = tempDir('heatline-content-');
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/** Articles a clean build of the folder as it is now makes. */
async function articlesIn(dir: string): Promise<number> {
  return jsonOf(await runCli([dir, '--out', tempDir('heatline-out-'), '--json', '--no-cache'])).articles;
}

describe('a file removed after the folder was listed', () => {
  it('is skipped by name with the reason, and every other file is indexed', async () => {
    const dir = corpus();
    const victim = readdirSync(dir).find((name) => name.endsWith('.md') && !name.includes('draft'))!;
    const build = startCli([dir, '--out', tempDir('heatline-out-'), '--json', '--no-cache', '--workers', '2'], { stopAt: 'listed' });
    await stopped(build);
    rmSync(path.join(dir, victim));
    build.child.kill('SIGCONT');
    const report = jsonOf(await build.done);
    expect(report.skipped).toEqual([{ file: victim, reason: 'file vanished before it could be read (ENOENT)' }]);
    expect(report.articles).toBe(await articlesIn(dir));
  });
});

describe('a file name that is not valid UTF-8', () => {
  it('is skipped with a reason that says to rename it, and fails the build with --strict', async () => {
    const dir = corpus();
    const articles = await articlesIn(dir);
    // "café.md" as Latin-1 wrote it: a name Node can list but not open again.
    const bad = Buffer.concat([Buffer.from(`${dir}/latin1-caf`), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(bad, '---\ntitle: "Café opens"\nwebUrl: "https://example.com/cafe"\npublishedDateTime: "2026-11-20T10:00:00Z"\n---\n');
    const out = tempDir('heatline-out-');
    const report = jsonOf(await runCli([dir, '--out', out, '--json', '--no-cache']));
    expect(report.skipped).toEqual([{ file: 'latin1-caf\uFFFD.md', reason: 'file name is not valid UTF-8; rename the file' }]);
    expect(report.articles).toBe(articles);
    const strict = await runCli([dir, '--out', out, '--no-cache', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('skipped  ');
  });
});

describe('a folder and a file the build may not read', () => {
  it('are skipped by name with the reason, counted, and fatal only with --strict', async () => {
    const dir = corpus();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    const names = readdirSync(dir).filter((name) => name.endsWith('.md') && !name.includes('draft'));
    cpSync(path.join(dir, names[0]!), path.join(locked, 'inside.md'));
    rmSync(path.join(dir, names[0]!));
    chmodSync(locked, 0o000);
    chmodSync(path.join(dir, names[1]!), 0o000);
    const out = tempDir('heatline-out-');
    const spawnAs = { withoutRootOverride: true };

    const run = await runCli([dir, '--out', out, '--json', '--no-cache'], spawnAs);
    const report = jsonOf(run);
    expect(run.code).toBe(0);
    expect(report.skipped).toEqual([
      { file: 'locked', reason: 'folder could not be read (EACCES)' },
      { file: names[1], reason: 'file could not be read: permission denied (EACCES)' },
    ].sort((a, b) => (a.file! < b.file! ? -1 : 1)));

    const text = await runCli([dir, '--out', out, '--no-cache', '--strict'], spawnAs);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/2 unreadable/);
    // Everything else was indexed: the same as a build without the two.
    rmSync(locked, { recursive: true, force: true });
    rmSync(path.join(dir, names[1]!));
    expect(report.articles).toBe(await articlesIn(dir));
  });
});
