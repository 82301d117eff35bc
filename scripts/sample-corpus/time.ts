/** Publication times, all counted back from the fixed `now` of shape.json, never the clock. */
import type { Corpus } from './model';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const ymd = (t: number): string => iso(t).slice(0, 10);

/** A time in the window, slightly favouring recent days, at a plausible hour (UTC). */
export function randomTime({ data, random }: Corpus): number {
  const { now, windowDays, publishHourWeights } = data.shape;
  const daysAgo = Math.floor(Math.pow(random.next(), 1.15) * windowDays);
  const dayStart = Math.floor((now - daysAgo * DAY) / DAY) * DAY;
  const hour = random.weighted(publishHourWeights.map((w, h) => [h, w] as const), ([, w]) => w)[0];
  const sec = random.chance(0.45) ? 0 : random.int(1, 59);
  let t = dayStart + hour * HOUR + random.int(0, 59) * MINUTE + sec * 1000;
  if (t > now - 20 * MINUTE) t -= DAY;
  if (t < now - windowDays * DAY) t += DAY;
  return t;
}

/** Whole minutes, or half the time a few seconds past one. */
export const minutes = ({ random }: Corpus, t: number): number =>
  Math.floor(t / MINUTE) * MINUTE + (random.chance(0.5) ? 0 : random.int(1, 59) * 1000);

/** Inside the window and at least a few minutes before now. */
export const clampTime = ({ data, random }: Corpus, t: number): number =>
  Math.max(data.shape.now - data.shape.windowDays * DAY + HOUR, Math.min(t, data.shape.now - random.int(10, 90) * MINUTE));
