/**
 * Reading one front-matter field at a time: each optional value is checked
 * against the input schema and dropped with a warning that names the field
 * and its line when it does not fit (see normalize.ts for required fields).
 */
import type { z } from 'zod';
import type { Image } from '../../shared/index-schema';
import { dimensionSchema, imageInputSchema, textSchema } from './input-schema';
import { MAX_TEXT } from './limits';
import { cleanExcerpt, cleanText } from './text';
import { resolveImageUrl, resolveUrl } from './urls';

export class FieldReader {
  readonly warnings: string[] = [];
  constructor(
    private readonly lineOf: (key: string) => number | undefined,
    readonly baseUrl: string | undefined,
  ) {}

  warn(field: string, message: string): void {
    const top = field.split(/[.[]/)[0]!;
    const line = this.lineOf(top);
    this.warnings.push(`${line ? `line ${line}: ` : ''}${field} ${message}`);
  }

  /** The parsed value, or undefined (with a warning when a value was there). */
  optional<T>(schema: z.ZodType<T>, value: unknown, field: string, what: string): T | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.warn(field, `${what}; dropped (${JSON.stringify(value)?.slice(0, 40)})`);
    return undefined;
  }

  /** A string past MAX_TEXT is named as such, not as "not text". */
  private tooLong(value: unknown, field: string): boolean {
    if (typeof value !== 'string' || value.length <= MAX_TEXT) return false;
    this.warn(field, `is ${value.length} characters; the limit is ${MAX_TEXT}; dropped`);
    return true;
  }

  text(value: unknown, field: string): string | undefined {
    if (this.tooLong(value, field)) return undefined;
    const raw = this.optional(textSchema, value, field, 'is not text');
    const clean = raw === undefined ? undefined : cleanText(raw);
    return clean || undefined;
  }

  /** Like text, and HTML tags stripped, and an ellipsis where the source cut it off. */
  excerpt(value: unknown, field: string): string | undefined {
    if (this.tooLong(value, field)) return undefined;
    const raw = this.optional(textSchema, value, field, 'is not text');
    const clean = raw === undefined ? undefined : cleanExcerpt(raw);
    return clean || undefined;
  }

  url(value: unknown, field: string, resolve = resolveUrl): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const result = resolve(value, this.baseUrl);
    if ('url' in result) return result.url;
    this.warn(field, `${result.problem}; dropped`);
    return undefined;
  }

  images(value: unknown, field: string): Image[] {
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    const images: Image[] = [];
    list.forEach((item, i) => {
      const where = `${field}[${i}]`;
      const parsed = imageInputSchema.safeParse(typeof item === 'string' ? { url: item } : item);
      if (!parsed.success) return this.warn(where, 'is not an image; dropped');
      const url = this.url(parsed.data.url, `${where}.url`, resolveImageUrl);
      if (!url) return;
      const width = this.optional(dimensionSchema, parsed.data.width, `${where}.width`, 'is not a positive whole number');
      const height = this.optional(dimensionSchema, parsed.data.height, `${where}.height`, 'is not a positive whole number');
      images.push(width && height ? { url, width, height } : { url });
    });
    return images;
  }
}
