/**
 * The index as the site step reads it: from the files `heatline index` wrote
 * (the reader's own format, docs/index-format.md), one shard at a time, so a
 * large index is streamed, never held whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listKey } from '../../shared/constants';
import type {
  ArticleIndexShard, Card, CardIndexShard, CardsShard, ListRef, ListsShard, Manifest, StoryPage, StoryShard, TopicsShard,
} from '../../shared/index-schema';
import { shardName } from '../../shared/shard-paths';

export class BuiltIndex {
  readonly manifest: Manifest;

  constructor(readonly dataDir: string) {
    this.manifest = this.read<Manifest>('manifest.json');
  }

  read<T>(name: string): T {
    return JSON.parse(readFileSync(path.join(this.dataDir, name), 'utf8')) as T;
  }

  /** Every card in heat order, a chunk at a time. */
  *cards(): Generator<Card> {
    for (const chunk of this.read<CardIndexShard>(this.manifest.cards).chunks) {
      yield* this.read<CardsShard>(chunk).cards;
    }
  }

  /** Every topic's and source's own list (not its time windows), in directory order. */
  *lists(): Generator<ListRef> {
    const { id, count } = this.manifest.lists;
    for (let n = 0; n < count; n++) {
      for (const ref of Object.values(this.read<ListsShard>(shardName.listDirectory(id, n)).lists)) {
        if (!listKey.split(ref.key).window) yield ref;
      }
    }
  }

  topics(): TopicsShard['topics'] {
    return this.read<TopicsShard>(this.manifest.topics).topics;
  }

  /** Every story page, a bucket at a time. */
  *stories(): Generator<StoryPage> {
    const { id, pages } = this.manifest.stories;
    for (let n = 0; n < pages; n++) {
      for (const bucket of this.read<ArticleIndexShard>(shardName.storyIndex(id, n)).buckets) {
        yield* Object.values(this.read<StoryShard>(bucket).stories);
      }
    }
  }
}
