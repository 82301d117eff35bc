/**
 * One build at a time per output folder. Two builds writing one folder
 * (`npm run dev` re-indexing while someone runs `npm run index`) would each
 * delete the other's new shards and publish a manifest that points at files
 * that are gone. The lock is a file in the folder naming its holder; a later
 * build waits for it, and takes it over when its holder has died.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

const LOCK_FILE = '.heatline.lock';
const POLL_MS = 100;
/** A lock file still being written (or garbled) counts as stale after this long. */
const UNREADABLE_STALE_MS = 10_000;
/** A holder on another machine (a shared disk) cannot be asked whether it lives. */
const FOREIGN_STALE_MS = 60 * 60_000;

type Holder = { pid: number; host: string; started: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readHolder(file: string): Holder | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 'gone';
  }
  try {
    const holder = JSON.parse(text) as Partial<Holder>;
    if (Number.isInteger(holder.pid)) return { pid: holder.pid!, host: String(holder.host ?? ''), started: Number(holder.started) || 0 };
  } catch {
    // Fall through: judged by age below.
  }
  return 'unreadable';
}

function alive(holder: Holder): boolean {
  if (holder.host && holder.host !== hostname()) return Date.now() - holder.started < FOREIGN_STALE_MS;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Takes the folder's lock, waiting up to `timeoutMs` for another build to
 * finish; returns the function that releases it.
 */
export async function lockOutput(outDir: string, timeoutMs: number): Promise<() => void> {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: Date.now() });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    const stale = holder === 'unreadable' ? ageMs(file) > UNREADABLE_STALE_MS : !alive(holder);
    if (stale) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder === 'unreadable' ? 'another build' : `another build (pid ${holder.pid})`;
      throw new Error(`${who} is writing ${outDir} and did not finish within ${Math.round(timeoutMs / 1000)} s; try again when it has`);
    }
    await sleep(POLL_MS);
  }
  return () => {
    try {
      if (readFileSync(file, 'utf8') === mine) rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}
