/**
 * The set of shards one build writes: each named by a hash of its content
 * (or a group by one hash of the whole group), handed to a sink as it is made
 * and never twice.
 */
import { createHash } from 'node:crypto';

/** Where shards go as they are made; the disk sink writes them at once, so they are not all held in memory. */
export interface ShardSink {
  put(name: string, json: string): void;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export class ShardSet {
  readonly names = new Set<string>();
  constructor(private readonly sink: ShardSink) {}

  add(kind: string, body: unknown): string {
    return this.addJson(kind, JSON.stringify(body));
  }

  addJson(kind: string, json: string): string {
    return this.addNamed(`${kind}/${hashOf(json)}.json`, json);
  }

  /**
   * A group of shards found by number: named by one hash of the whole group
   * (see src/shared/shard-paths.ts) and written with those names.
   */
  addGroup(jsons: string[], nameOf: (id: string, n: number) => string): string {
    const id = hashOf(jsons.join('\n'));
    jsons.forEach((json, n) => this.addNamed(nameOf(id, n), json));
    return id;
  }

  private addNamed(name: string, json: string): string {
    if (!this.names.has(name)) {
      this.names.add(name);
      this.sink.put(name, json);
    }
    return name;
  }
}
