/**
 * Two builds into one output folder, as when `npm run dev` re-indexes while
 * someone runs `npm run index`: real child processes, started together.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/synthetic-corpus';
import { manifestSchema } from '../../src/shared/index-schema';
import { cleanTemps, reachableShards, runCli, tempDir } from '../unit/helpers';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
afterAll(cleanTemps);

const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
const running: ChildProcess[] = [];

const cli = (args: string[]) => runCli(args, (child) => running.push(child));

/** Every shard the manifest reaches exists and parses. */
function complete(outDir: string): boolean {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')));
  try {
    reachableShards(manifest, (name) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8')));
    return true;
  } catch {
    return false;
  }
}

describe('two builds into one output folder', () => {
  it('never publish a broken index: a build that starts while another writes waits for it', async () => {
    const large = tempDir('heatline-lock-a-');
    await generateCorpus({ count: 4000, dir: large, seed: 2 });
    const outDir = tempDir('heatline-lock-out-');
    const first = cli([large, '--out', outDir, '--no-cache', '--workers', '0']);
    // Freeze the first build as soon as it has written a shard: the moment
    // another build's clean-up would delete what it has written so far.
    const child = running.at(-1)!;
    const articles = path.join(outDir, 'articles');
    while (!(existsSync(articles) && readdirSync(articles).length > 0)) await sleep(10);
    child.kill('SIGSTOP');
    const second = cli(['test/fixtures/corpus', '--out', outDir, '--no-cache']);
    const early = await Promise.race([second, sleep(4000)]);
    child.kill('SIGCONT');
    const runs = await Promise.all([first, second]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    // The second build could not finish while the first held the folder.
    expect(early).toBeUndefined();
    expect(complete(outDir)).toBe(true);
    expect(existsSync(path.join(outDir, '.heatline.lock'))).toBe(false);
  });

  it('takes over a lock left by a build that died', async () => {
    const outDir = tempDir('heatline-lock-out-');
    // A pid no process has: the kernel's limit is far below it.
    writeFileSync(path.join(outDir, '.heatline.lock'), JSON.stringify({ pid: 2 ** 30, host: 'x', started: 0 }));
    const run = await cli(['test/fixtures/corpus', '--out', outDir, '--no-cache']);
    expect(run.code, run.stderr).toBe(0);
    expect(complete(outDir)).toBe(true);
  });

  it('waits for a running build to finish, then builds', async () => {
    const outDir = tempDir('heatline-lock-out-');
    const lock = path.join(outDir, '.heatline.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: '', started: Date.now() }));
    const run = cli(['test/fixtures/corpus', '--out', outDir, '--no-cache']);
    await sleep(1500);
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
    rmSync(lock);
    expect((await run).code).toBe(0);
    expect(complete(outDir)).toBe(true);
  });

  it('fails with one line naming the other build when it does not finish in time', async () => {
    const outDir = tempDir('heatline-lock-out-');
    // This test process is alive: its lock is held.
    writeFileSync(path.join(outDir, '.heatline.lock'), JSON.stringify({ pid: process.pid, host: '', started: Date.now() }));
    const run = await cli(['test/fixtures/corpus', '--out', outDir, '--no-cache', '--lock-timeout', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`another build (pid ${process.pid})`);
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });
});
