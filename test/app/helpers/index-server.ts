import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { buildIndex } from '../../../src/cli/build-index';
import { writeCorpus, type Entry } from './corpus';

let built: Promise<string> | undefined;

/** Builds the test corpus with the real CLI, once per test file. */
function buildTestIndex(): Promise<string> {
  built ??= (async () => {
    const contentDir = await writeCorpus();
    const outDir = await mkdtemp(path.join(tmpdir(), 'heatline-app-index-'));
    await buildIndex({ contentDir, outDir });
    return outDir;
  })();
  return built;
}

/** The test corpus in another edition (see `writeCorpus`), built into a folder of its own. */
export async function buildEdition(edition: string): Promise<string> {
  const contentDir = await writeCorpus(edition);
  const outDir = await mkdtemp(path.join(tmpdir(), 'heatline-app-index-'));
  await buildIndex({ contentDir, outDir });
  return outDir;
}

/** An index of the given articles alone (none at all, one, or many), built into a folder of its own. */
export async function buildCorpus(list: readonly Entry[]): Promise<string> {
  const contentDir = await writeCorpus(undefined, list);
  const outDir = await mkdtemp(path.join(tmpdir(), 'heatline-app-index-'));
  await buildIndex({ contentDir, outDir });
  return outDir;
}

export type Fault = { status?: number; body?: string; network?: boolean };

/**
 * Serves the built index through a mocked `fetch`. `faults` makes chosen
 * files fail (by predicate on their path) until `heal()` is called;
 * `hold` keeps chosen files' responses back until it is released.
 * `serveFrom` swaps in another build, as a deploy does: files only the old
 * build had are gone (404).
 */
export async function serveIndex() {
  let outDir = await buildTestIndex();
  const faults: { match: (file: string) => boolean; fault: Fault }[] = [];
  const holds: { match: (file: string) => boolean; gate: Promise<void> }[] = [];
  let rewriteManifest: ((manifest: Record<string, unknown>) => Record<string, unknown>) | undefined;
  const requested: string[] = [];
  /** Every request with the HTTP cache mode it asked for. */
  const requests: { file: string; cache: RequestCache | undefined }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = decodeURIComponent(url.replace(/^.*?\/data\//, ''));
    requested.push(file);
    requests.push({ file, cache: init?.cache });
    await Promise.all(holds.filter((hold) => hold.match(file)).map((hold) => hold.gate));
    const fault = faults.find((f) => f.match(file))?.fault;
    if (fault?.network) throw new TypeError('Failed to fetch');
    if (fault) return new Response(fault.body ?? 'error', { status: fault.status ?? 500 });
    try {
      const text = await readFile(path.join(outDir, file), 'utf8');
      if (file === 'manifest.json' && rewriteManifest) {
        return new Response(JSON.stringify(rewriteManifest(JSON.parse(text) as Record<string, unknown>)), { status: 200 });
      }
      return new Response(text, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    get outDir() {
      return outDir;
    },
    requested,
    requests,
    serveFrom: (dir: string) => {
      outDir = dir;
    },
    fail: (match: (file: string) => boolean, fault: Fault = {}) => faults.push({ match, fault }),
    heal: () => void faults.splice(0),
    /** Holds back the responses for matching files (asked before or after) until the returned function is called. */
    hold: (match: (file: string) => boolean): (() => void) => {
      let open = () => {};
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      const hold = { match, gate };
      holds.push(hold);
      return () => {
        holds.splice(holds.indexOf(hold), 1);
        open();
      };
    },
    /** Serve the manifest changed, e.g. with or without its `search` entry. */
    rewriteManifest: (rewrite: (manifest: Record<string, unknown>) => Record<string, unknown>) => {
      rewriteManifest = rewrite;
    },
    readJson: async <T,>(file: string): Promise<T> => JSON.parse(await readFile(path.join(outDir, file), 'utf8')) as T,
  };
}
