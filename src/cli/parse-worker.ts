/** Worker thread: turns batches of files into outcomes (see parse-pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { NormalizeOptions } from './normalize';
import { processFile } from './process-file';

export type WorkerJob = { id: number; files: string[]; rels: string[] };

const options = workerData as NormalizeOptions;

parentPort!.on('message', (job: WorkerJob) => {
  const outcomes = job.files.map((file, i) => processFile(file, job.rels[i]!, options));
  parentPort!.postMessage({ id: job.id, outcomes });
});
