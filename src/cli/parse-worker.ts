/** Worker thread: turns batches of files into outcomes (see parse-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { NormalizeOptions } from './normalize';
import { processFile } from './process-file';
import { SpillWriter } from './spill';

export type WorkerJob = { id: number; files: string[]; rels: string[] };

const options = workerData as NormalizeOptions & { spillDir?: string };
const spill = options.spillDir ? new SpillWriter(options.spillDir) : undefined;

parentPort!.on('message', (job: WorkerJob) => {
  const outcomes = job.files.map((file, i) => processFile(file, job.rels[i]!, options, spill));
  parentPort!.postMessage({ id: job.id, outcomes });
});
