/** Shared by the fault tests: real CLI processes, frozen and killed at named points. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestSchema } from '../../src/shared/index-schema';
import { reachableShards, startCli, type CliRun, type Started } from '../unit/helpers';

export const runCli = (args: string[], options?: Parameters<typeof startCli>[1]) => startCli(args, options).done;
export { startCli, type Started };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the process has stopped itself (state T in /proc), or fails if it exits first. */
export async function stopped({ child, done }: Started): Promise<void> {
  let exited = false;
  void done.then(() => (exited = true));
  for (;;) {
    if (exited) throw new Error(`the build ended before it stopped: ${JSON.stringify(await done)}`);
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('T')) return;
    } catch {
      // Not started yet, or gone: the exit check above decides.
    }
    await sleep(20);
  }
}

/** Kills a stopped or running build for good, as a power cut or `kill -9` would. */
export async function kill(started: Started): Promise<void> {
  started.child.kill('SIGKILL');
  await started.done;
}

/**
 * What a reader would find in the folder: the live build's id, and every
 * shard its manifest reaches read and parsed (throws naming the first that
 * is missing or damaged), its search folder included.
 */
export function liveIndex(outDir: string): { buildId: string; names: Set<string> } {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')));
  const shards = reachableShards(manifest, (name) => {
    try {
      return JSON.parse(readFileSync(path.join(outDir, name), 'utf8'));
    } catch (error) {
      throw new Error(`build ${manifest.buildId} reaches ${name}, which cannot be read: ${(error as Error).message}`);
    }
  });
  // The search folder must be there too (it is renamed into place whole).
  if (manifest.search) {
    for (const file of ['meta.json', 'c/values.json']) {
      if (!existsSync(path.join(outDir, manifest.search.path, file))) {
        throw new Error(`build ${manifest.buildId} reaches ${manifest.search.path}${file}, which does not exist`);
      }
    }
  }
  return { buildId: manifest.buildId, names: shards };
}

/** Files a deploy would publish that belong to no index: temporary and lock files. */
export function litter(outDir: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = path.relative(outDir, path.join(dir, entry.name));
      if (entry.isDirectory()) visit(path.join(dir, entry.name));
      else if (/\.tmp$|\.lock$/.test(entry.name)) found.push(rel);
    }
  };
  visit(outDir);
  return found;
}

export function jsonOf(run: CliRun): { skipped: { file: string; reason: string }[]; rejected: { file: string; reason: string; line?: number }[]; articles: number; repaired: number } {
  if (run.code !== 0 && run.code !== 1) throw new Error(`the build failed (${run.code}): ${run.stderr}`);
  try {
    return JSON.parse(run.stdout) as ReturnType<typeof jsonOf>;
  } catch {
    throw new Error(`no JSON report (exit ${run.code}): ${run.stdout.slice(0, 500)} ${run.stderr.slice(0, 500)}`);
  }
}
