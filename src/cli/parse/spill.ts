/**
 * Article-page text on disk while a large build runs. Workers append each
 * article's JSON text to a spill file and hand the main thread only its
 * offset; the main thread reads it back when it writes that article's
 * bucket. 100,000 articles' pages would otherwise sit in memory together.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** An article's page fields and related entries, as JSON texts. */
export type RecordText = { detail: string; related: string[] };
/** `spill` numbers the writer's file (its thread id): a path per article would cost megabytes. */
export type SpillRef = { spill: number; offset: number; length: number };

const spillFile = (dir: string, id: number) => path.join(dir, `spill-${process.pid}-${id}.json`);

const isSpilled = (text: RecordText | SpillRef): text is SpillRef => 'spill' in text;

export class SpillWriter {
  private readonly fd: number;
  private offset = 0;

  constructor(dir: string) {
    this.fd = openSync(spillFile(dir, threadId), 'w');
  }

  put(text: RecordText): SpillRef {
    const bytes = Buffer.from(JSON.stringify([text.detail, text.related]));
    writeSync(this.fd, bytes);
    const ref = { spill: threadId, offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    return ref;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export class SpillReader {
  private readonly fds = new Map<number, number>();

  /** `dir` is where the writers of this build spill; unused when nothing was spilled. */
  constructor(private readonly dir = '') {}

  text(text: RecordText | SpillRef): RecordText {
    if (!isSpilled(text)) return text;
    let fd = this.fds.get(text.spill);
    if (fd === undefined) {
      fd = openSync(spillFile(this.dir, text.spill), 'r');
      this.fds.set(text.spill, fd);
    }
    const bytes = Buffer.allocUnsafe(text.length);
    readSync(fd, bytes, 0, text.length, text.offset);
    const [detail, related] = JSON.parse(bytes.toString('utf8')) as [string, string[]];
    return { detail, related };
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
