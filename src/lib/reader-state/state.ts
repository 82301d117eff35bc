import type { Card } from '../../shared/index-schema';

/**
 * What the reader remembers, all of it in this browser: no account, no
 * server. Each collection is stored under its own key (storage.ts), so one
 * change rewrites one collection and two tabs rarely touch the same one.
 */

/** A card marked read (opened, `m`) or, after a "mark all", marked unread again. */
export type Mark = { read: boolean; at: number };

/**
 * "Mark all as read" on a list: every article of `list` published at or
 * before `to` (and at or after `from`, on a time-filtered list) is read.
 * A rule, not 100,000 marks, so a list of any size is marked at once.
 */
export type ReadAll = { list: string; from?: string; to: string; at: number };

/**
 * A saved card keeps everything the card shows, and the outlet's address
 * when it is known, so it stays on /saved, and readable at the outlet, when
 * a later index drops the article.
 */
export type SavedItem = { card: Card; savedAt: number; url?: string };

/** A followed or muted list (`topic:<slug>`, `source:<domain>`) and the name to show for it. */
export type ListChoice = { name: string; at: number };

/** The newest article time the reader has seen, for "new since your last visit". */
export type Visit = { seenNewest: string; at: number };

export type Collections = {
  marks: Record<string, Mark>;
  readAll: ReadAll[];
  saved: Record<string, SavedItem>;
  follows: Record<string, ListChoice>;
  mutes: Record<string, ListChoice>;
  visit: Visit | null;
};

export type CollectionName = keyof Collections;

export const emptyCollections = (): Collections => ({
  marks: {},
  readAll: [],
  saved: {},
  follows: {},
  mutes: {},
  visit: null,
});

export const COLLECTIONS = Object.keys(emptyCollections()) as CollectionName[];

/**
 * Read marks are kept for a season and at most this many: enough for a daily
 * reader, and a bound on what every change rewrites.
 */
export const MAX_MARKS = 5000;
export const MARK_MAX_AGE_MS = 120 * 24 * 3600 * 1000;
export const MAX_READ_ALL = 100;

/** Drops the oldest marks past the age and count limits. */
export function pruneMarks(marks: Record<string, Mark>, now: number): Record<string, Mark> {
  const entries = Object.entries(marks).filter(([, mark]) => now - mark.at <= MARK_MAX_AGE_MS);
  if (entries.length <= MAX_MARKS && entries.length === Object.keys(marks).length) return marks;
  entries.sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, MAX_MARKS));
}

export type ReaderSnapshot = Collections & {
  /** Loaded from storage (or given up on): until then lists do not hide anything yet. */
  ready: boolean;
  /** False when storage is unavailable: everything works, for this session only. */
  persistent: boolean;
  /** The last topic or source muted in this tab, for the lists' "Undo"; never stored. */
  lastMuted?: { key: string; name: string };
};
