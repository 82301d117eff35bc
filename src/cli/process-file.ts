/** One file from disk to an outcome: the unit of work of the parse workers. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES, normalizeFile, type NormalizeOptions } from './normalize';
import { compactRecord, type CompactRecord } from './compact-record';
import type { FileOutcome } from './record';

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

export function processFile(file: string, rel: string, options: NormalizeOptions): FileOutcome<CompactRecord> {
  try {
    const bytes = readBounded(file);
    if (typeof bytes === 'number') {
      return { kind: 'rejected', reason: `file too large (${bytes} bytes; the limit is ${MAX_FILE_BYTES})`, warnings: [] };
    }
    const outcome = normalizeFile(rel, bytes, options);
    // Compacted where it was parsed: a worker sends one string, not a tree.
    return outcome.kind === 'article' ? { ...outcome, record: compactRecord(outcome.record) } : outcome;
  } catch (error) {
    // A read error or a parser bug must not end the build: the file is reported instead.
    return { kind: 'rejected', reason: `could not be read: ${(error as Error).message}`, warnings: [] };
  }
}
