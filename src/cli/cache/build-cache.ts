/**
 * The build cache: a rebuild whose inputs, options and indexer code are all
 * unchanged is answered from the last report without parsing anything, and
 * otherwise only files whose size or modification time changed are parsed
 * again (Astro's content layer skips unchanged entries the same way).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { temporaryName, writeAtomic } from '../write/atomic-write';
import path from 'node:path';
import { bucketOf } from '../../shared/hash';
import type { CompactRecord, FileOutcome } from '../record';
import type { SpillReader } from '../parse/spill';

const BUCKETS = 64;
const VERSION = 1;

export type FileStat = { file: string; rel: string; size: number; mtimeMs: number };
type Entry = [size: number, mtimeMs: number, outcome: FileOutcome<CompactRecord>];
/** `sizes`: byte size of every shard of the build, checked before it is called up to date. */
type State<R> = { version: number; key: string; fingerprint: string; manifestHash: string; sizes: Record<string, number>; report: R };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Changes whenever a source file of the indexer changes (its stage folders included), so stale parses are never reused. */
function codeVersion(): string {
  const hash = createHash('sha256');
  // This file sits in src/cli/cache: the indexer is its parent folder.
  for (const dir of [path.join(import.meta.dirname, '..'), path.join(import.meta.dirname, '../../shared')]) {
    for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  return hash.digest('hex');
}

export function fingerprint(stats: FileStat[]): string {
  const hash = createHash('sha256');
  for (const s of stats) hash.update(`${s.rel}\0${s.size}\0${s.mtimeMs}\n`);
  return hash.digest('hex');
}


function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export class BuildCache<R> {
  private readonly dir: string;
  private readonly key: string;
  private readonly buckets = new Map<number, Map<string, Entry>>();
  private readonly dirty = new Set<number>();

  constructor(root: string, options: Record<string, unknown>) {
    const scope = sha(JSON.stringify(options)).slice(0, 16);
    this.dir = path.join(root, scope);
    this.key = sha(`${VERSION}\n${codeVersion()}\n${JSON.stringify(options)}`);
  }

  /**
   * Streamed entry by entry: the text read back from the spill files is
   * short-lived, so writing the cache does not raise the build's peak memory.
   */
  private writeBucket(b: number, spill: SpillReader): void {
    const file = path.join(this.dir, `records-${b}.json`);
    const temp = temporaryName(file);
    const fd = openSync(temp, 'w');
    try {
      let chunk = `{"key":${JSON.stringify(this.key)},"entries":{`;
      let first = true;
      for (const [rel, [size, mtimeMs, outcome]] of this.buckets.get(b)!) {
        const stored = outcome.kind === 'article'
          ? { ...outcome, record: { ...outcome.record, text: spill.text(outcome.record.text) } }
          : outcome;
        chunk += `${first ? '' : ','}${JSON.stringify(rel)}:${JSON.stringify([size, mtimeMs, stored])}`;
        first = false;
        if (chunk.length > 1 << 16) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, `${chunk}}}`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  }

  /** The last report, when the inputs and the written index are exactly as that build left them. */
  unchangedReport(print: string, outDir: string): R | undefined {
    const state = readJson<State<R>>(path.join(this.dir, 'state.json'));
    if (!state || state.key !== this.key || state.fingerprint !== print) return undefined;
    try {
      if (sha(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) !== state.manifestHash) return undefined;
      // One stat per shard: a deleted or truncated shard makes a real build,
      // which rewrites it (write-index.ts).
      for (const [name, size] of Object.entries(state.sizes ?? {})) {
        if (statSync(path.join(outDir, name)).size !== size) return undefined;
      }
      return state.sizes ? state.report : undefined;
    } catch {
      return undefined;
    }
  }

  private bucket(rel: string): [number, Map<string, Entry>] {
    const b = bucketOf(rel, BUCKETS);
    let entries = this.buckets.get(b);
    if (!entries) {
      const stored = readJson<{ key: string; entries: Record<string, Entry> }>(path.join(this.dir, `records-${b}.json`));
      entries = new Map(stored?.key === this.key ? Object.entries(stored.entries) : []);
      this.buckets.set(b, entries);
    }
    return [b, entries];
  }

  lookup(stat: FileStat): FileOutcome<CompactRecord> | undefined {
    const entry = this.bucket(stat.rel)[1].get(stat.rel);
    return entry && entry[0] === stat.size && entry[1] === stat.mtimeMs ? entry[2] : undefined;
  }

  store(stat: FileStat, outcome: FileOutcome<CompactRecord>): void {
    const [b, entries] = this.bucket(stat.rel);
    entries.set(stat.rel, [stat.size, stat.mtimeMs, outcome]);
    this.dirty.add(b);
  }

  /**
   * Drops entries of files that are gone, then writes what changed and the
   * new state. Article text that workers spilled to disk is read back into
   * the cache one bucket at a time.
   */
  save(stats: FileStat[], manifest: string, sizes: Map<string, number>, report: R, spill: SpillReader): void {
    mkdirSync(this.dir, { recursive: true });
    const live = new Set(stats.map((s) => s.rel));
    for (const [b, entries] of this.buckets) {
      for (const rel of entries.keys()) {
        if (!live.has(rel)) {
          entries.delete(rel);
          this.dirty.add(b);
        }
      }
    }
    for (const b of this.dirty) this.writeBucket(b, spill);
    const state: State<R> = { version: VERSION, key: this.key, fingerprint: fingerprint(stats), manifestHash: sha(manifest), sizes: Object.fromEntries(sizes), report };
    writeAtomic(path.join(this.dir, 'state.json'), JSON.stringify(state));
  }
}
