/**
 * Every file the indexer replaces is written beside its final name and
 * renamed over it: a reader, or a build killed mid-write, sees the old file or
 * the new one, never half of one. The temporary name carries the process id,
 * so the next build can tell litter (`*.tmp`) from files.
 */
import { renameSync, writeFileSync } from 'node:fs';

export const temporaryName = (file: string): string => `${file}.${process.pid}.tmp`;

export function writeAtomic(file: string, content: string | Uint8Array): void {
  const temp = temporaryName(file);
  writeFileSync(temp, content);
  renameSync(temp, file);
}
