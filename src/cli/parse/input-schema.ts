/**
 * The input format: what each front-matter field may hold. Required fields
 * reject the file; an optional field with an impossible value is dropped with
 * a warning (see normalize.ts). Strings that hold numbers or booleans are
 * coerced, because hand-edited files often quote them.
 */
import { z } from 'zod';
import { MAX_TEXT } from './limits';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const numberLike = (value: unknown) => {
  const text = trimmed(value);
  return typeof text === 'string' && text !== '' ? Number(text) : text;
};

export const scoreSchema = z.preprocess(numberLike, z.number().finite().min(0).max(1_000_000));

export const dimensionSchema = z.preprocess(numberLike, z.number().int().positive().max(100_000));

export const flagSchema = z.preprocess((value) => {
  const text = trimmed(value);
  if (typeof text === 'string' && /^(true|yes|1)$/i.test(text)) return true;
  if (typeof text === 'string' && /^(false|no|0)$/i.test(text)) return false;
  return text;
}, z.boolean());

export const textSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().trim().min(1).max(MAX_TEXT),
);

// Timestamps stay strings with the `yaml` core schema; a Date also passes.
export const dateSchema = z.preprocess(
  (value) => {
    if (value instanceof Date) return value.getTime();
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return Number.NaN;
    return Date.parse(value.trim());
  },
  z.number().finite().min(Date.UTC(1970, 0, 1)).max(Date.UTC(2200, 0, 1)),
);

/**
 * A date with no time of day (`2021-08-24`): parsed as that day's midnight
 * UTC like any date, and flagged so the reader never shows that invented time.
 */
export function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
}

export const typeSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(['article', 'video', 'download', 'collection']),
);

// zod 4 treats a bare `z.unknown()` key as required: without `.optional()` an
// image with no width/height (or given as a plain URL string) was dropped as
// "not an image" (found by test/unit/normalize.test.ts).
export const imageInputSchema = z.object({ url: z.unknown(), width: z.unknown().optional(), height: z.unknown().optional() });

export const providerInputSchema = z.object({
  name: z.unknown().optional(),
  domain: z.unknown().optional(),
  images: z.unknown().optional(),
  authors: z.unknown().optional(),
});

export const relatedInputSchema = z.object({
  title: z.unknown(),
  excerpt: z.unknown().optional(),
  publishedDateTime: z.unknown().optional(),
  webUrl: z.unknown().optional(),
  originalUrl: z.unknown().optional(),
  type: z.unknown().optional(),
  provider: z.unknown().optional(),
  images: z.unknown().optional(),
});

export const actionInputSchema = z.object({ url: z.unknown(), title: z.unknown().optional(), type: z.unknown().optional() });
