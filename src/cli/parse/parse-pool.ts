/**
 * Parses files on worker threads, one per core: YAML parsing dominates a
 * cold build and is CPU-bound. Small corpora are parsed in-process, where
 * starting workers would cost more than it saves.
 *
 * A worker is also the unit of failure: one that runs past the per-file time
 * budget is stopped, and one that dies (out of memory, say) is replaced. Either
 * way the file it was on is rejected with the reason and the rest of its batch
 * is parsed again on a fresh worker.
 */
import os from 'node:os';
import { FILE_TIME_BUDGET_MS, WORKER_HEAP_MB } from './limits';
import type { NormalizeOptions } from './normalize';
import { processFile } from './process-file';
import type { CompactRecord, FileOutcome } from '../record';
import { overBudget, ParseWorker, type ParseTask } from './worker-thread';

const BATCH = 250;
const MIN_FILES_PER_WORKER = 1500;
/** Workers that die with no file in hand (at start-up, say) before the build gives up. */
const MAX_UNEXPLAINED_DEATHS = 3;

export type PoolOptions = {
  workers: number;
  /** Per-file time budget (FILE_TIME_BUDGET_MS unless a test needs less). */
  budgetMs?: number;
  /** Heap of each worker (WORKER_HEAP_MB unless a test needs less). */
  heapMb?: number;
};

export function defaultWorkers(files: number): number {
  return Math.max(0, Math.min(os.availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Calls `onOutcome` for every task, in no particular order. */
export async function parseAll(
  tasks: ParseTask[],
  options: NormalizeOptions & { spillDir?: string },
  pool: PoolOptions,
  onOutcome: (task: ParseTask, outcome: FileOutcome<CompactRecord>) => void,
): Promise<void> {
  const budgetMs = pool.budgetMs ?? FILE_TIME_BUDGET_MS;
  if (pool.workers < 1) {
    // Nothing can stop a synchronous parse on this thread: a file over the
    // budget is still rejected, so the outcome does not depend on --workers.
    for (const task of tasks) {
      const started = performance.now();
      const outcome = processFile(task.file, task.rel, options);
      const took = performance.now() - started;
      onOutcome(task, took > budgetMs ? overBudget(budgetMs, took) : outcome);
    }
    return;
  }
  const queue: number[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) {
    queue.push(Array.from({ length: Math.min(BATCH, tasks.length - i) }, (_, k) => i + k));
  }
  const workerData = {
    baseUrl: options.baseUrl,
    includeUnpublished: options.includeUnpublished,
    spillDir: options.spillDir,
  };
  const heapMb = pool.heapMb ?? WORKER_HEAP_MB;
  let unexplained = 0;

  const runSlot = async () => {
    let worker: ParseWorker | undefined;
    try {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        worker ??= new ParseWorker(workerData, heapMb);
        const result = await worker.run(tasks, batch, budgetMs);
        if ('outcomes' in result) {
          result.outcomes.forEach((outcome, i) => onOutcome(tasks[batch![i]!]!, outcome));
          continue;
        }
        // The worker is gone; what it finished in this batch was not sent.
        worker = undefined;
        if (result.at < 0) {
          if (++unexplained > MAX_UNEXPLAINED_DEATHS) throw new Error(`parse workers keep stopping: ${result.reason}`);
          queue.unshift(batch);
          continue;
        }
        onOutcome(tasks[batch[result.at]!]!, result.outcome);
        const rest = batch.filter((_, i) => i !== result.at);
        if (rest.length) queue.unshift(rest);
      }
    } finally {
      await worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: pool.workers }, runSlot));
}
