/**
 * One copy of each string that many records repeat. A record comes from a
 * worker (structured clone) or from the build cache (JSON) with its own copy
 * of its outlet's name and domain and of each topic name: at 100,000 articles
 * those copies alone cost megabytes, and they grow with the corpus.
 */
import type { CompactRecord } from '../record';

export class SharedStrings {
  private readonly seen = new Map<string, string>();

  private one(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    this.seen.set(text, text);
    return text;
  }

  /**
   * Only fields of few distinct values: the map holds every distinct value
   * once, so a field that differs per article (a title, an image) would cost
   * more here than it saves.
   */
  share(record: CompactRecord): CompactRecord {
    record.providerDomain = this.one(record.providerDomain);
    if (record.providerName !== undefined) record.providerName = this.one(record.providerName);
    if (record.providerLogo !== undefined) record.providerLogo = this.one(record.providerLogo);
    record.type = this.one(record.type) as CompactRecord['type'];
    record.topicNames = record.topicNames.map((name) => this.one(name));
    return record;
  }
}
