/**
 * Writes shards next to the old ones as they are made, swaps the manifest
 * with an atomic rename, then removes what neither the new nor the previous
 * build uses. A build that dies before the rename leaves the previous index
 * whole. Synchronous on purpose: the build has nothing else to do meanwhile,
 * and the promise API costs more per small file than the write itself.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { faultPoint } from '../fault-points';
import { temporaryName, writeAtomic } from './atomic-write';
import type { Shards } from '../layout/shards';
import type { ShardSink } from '../layout/shard-set';
import { SEARCH_DIR } from '../../shared/search';

const FILE_LIST = 'files.json';
const SHARD_DIRS = ['articles', 'cards', 'lists', 'ranks', 'stories', 'topics'];


function readList(file: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function listShards(outDir: string): string[] {
  return SHARD_DIRS.flatMap((dir) => readdirSafe(path.join(outDir, dir)).map((entry) => `${dir}/${entry}`));
}

export type SinkOptions = {
  /** Compare an existing shard's bytes, not only its size, before keeping it. */
  verifyContent?: boolean;
};

/**
 * Content-addressed: a shard whose name exists already should hold these
 * bytes, and is kept when it does. "Should": a truncated upload or a full
 * disk can leave a damaged file under a good name, so its size is always
 * checked (one stat) and, with `verifyContent`, its bytes; one that differs
 * is rewritten.
 */
export class DiskSink implements ShardSink {
  private readonly existing: Set<string>;
  /** Shards this build added: removed again if it fails before its manifest is in place. */
  private readonly fresh: string[] = [];
  /** Byte size of every shard of this build, for the next build's check. */
  readonly sizes = new Map<string, number>();
  written = 0;
  /** Existing shards that did not match their content and were rewritten. */
  repaired = 0;

  constructor(
    private readonly outDir: string,
    private readonly options: SinkOptions = {},
  ) {
    for (const dir of SHARD_DIRS) mkdirSync(path.join(outDir, dir), { recursive: true });
    this.existing = new Set(listShards(outDir));
  }

  put(name: string, json: string): void {
    const bytes = Buffer.from(json);
    this.sizes.set(name, bytes.length);
    const file = path.join(this.outDir, name);
    if (this.existing.has(name)) {
      if (this.intact(file, bytes)) return;
      this.repaired++;
    } else {
      this.fresh.push(name);
    }
    writeAtomic(file, bytes);
    this.written++;
  }

  private intact(file: string, bytes: Buffer): boolean {
    try {
      if (statSync(file).size !== bytes.length) return false;
      return !this.options.verifyContent || readFileSync(file).equals(bytes);
    } catch {
      return false;
    }
  }

  /** Removes what this build wrote (and its temporary files): a failed build leaves the folder as it found it. */
  discard(): void {
    for (const name of this.fresh) {
      rmSync(path.join(this.outDir, name), { force: true });
      rmSync(temporaryName(path.join(this.outDir, name)), { force: true });
    }
  }
}

/** Temporary files (and search folders) of builds that were killed mid-write: never part of an index, never deployed. */
function sweepTemporaries(outDir: string): void {
  const searchFolders = readdirSafe(path.join(outDir, SEARCH_DIR)).map((entry) => `${SEARCH_DIR}/${entry}`);
  for (const name of [...readdirSafe(outDir), ...listShards(outDir), ...searchFolders]) {
    if (name.endsWith('.tmp')) rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}

/** A search folder is one build's index, named in the file list as `search/<id>/`: kept whole or removed whole. */
function removeSearchFolders(outDir: string, keep: Set<string>): void {
  for (const entry of readdirSafe(path.join(outDir, SEARCH_DIR))) {
    if (!keep.has(`${SEARCH_DIR}/${entry}/`)) rmSync(path.join(outDir, SEARCH_DIR, entry), { recursive: true, force: true });
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export type WriteResult = { written: number; unchanged: boolean };

/** Swaps in the manifest of shards already written by `sink`, then cleans up. */
export function commitIndex(outDir: string, shards: Pick<Shards, 'names' | 'manifest'>, sink: DiskSink): WriteResult {
  const manifestFile = path.join(outDir, 'manifest.json');
  let current = '';
  try {
    current = readFileSync(manifestFile, 'utf8');
  } catch {
    // No previous index.
  }
  // One build at a time holds the folder (output-lock.ts): any temporary file is litter.
  sweepTemporaries(outDir);
  if (current === shards.manifest && sink.written === 0) return { written: 0, unchanged: true };

  const previous = readList(path.join(outDir, FILE_LIST));
  // The file list goes first: a build killed between the two renames leaves
  // the old manifest live with a list that includes everything it might
  // need kept, never a live manifest whose files the list does not name.
  try {
    writeAtomic(path.join(outDir, FILE_LIST), `${JSON.stringify([...new Set([...shards.names, ...previous])].sort())}\n`);
    faultPoint('between-renames');
    writeAtomic(manifestFile, shards.manifest);
  } catch (error) {
    sink.discard();
    rmSync(temporaryName(manifestFile), { force: true });
    throw error;
  }
  faultPoint('manifest-live');
  writeAtomic(path.join(outDir, FILE_LIST), `${JSON.stringify(shards.names)}\n`);
  faultPoint('list-final');

  const keep = new Set([...shards.names, ...previous]);
  for (const name of listShards(outDir)) {
    if (!keep.has(name)) rmSync(path.join(outDir, name), { force: true });
  }
  removeSearchFolders(outDir, keep);
  return { written: sink.written + 2, unchanged: false };
}
