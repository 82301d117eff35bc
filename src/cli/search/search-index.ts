/**
 * The search index: Pagefind's indexer (a Rust service the `pagefind`
 * package starts) is given one record per card and writes a chunked index
 * into `search/<id>/` beside the shards; the reader loads only the chunks a
 * query needs. The id is a hash of every record, so an index whose records
 * did not change is reused as it is, and a reader mid-session keeps the
 * folder its manifest names until the build after next removes it, as with
 * shards (write-index.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { comparators } from '../../shared/sort-order';
import { SEARCH_DIR, searchRecordOf, type SearchRef } from '../../shared/search';
import type { Card } from '../../shared/index-schema';
import { temporaryName } from '../write/atomic-write';

/** The file Pagefind writes that names everything else: the index is there when it is. */
const ENTRY = 'pagefind-entry.json';
/** Pagefind's ready-made search interfaces: the reader has its own, so they are not deployed. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** Records sent to the service before waiting for its answers: keeps its pipe full without holding every message. */
const IN_FLIGHT = 1000;

export type SearchInput = { cards: Card[]; topicSlugs: string[][]; language: string };

type PagefindRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
};

/** Zero-padded so that Pagefind, which compares sort keys as text when they are not all numbers, still orders them. */
const position = (n: number) => String(n).padStart(9, '0');

/** Each card's position in an order, by rank. */
function positions(cards: Card[], compare: (a: Card, b: Card) => number): Int32Array {
  const order = cards.map((_, rank) => rank).sort((a, b) => compare(cards[a]!, cards[b]!));
  const at = new Int32Array(cards.length);
  order.forEach((rank, n) => (at[rank] = n));
  return at;
}

/**
 * One record per card (laid out by searchRecordOf, so a result renders as
 * the feed's card without another fetch), made as they are sent: 100,000
 * cards' JSON need not sit in memory at once.
 */
type Orders = { hot: Int32Array; newest: Int32Array };

function* records({ cards, topicSlugs, language }: SearchInput, { hot, newest }: Orders): Generator<PagefindRecord> {
  for (let rank = 0; rank < cards.length; rank++) {
    const card = cards[rank]!;
    yield {
      ...searchRecordOf(card),
      language,
      filters: { topic: topicSlugs[rank]!, source: [card.provider.domain], type: [card.type] },
      sort: { hot: position(hot[rank]!), newest: position(newest[rank]!) },
    };
  }
}

export type SearchBuild = {
  ref: SearchRef;
  /** Once `done` settles: removes a folder this build wrote, for a build that fails after all. */
  discard: () => Promise<void>;
  /**
   * Resolves when the folder is in place, with the path and size of its entry
   * file (the build cache checks it before calling a rebuild up to date);
   * rejects when Pagefind failed.
   */
  done: Promise<{ entry: string; size: number }>;
};

function intactSize(dir: string): number | undefined {
  try {
    return statSync(path.join(dir, ENTRY)).size;
  } catch {
    return undefined;
  }
}

/**
 * Sends every record to Pagefind and starts it writing; resolves once it
 * writes, so the caller can lay out shards meanwhile. Reuses `search/<id>`
 * when the same records built it before.
 */
export async function startSearchIndex(input: SearchInput, outDir: string): Promise<SearchBuild> {
  const hash = createHash('sha256').update(input.language);
  // Made twice (hashed, then sent) rather than held: the two orders are sorted once.
  const orders: Orders = { hot: positions(input.cards, comparators.hot), newest: positions(input.cards, comparators.newest) };
  for (const record of records(input, orders)) hash.update(JSON.stringify(record)).update('\n');
  const id = hash.digest('hex').slice(0, 16);
  const ref: SearchRef = { path: `${SEARCH_DIR}/${id}/`, records: input.cards.length };
  const dir = path.join(outDir, SEARCH_DIR, id);
  const entry = `${ref.path}${ENTRY}`;
  const existing = intactSize(dir);
  // The same records built it before: used as it is, and never discarded (an earlier build names it).
  if (existing !== undefined) return { ref, discard: async () => {}, done: Promise.resolve({ entry, size: existing }) };

  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: input.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let batch: Promise<{ errors: string[] }>[] = [];
  const settle = async () => {
    const failed = (await Promise.all(batch)).find((answer) => answer.errors.length);
    if (failed) throw new Error(`Pagefind rejected a record: ${failed.errors.join('; ')}`);
    batch = [];
  };
  try {
    for (const record of records(input, orders)) {
      batch.push(index.addCustomRecord(record));
      if (batch.length >= IN_FLIGHT) await settle();
    }
    await settle();
  } catch (error) {
    await pagefind.close().catch(() => {});
    throw error;
  }
  // Written beside, renamed into place: a killed build leaves litter (*.tmp), never half an index.
  const temp = temporaryName(dir);
  rmSync(temp, { recursive: true, force: true });
  const done = index.writeFiles({ outputPath: temp }).then(async (written) => {
    await pagefind.close();
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(temp)) if (UNUSED.test(name)) rmSync(path.join(temp, name));
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
    return { entry, size: intactSize(dir) ?? 0 };
  }).catch(async (error: unknown) => {
    rmSync(temp, { recursive: true, force: true });
    await pagefind.close().catch(() => {});
    throw error;
  });
  const discard = async () => {
    await done.catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  return { ref, discard, done };
}
