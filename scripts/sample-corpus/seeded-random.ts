/**
 * Every random draw of one run. The order of the draws is part of the output:
 * calling these in another order (or once more) changes the files, so a
 * refactor must keep the sequence and prove it with a diff of the output.
 */
import { mulberry32 } from '../random';
import { at } from './at';

export interface Random {
  next(): number;
  chance(p: number): boolean;
  int(min: number, max: number): number;
  pick<T>(arr: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (t: T) => number): T;
  shuffle<T>(arr: readonly T[]): T[];
  normal(mean: number, sd: number): number;
  bytes(n: number): Buffer;
  hex(n: number): string;
}

/** Plain closures, no `this`, so callers may destructure what they use. */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const chance = (p: number): boolean => next() < p;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(arr: readonly T[]): T => at(arr, Math.floor(next() * arr.length));

  function weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0);
    let r = next() * total;
    for (const t of items) {
      r -= weight(t);
      if (r < 0) return t;
    }
    return at(items, items.length - 1);
  }

  function shuffle<T>(arr: readonly T[]): T[] {
    const out = [...arr];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [at(out, j), at(out, i)];
    }
    return out;
  }

  function normal(mean: number, sd: number): number {
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  function bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
    return b;
  }
  const hex = (n: number): string => bytes(Math.ceil(n / 2)).toString('hex').slice(0, n);

  return { next, chance, int, pick, weighted, shuffle, normal, bytes, hex };
}
