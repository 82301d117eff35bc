/**
 * One parse worker thread, and how the pool learns what became of a batch:
 * the outcomes, or which file the worker was on when it went over the time
 * budget or died.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply } from './parse-worker';
import type { CompactRecord, FileOutcome } from '../record';

/** Set by bin/heatline.mjs when it bundles the indexer: the worker's bundle, beside the main one. */
declare const HEATLINE_WORKER: string | undefined;

/**
 * The worker's entry. Bundled, it is plain JavaScript. From the sources, the
 * worker does not inherit tsx's loader: it registers it before importing the
 * TypeScript module, named by its absolute URL (a bare "tsx" would be looked
 * up from the current folder, which is not this project's when the CLI is
 * started from elsewhere).
 */
function workerEntry(): { url: URL } | { boot: string } {
  if (typeof HEATLINE_WORKER === 'string') return { url: new URL(HEATLINE_WORKER, import.meta.url) };
  const workerUrl = new URL('./parse-worker.ts', import.meta.url).href;
  return { boot: `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); })` };
}

function tsxApiUrl(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // Test runners that load this module themselves may not offer
    // import.meta.resolve; the CommonJS entry of the same API serves as well.
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}
const WORKER_ENTRY = workerEntry();

const seconds = (ms: number) => `${+(ms / 1000).toFixed(1)} s`;

/** Rejections that say more about this run than about the file: never cached. */
function failure(reason: string): FileOutcome<CompactRecord> {
  return { kind: 'rejected', reason, warnings: [], transient: true };
}

export const overBudget = (budgetMs: number, tookMs?: number) =>
  failure(`parsing took ${tookMs === undefined ? 'longer than ' : ''}${seconds(tookMs ?? budgetMs)}; the limit is ${seconds(budgetMs)} per file`);

export type ParseTask = { file: string; rel: string };

type BatchResult =
  | { outcomes: FileOutcome<CompactRecord>[] }
  /** `at`: position in the batch of the file the worker was on, -1 when none. */
  | { at: number; outcome: FileOutcome<CompactRecord>; reason: string };

/** One worker thread and the shared cell where it says which file it is on since when. */
export class ParseWorker {
  private readonly worker: Worker;
  /** [position in the batch or -1, Date.now() when that file began] */
  private readonly progress = new Float64Array(new SharedArrayBuffer(16));

  constructor(
    data: Record<string, unknown>,
    private readonly heapMb: number,
  ) {
    this.progress[0] = -1;
    this.worker = new Worker('url' in WORKER_ENTRY ? WORKER_ENTRY.url : WORKER_ENTRY.boot, {
      eval: !('url' in WORKER_ENTRY),
      workerData: { ...data, progress: this.progress },
      // A worker keeps nothing between batches: a small young generation keeps
      // its garbage, and so the build's peak memory, small.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
    });
    // Errors are read from `run`; a listener must stay so a late one is not thrown.
    this.worker.on('error', () => {});
  }

  run(tasks: ParseTask[], batch: number[], budgetMs: number): Promise<BatchResult> {
    const worker = this.worker;
    const progress = this.progress;
    progress[0] = -1;
    return new Promise((resolve) => {
      let timedOut = -1;
      const settle = (result: BatchResult) => {
        clearInterval(watchdog);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const died = (reason: string, outcome: (at: number) => FileOutcome<CompactRecord>) => {
        const at = timedOut >= 0 ? timedOut : progress[0]!;
        void worker.terminate();
        settle({ at, reason, outcome: timedOut >= 0 ? overBudget(budgetMs) : outcome(at) });
      };
      const onMessage = (reply: WorkerReply) => settle({ outcomes: reply.outcomes });
      const onError = (error: Error & { code?: string }) =>
        died(error.message, () => failure(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `parsing needed more memory than a parse worker has; the limit is ${this.heapMb} MB`
          : `the parser crashed (${error.message.split('\n')[0]})`));
      const onExit = (code: number) =>
        died(`exit code ${code}`, () => failure(`the parser stopped (exit code ${code})`));
      // Checked a few times per budget: a file is stopped at most a quarter late.
      const watchdog = setInterval(() => {
        const at = progress[0]!;
        if (at >= 0 && Date.now() - progress[1]! > budgetMs) {
          timedOut = at;
          void worker.terminate();
        }
      }, Math.max(10, Math.min(250, budgetMs / 4)));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const job: WorkerJob = { files: batch.map((i) => tasks[i]!.file), rels: batch.map((i) => tasks[i]!.rel) };
      worker.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
