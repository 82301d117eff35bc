/** Worker thread: turns batches of files into outcomes (see parse-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CompactRecord, FileOutcome } from '../record';
import type { NormalizeOptions } from './normalize';
import { processFile } from './process-file';
import { SpillWriter } from './spill';

export type WorkerJob = { files: string[]; rels: string[] };
export type WorkerReply = { outcomes: FileOutcome<CompactRecord>[] };

const options = workerData as NormalizeOptions & { spillDir?: string; progress: Float64Array };
const spill = options.spillDir ? new SpillWriter(options.spillDir) : undefined;
const progress = options.progress;

parentPort!.on('message', (job: WorkerJob) => {
  const outcomes = job.files.map((file, i) => {
    // The time first: the pool reads the position, then how long it has run.
    progress[1] = Date.now();
    progress[0] = i;
    return processFile(file, job.rels[i]!, options, spill);
  });
  progress[0] = -1;
  const reply: WorkerReply = { outcomes };
  parentPort!.postMessage(reply);
});
