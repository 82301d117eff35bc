/**
 * Parses files on worker threads, one per core: YAML parsing dominates a
 * cold build and is CPU-bound. Small corpora are parsed in-process, where
 * starting workers would cost more than it saves.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NormalizeOptions } from './normalize';
import type { WorkerJob } from './parse-worker';
import { processFile } from './process-file';
import type { CompactRecord } from './compact-record';
import type { FileOutcome } from './record';

const BATCH = 250;
const MIN_FILES_PER_WORKER = 1500;

// Workers do not inherit tsx's loader; register it in the thread before
// importing the TypeScript worker module.
const WORKER_URL = new URL('./parse-worker.ts', import.meta.url).href;
const WORKER_BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); })`;

export type ParseTask = { file: string; rel: string };

export function defaultWorkers(files: number): number {
  return Math.max(0, Math.min(os.availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Calls `onOutcome` for every task, in no particular order. */
export async function parseAll(
  tasks: ParseTask[],
  options: NormalizeOptions & { spillDir?: string },
  workers: number,
  onOutcome: (task: ParseTask, outcome: FileOutcome<CompactRecord>) => void,
): Promise<void> {
  if (workers < 1) {
    for (const task of tasks) onOutcome(task, processFile(task.file, task.rel, options));
    return;
  }
  const pool = Array.from({ length: workers }, () =>
    new Worker(WORKER_BOOT, {
      eval: true,
      workerData: { baseUrl: options.baseUrl, includeUnpublished: options.includeUnpublished, spillDir: options.spillDir },
      // A worker keeps nothing between batches: a small young generation keeps
      // its garbage, and so the build's peak memory, small.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 },
    }));
  let next = 0;
  const jobs = new Map<number, number>();
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= tasks.length) return resolve();
        const id = next;
        const batch = tasks.slice(next, next + BATCH);
        next += BATCH;
        jobs.set(id, batch.length);
        const job: WorkerJob = { id, files: batch.map((t) => t.file), rels: batch.map((t) => t.rel) };
        worker.postMessage(job);
      };
      worker.on('message', ({ id, outcomes }: { id: number; outcomes: FileOutcome<CompactRecord>[] }) => {
        outcomes.forEach((outcome, i) => onOutcome(tasks[id + i]!, outcome));
        jobs.delete(id);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`parse worker exited with ${code}`))));
      send();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
