/**
 * The build cache: a rebuild whose inputs, options and indexer code are all
 * unchanged is answered from the last report without parsing anything, and
 * otherwise only files whose content changed are parsed again (Astro's
 * content layer skips unchanged entries the same way).
 *
 * A file is known by the hash of its bytes. Its time stamps only save the
 * reading: size, modification time and change time (ctime, which no tool can
 * set back) all as last seen means the same bytes, as git assumes; any
 * difference means the file is read and its hash compared. A file rewritten
 * with its size and modification time restored is read again; a file merely
 * touched is not parsed again.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { temporaryName, writeAtomic } from '../write/atomic-write';
import { contentHash } from './content-hash';
import { bucketOf } from '../../shared/hash';
import { pruneStale } from './prune-stale';
import type { CompactRecord, FileOutcome } from '../record';
import type { SpillReader } from '../parse/spill';

/**
 * A changed file rewrites its whole bucket: with 512, a hundred new files
 * rewrite about a sixth of a 100,000-file cache rather than most of it, and
 * a small site's buckets are still a few hundred small files.
 */
const BUCKETS = 512;
const VERSION = 3;

export type FileStat = { file: string; rel: string; size: number; mtimeMs: number; ctimeMs: number; ino: number };
type Entry = [size: number, mtimeMs: number, ctimeMs: number, hash: string, outcome: FileOutcome<CompactRecord>];
/** `sizes`: byte size of every shard of the build, checked before it is called up to date. */
type State<R> = { version: number; key: string; fingerprint: string; manifestHash: string; sizes: Record<string, number>; report: R };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Set by bin/heatline.mjs when it bundles the indexer: the hash of the sources it bundled. */
declare const HEATLINE_CODE_VERSION: string | undefined;

/** Changes whenever a source file of the indexer changes (its stage folders included), so stale parses are never reused. */
export function codeVersion(): string {
  if (typeof HEATLINE_CODE_VERSION === 'string') return HEATLINE_CODE_VERSION;
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
  for (const s of stats) hash.update(`${s.rel}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}\n`);
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
      for (const [rel, [size, mtimeMs, ctimeMs, hash, outcome]] of this.buckets.get(b)!) {
        const stored = outcome.kind === 'article'
          ? { ...outcome, record: { ...outcome.record, text: spill.text(outcome.record.text) } }
          : outcome;
        chunk += `${first ? '' : ','}${JSON.stringify(rel)}:${JSON.stringify([size, mtimeMs, ctimeMs, hash, stored])}`;
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
    const [b, entries] = this.bucket(stat.rel);
    const entry = entries.get(stat.rel);
    if (!entry || entry[0] !== stat.size || !entry[3]) return undefined;
    if (entry[1] === stat.mtimeMs && entry[2] === stat.ctimeMs) return entry[4];
    let bytes: Buffer;
    try {
      bytes = readFileSync(stat.file);
    } catch {
      return undefined;
    }
    if (contentHash(bytes) !== entry[3]) return undefined;
    // Same bytes under new time stamps (touched, copied, checked out again).
    entries.set(stat.rel, [stat.size, stat.mtimeMs, stat.ctimeMs, entry[3], entry[4]]);
    this.dirty.add(b);
    return entry[4];
  }

  store(stat: FileStat, outcome: FileOutcome<CompactRecord>): void {
    const [b, entries] = this.bucket(stat.rel);
    const { hash = '', ...rest } = outcome;
    entries.set(stat.rel, [stat.size, stat.mtimeMs, stat.ctimeMs, hash, rest as FileOutcome<CompactRecord>]);
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
    pruneStale(path.dirname(this.dir), this.dir);
  }
}
