/** One file from disk to an outcome: the unit of work of the parse workers. */
import { contentHash } from '../cache/content-hash';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES, normalizeFile, type NormalizeOptions } from './normalize';
import type { CompactRecord, FileOutcome } from '../record';
import { compactRecord } from './compact';
import type { RecordText, SpillWriter } from './spill';

/**
 * Reads synchronously (the workers have nothing else to do meanwhile, and
 * the promise API costs more per small file than the read itself) and never
 * reads more than the size limit.
 */
function readBounded(file: string): Uint8Array | number {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) return size;
    const buffer = new Uint8Array(size);
    const bytesRead = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

/** Why a listed file could not be read, in the words of the build report. */
function unreadable(error: unknown): FileOutcome<CompactRecord> {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT'
    ? 'file vanished before it could be read (ENOENT)'
    : code === 'EACCES' || code === 'EPERM'
      ? `file could not be read: permission denied (${code})`
      : `file could not be read (${code ?? (error as Error).message})`;
  return { kind: 'unreadable', reason, warnings: [] };
}

/** With a spill writer (in parse workers) the article-page text goes to disk. */
export function processFile(file: string, rel: string, options: NormalizeOptions, spill?: SpillWriter): FileOutcome<CompactRecord> {
  let bytes: Uint8Array | number;
  try {
    bytes = readBounded(file);
  } catch (error) {
    return unreadable(error);
  }
  const outcome = parseBytes(bytes, rel, options, spill);
  return typeof bytes === 'number' ? outcome : { ...outcome, hash: contentHash(bytes) };
}

function parseBytes(bytes: Uint8Array | number, rel: string, options: NormalizeOptions, spill?: SpillWriter): FileOutcome<CompactRecord> {
  try {
    if (typeof bytes === 'number') {
      return { kind: 'rejected', reason: `file too large (${bytes} bytes; the limit is ${MAX_FILE_BYTES})`, warnings: [] };
    }
    const outcome = normalizeFile(rel, bytes, options);
    if (outcome.kind !== 'article') return outcome;
    // Compacted where it was parsed: a worker sends a few fields, not a tree.
    const record = compactRecord(outcome.record);
    if (spill) record.text = spill.put(record.text as RecordText);
    return { ...outcome, record };
  } catch (error) {
    // A parser bug must not end the build: the file is reported instead.
    return { kind: 'rejected', reason: `could not be parsed (${(error as Error).message.split('\n')[0]})`, warnings: [] };
  }
}
