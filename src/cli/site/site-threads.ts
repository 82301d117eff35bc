/**
 * The site step's helper threads. Rendering a hundred thousand entry points
 * and writing them is CPU work for React and for the kernel alike, so the
 * step shares it: the main thread and each helper take the next chunk of
 * cards, then the next list, from counters they share, and the main thread
 * puts the results back in the index's order, so the files and the ledger do
 * not depend on how many threads wrote them or which one took what.
 *
 * `writeSite` stays synchronous for the build that calls it: the main thread
 * waits for a helper's replies on a shared cell rather than on its event loop.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ChunkResult, ListJob, ListResult, NewestCards, StoriesResult, WriterCounts, WriterSetup } from './site-writer';

/** Cells of the shared counters. */
export const NEXT_CHUNK = 0;
export const NEXT_LIST = 1;
/** Bumped by a helper after each message it posts. */
export const POSTED = 2;
/** Bumped by a helper as it works: a helper that neither posts nor beats for STALL_MS is taken for dead. */
export const BEAT = 3;
const CELLS = 4;
const STALL_MS = 120_000;

/** Below this many articles starting a thread costs more than it saves. */
const MIN_ARTICLES_FOR_HELPERS = 5000;
/**
 * Helpers start once the main thread has written this many files: a run
 * that finds (almost) everything unchanged only hashes, which costs less
 * than starting a thread.
 */
export const HELPERS_START_AFTER = 1000;
const MAX_HELPERS = 3;

export function defaultHelpers(articles: number): number {
  if (articles < MIN_ARTICLES_FOR_HELPERS) return 0;
  return Math.max(0, Math.min(MAX_HELPERS, os.availableParallelism() - 1));
}

/** Takes the next job of a shared list, for any thread: each index is taken by exactly one. */
export function claim(shared: Int32Array, cell: number, total: number): number | undefined {
  const n = Atomics.add(shared, cell, 1);
  return n < total ? n : undefined;
}

export type HelperData = {
  setup: WriterSetup;
  dataDir: string;
  chunks: string[];
  /** Only the first helper writes the stories' entry points. */
  stories: boolean;
  shared: Int32Array;
  port: MessagePort;
};

export type HelperMessage =
  | { kind: 'articles'; chunks: [number, ChunkResult][]; newest: NewestCards }
  | { kind: 'stories'; stories: StoriesResult }
  | { kind: 'lists'; lists: [number, ListResult][]; counts: WriterCounts }
  | { kind: 'error'; message: string };
export type MainMessage = { kind: 'lists'; lists: ListJob[] };

/** A helper failed or stopped answering: the caller writes the site on its own thread instead. */
export class HelperFailed extends Error {}

function tsxApiUrl(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // Module runners (Vite's, Vitest's) may not offer import.meta.resolve; the CommonJS entry of the same API serves as well.
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/**
 * The helper's entry, from the sources: a thread does not inherit tsx's
 * loader, so it registers it before importing the TypeScript module. A
 * failure to start is reported like any other, so the main thread never
 * waits for a helper that is not there.
 */
function bootCode(): string {
  // Made from this module's own path, not as `new URL('./…', import.meta.url)`, which bundlers and test runners rewrite into an asset's address.
  const entry = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'site-worker.ts')).href;
  return [
    `const report = (error) => import('node:worker_threads').then(({ workerData }) => {`,
    `  workerData.port.postMessage({ kind: 'error', message: String(error && error.stack || error) });`,
    `  Atomics.add(workerData.shared, ${POSTED}, 1); Atomics.notify(workerData.shared, ${POSTED});`,
    `});`,
    `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); }).catch(report);`,
  ].join('\n');
}

export class Helpers {
  readonly shared = new Int32Array(new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT));
  private readonly helpers: { worker: Worker; port: MessagePort }[] = [];

  constructor(
    /** How many to start. */
    private readonly wanted: number,
    private readonly data: Omit<HelperData, 'shared' | 'port' | 'stories'>,
  ) {}

  /** Starts the helpers, which join in at the next chunk of cards; once only. */
  start() {
    if (this.helpers.length > 0 || this.wanted < 1) return;
    const code = bootCode();
    for (let n = 0; n < this.wanted; n++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: HelperData = { ...this.data, stories: n === 0, shared: this.shared, port: port2 };
      const worker = new Worker(code, {
        eval: true,
        workerData,
        transferList: [port2],
        // A helper keeps only what it sends back: a small young generation keeps its garbage, and so the build's peak memory, small.
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      // Failures arrive as messages (or as silence); an error event must still be listened to so it is not thrown.
      worker.on('error', () => {});
      worker.unref();
      this.helpers.push({ worker, port: port1 });
    }
  }

  get count() {
    return this.helpers.length;
  }

  claim(cell: number, total: number): number | undefined {
    return claim(this.shared, cell, total);
  }

  post(n: number, message: MainMessage) {
    this.helpers[n]!.port.postMessage(message);
  }

  /** The helper's next message, which must be of this kind; blocks this thread until it comes. */
  receive<K extends HelperMessage['kind']>(n: number, kind: K): Extract<HelperMessage, { kind: K }> {
    const { port } = this.helpers[n]!;
    let beat = Atomics.load(this.shared, BEAT);
    for (;;) {
      const posted = Atomics.load(this.shared, POSTED);
      const received = receiveMessageOnPort(port) as { message: HelperMessage } | undefined;
      if (received) {
        const { message } = received;
        if (message.kind === 'error') throw new HelperFailed(`a site helper thread failed: ${message.message}`);
        if (message.kind !== kind) throw new HelperFailed(`a site helper thread sent ${message.kind}, not ${kind}`);
        return message as Extract<HelperMessage, { kind: K }>;
      }
      if (Atomics.wait(this.shared, POSTED, posted, STALL_MS) === 'timed-out') {
        const now = Atomics.load(this.shared, BEAT);
        if (now === beat) throw new HelperFailed(`a site helper thread did nothing for ${STALL_MS / 1000} s`);
        beat = now;
      }
    }
  }

  stop() {
    for (const { worker, port } of this.helpers) {
      port.close();
      void worker.terminate();
    }
  }
}
