/** One file from disk to an outcome: the unit of work of the parse workers. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES, normalizeFile, type NormalizeOptions } from './normalize';
import { compactRecord, type CompactRecord } from './compact-record';
import type { FileOutcome } from './record';
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

/** With a spill writer (in parse workers) the article-page text goes to disk. */
export function processFile(file: string, rel: string, options: NormalizeOptions, spill?: SpillWriter): FileOutcome<CompactRecord> {
  try {
    const bytes = readBounded(file);
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
    // A read error or a parser bug must not end the build: the file is reported instead.
    return { kind: 'rejected', reason: `could not be read: ${(error as Error).message}`, warnings: [] };
  }
}
