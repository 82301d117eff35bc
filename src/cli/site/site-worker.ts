/** A site step helper thread: its share of the articles, the stories, then its share of the lists (see site-threads.ts). */
import { workerData } from 'node:worker_threads';
import type { CardsShard } from '../../shared/index-schema';
import { BuiltIndex } from './built-index';
import { BEAT, claim as claimIn, NEXT_CHUNK, NEXT_LIST, POSTED, type HelperData, type HelperMessage, type MainMessage } from './site-threads';
import { NewestCollector, SiteWriter, writeChunk, writeList, writeStories, type ChunkResult, type ListResult } from './site-writer';

const { setup, dataDir, chunks, stories, shared, port } = workerData as HelperData;

const send = (message: HelperMessage) => {
  port.postMessage(message);
  Atomics.add(shared, POSTED, 1);
  Atomics.notify(shared, POSTED);
};
const claim = (cell: number, total: number) => claimIn(shared, cell, total);
const beat = () => {
  Atomics.add(shared, BEAT, 1);
};

function run(lists: Promise<MainMessage>) {
  const index = new BuiltIndex(dataDir);
  const writer = new SiteWriter(setup);
  const newest = new NewestCollector(index.manifest.newest?.published);
  const done: [number, ChunkResult][] = [];
  for (let n = claim(NEXT_CHUNK, chunks.length); n !== undefined; n = claim(NEXT_CHUNK, chunks.length)) {
    done.push([n, writeChunk(writer, index.read<CardsShard>(chunks[n]!).cards, newest)]);
    beat();
  }
  send({ kind: 'articles', chunks: done, newest: newest.newest });
  if (stories) send({ kind: 'stories', stories: writeStories(writer, index.stories(), beat) });
  return lists.then((message) => {
    const results: [number, ListResult][] = [];
    for (let n = claim(NEXT_LIST, message.lists.length); n !== undefined; n = claim(NEXT_LIST, message.lists.length)) {
      results.push([n, writeList(writer, index, message.lists[n]!)]);
      beat();
    }
    send({ kind: 'lists', lists: results, counts: writer.counts });
  });
}

const lists = new Promise<MainMessage>((resolve) => port.once('message', resolve));
try {
  await run(lists);
} catch (error) {
  send({ kind: 'error', message: String((error as Error).stack ?? error) });
}
port.close();
