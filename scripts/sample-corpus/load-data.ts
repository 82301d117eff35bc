/** Reads scripts/corpus-data once at start; nothing here draws a random number. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bodies, CorpusData, DraftSpec, EventSpec, Kind, KindText, Media, Outlets, ReferenceArticle, Shape, TopicSpec, UrlNoise, Words } from './data-types';

function read<T>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../corpus-data/${name}`, import.meta.url)), 'utf8')) as T;
}

export function loadCorpusData(): CorpusData {
  const shape = read<Omit<Shape, 'now'> & { now: string }>('shape.json');
  const { kinds, followUpPrefixes } = read<{ kinds: Record<Kind, KindText>; followUpPrefixes: string[] }>('kinds.json');
  const { genericTopic, events, drafts } = read<{ genericTopic: string; events: EventSpec[]; drafts: DraftSpec[] }>('events.json');
  return {
    shape: { ...shape, now: Date.parse(shape.now) },
    topics: read<{ topics: TopicSpec[] }>('topics.json').topics,
    words: read<Words>('words.json'),
    kinds,
    followUpPrefixes,
    media: read<Media>('videos-and-downloads.json'),
    outlets: read<Outlets>('outlets.json'),
    urls: read<UrlNoise>('urls.json'),
    bodies: read<Bodies>('bodies.json'),
    reference: read<ReferenceArticle>('reference-article.json'),
    genericTopic,
    events,
    drafts,
  };
}
