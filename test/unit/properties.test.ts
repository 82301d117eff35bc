import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { renderBody } from '../../src/cli/parse/body';
import { normalizeFile } from '../../src/cli/parse/normalize';
import { slugify } from '../../src/cli/link/slug';
import { cleanExcerpt, cleanText, collapseWhitespace, decodeEntities, removeInvisible, repairMojibake } from '../../src/cli/parse/text';
import { canonicalUrl, resolveUrl } from '../../src/cli/parse/urls';
import { bytes, fields } from './helpers';

// Thousands of runs each; generous under a loaded CI machine.
vi.setConfig({ testTimeout: 30_000 });

const cp1252 = new TextDecoder('windows-1252');
const mojibake = (text: string) => cp1252.decode(new TextEncoder().encode(text));

/** Strings rich in the characters mojibake is made of, plus controls, marks and white space. */
const mojibakeish = fc
  .array(fc.oneof(
    fc.constantFrom('Ã', '©', 'â', '€', '™', 'Â', '\u00a0', ' ', '\t', '\u0001', 'e', 'S', 'Ì', 'Œ', '\u0081', '\u0301', 'ž', '’', 'Ÿ'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.string({ maxLength: 6 }).map(mojibake),
    fc.string({ unit: 'grapheme', maxLength: 6 }).map(mojibake).map(mojibake),
  ), { maxLength: 16 })
  .map((parts) => parts.join(''));
/**
 * Strings made of the pieces the other cleaning steps act on: entities (also
 * split and double-encoded), invisible and joining characters, tags, sentence
 * ends, mixed with mojibake, so that one step's output feeds another's input.
 */
const markupish = fc
  .array(fc.oneof(
    fc.constantFrom(
      '&', 'amp;', '&amp;', '#', '#8217;', '&#x2019;', '&nbsp;', '&hellip;', '&lt;', '&gt;', 'lt;', 'p&gt;', '&shy;', '&Atilde;', '&copy;',
      ';', '&#128;', '&#0;', '&#x200b;', '\u200b', '\u00ad', '\u200c', '\u200d', '\u200e', '\u202e', '\u2066', '\u2060', '\ufeff', '\u061c',
      '\u{e0067}', '\u{e007f}', '🏴', '👩', '💻', '<p>', '</p>', '<br>', '<b>', '</b>', '<script>', '</script>', '<', '>', '<div', ' ', '.', '…',
      ',', '—', '”', ')', '?', 'word ', 'x'.repeat(40), 'â€', 'Ã',
    ),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.string({ maxLength: 6 }).map(mojibake),
  ), { maxLength: 24 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), mojibakeish, markupish);

describe('normalisation is idempotent', () => {
  it('repairMojibake', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = repairMojibake(text);
      expect(repairMojibake(once)).toBe(once);
    }), { numRuns: 2000 });
  });

  it('repairMojibake undoes one round of mojibake on clean text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      fc.pre(repairMojibake(text) === text);
      expect(repairMojibake(mojibake(text))).toBe(text);
    }), { numRuns: 1000 });
  });

  it('collapseWhitespace', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = collapseWhitespace(text);
      expect(collapseWhitespace(once)).toBe(once);
      expect(once).not.toMatch(/\s\s|^\s|\s$/);
    }), { numRuns: 1000 });
  });

  it('cleanText', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
    }), { numRuns: 2000 });
  });

  it('cleanText gives what its steps give, taking its shortcut for text that needs no cleaning or not', () => {
    const steps = (text: string) => {
      let current = text;
      for (let i = 0; i < 8; i++) {
        const next = collapseWhitespace(removeInvisible(repairMojibake(decodeEntities(current.normalize('NFC'))))).normalize('NFC');
        if (next === current) break;
        current = next;
      }
      return current;
    };
    // Plain words and the characters that sit at the shortcut's edges.
    const words = fc
      .array(fc.oneof(fc.constantFrom('News', 'café', 'e\u0301', '中文', '’', '&', '\u00ff', '\u0100', '\u007f', '\u00ad', '\u200b', ' ', '  ', '\t'), fc.string({ maxLength: 3 })), { maxLength: 12 })
      .map((parts) => parts.join(' '));
    fc.assert(fc.property(fc.oneof(anyText, words), (text) => {
      expect(cleanText(text)).toBe(steps(text));
    }), { numRuns: 3000 });
  });

  it('decodeEntities and removeInvisible leave nothing to do for a second call', () => {
    fc.assert(fc.property(anyText, (text) => {
      const invisible = removeInvisible(text);
      expect(removeInvisible(invisible)).toBe(invisible);
      expect(invisible).not.toMatch(/[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c]/);
      const decoded = decodeEntities(text);
      if (decoded === decodeEntities(decoded)) return;
      // Only text encoded more often than one call decodes is left with work.
      expect(text).toMatch(/&(amp;|#0*38;|#x0*26;)/i);
    }), { numRuns: 2000 });
  });

  it('cleanText keeps every joiner and no other invisible character', () => {
    const joiners = (text: string) => text.match(/\p{Join_Control}/gu)?.length ?? 0;
    fc.assert(fc.property(anyText, (text) => {
      const once = cleanText(text);
      // Tag characters survive only inside a flag sequence.
      expect(once.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, '')).not.toMatch(/(?!\p{Join_Control})\p{Cf}/u);
      expect(joiners(once)).toBeGreaterThanOrEqual(joiners(text));
    }), { numRuns: 2000 });
  });

  it('cleanExcerpt', () => {
    fc.assert(fc.property(fc.oneof(anyText, markupish.map((s) => `${'A long enough excerpt. '.repeat(5)}${s}`)), (text) => {
      const once = cleanExcerpt(text);
      expect(cleanExcerpt(once)).toBe(once);
      expect(once).not.toMatch(/\s\s|^\s|\s$/);
      if ([...once].length >= 100) expect(once).toMatch(/(?:\p{Sentence_Terminal}|[…:;])[\p{Pe}\p{Pf}"'›]*$/u);
    }), { numRuns: 2000 });
  });

  it('slugify', () => {
    fc.assert(fc.property(fc.oneof(anyText, fc.string({ unit: 'grapheme', minLength: 60, maxLength: 200 })), (text) => {
      const once = slugify(text);
      expect(slugify(once)).toBe(once);
      expect(once.length).toBeLessThanOrEqual(80);
      expect(once).not.toMatch(/^-|-$|--|[\s/?#%.'"<>\\]/);
    }), { numRuns: 2000 });
  });

  it('canonicalUrl of a canonical-derived URL', () => {
    const urls = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl({ authoritySettings: { withPort: true, withIPv4: true, withUserInfo: true }, withQueryParameters: true }),
      fc.constantFrom(
        'https://www.www.example.com/a', 'http://example.com:443/a', 'https://example.com:80/a',
        'https://EXAMPLE.com/a/?utm_source=x&b=2&a=1#f', 'https://example.com/%7Efoo/', 'https://example.com/?a=1&a=0',
      ),
    );
    fc.assert(fc.property(urls, fc.constantFrom('http://', 'https://'), (url, scheme) => {
      const once = canonicalUrl(url);
      expect(canonicalUrl(`${scheme}${once}`)).toBe(once);
      expect(once).not.toMatch(/#|\/$|^www\.|utm_|fbclid|gclid/);
      expect(once).toBe(once.replace(/^[^/?:]+/, (host) => host.toLowerCase()));
    }), { numRuns: 2000 });
  });
});

describe('resolveUrl never returns a non-http(s) URL', () => {
  const prefixes = fc.constantFrom(
    'javascript:', ' JaVaScRiPt:', 'java\tscript:', 'java\nscript:', '\u0000javascript:', 'data:', 'DATA:text/html,', 'vbscript:',
    'file:', '//', '/\\', '\\\\', '/', ' /', 'http:', 'https:', 'http://', 'https://', 'ftp://', 'blob:', 'about:', '',
  );
  const candidates = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.webUrl(),
    fc.tuple(prefixes, fc.oneof(fc.string(), fc.webUrl(), fc.domain())).map(([p, s]) => p + s),
  );
  const isHttp = (url: string) => {
    expect(url).toMatch(/^https?:\/\/[^/]/);
    const parsed = new URL(url);
    expect(['http:', 'https:']).toContain(parsed.protocol);
    expect(parsed.hostname).not.toBe('');
  };

  it('without a base URL', () => {
    fc.assert(fc.property(candidates, (raw) => {
      const result = resolveUrl(raw);
      if ('url' in result) isHttp(result.url);
      else expect(typeof result.problem).toBe('string');
    }), { numRuns: 3000 });
  });

  it('with a base URL', () => {
    fc.assert(fc.property(candidates, fc.webUrl(), (raw, base) => {
      const result = resolveUrl(raw, base);
      if ('url' in result) isHttp(result.url);
    }), { numRuns: 2000 });
  });

  it('for values that are not strings', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      fc.pre(typeof raw !== 'string');
      expect('problem' in resolveUrl(raw)).toBe(true);
    }));
  });
});

describe('renderBody output is always safe', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '<script>', '</script>', '<SCRIPT src=x>', '<scr', 'ipt>', '<script', '<img', '<a', '<p', '<svg', '<iframe', '<object', '<style>',
      '<math>', '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '/>', '"', "'", '`', '=', ' ', '\n', '\t', '&#', '&#x6A;', '&lt;', '&amp;',
      ' onerror=', ' onclick="', ' OnLoad=', ' on', 'error=', ' href=', ' src=', ' srcset=', ' style=', ' xlink:href=', ' formaction=',
      'javascript:', 'JaVaScRiPt:', 'java\tscript:', 'data:text/html,', 'vbscript:', 'alert(1)', 'https://ok.example/', '//evil.example',
      '[x](', ')', '![i](', '`code`', '```\n', '# ', '* ', '> ',
    ),
    fc.string({ maxLength: 5 }),
  );
  const html = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('has no script, no event handler, no unsafe URL', () => {
    fc.assert(fc.property(html, fc.option(fc.constant('https://base.example')), (source, base) => {
      const out = renderBody(source, base ?? undefined) ?? '';
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/<(iframe|object|embed|svg|math|style|form|input|button|link|meta|base)\b/i);
      for (const tag of out.matchAll(/<[a-z0-9]+((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
        for (const attr of tag[1]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
          expect(attr[1]!).not.toMatch(/^on/i);
          expect(attr[1]!).not.toMatch(/^(style|srcset|formaction|xlink:href)$/i);
          if (/^(href|src)$/i.test(attr[1]!)) expect(attr[2]!).toMatch(/^https?:\/\/[^/]/);
          expect(attr[2] ?? '').not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
      }
      // Every tag left is well-formed: no attribute sneaks out through a broken tag.
      expect(out.replace(/<\/?[a-z0-9]+((?:\s+[^\s=>"']+(?:="[^"]*")?)*)\s*\/?>/gi, '')).not.toMatch(/</);
    }), { numRuns: 1500 });
  });
});

describe('normalizeFile never throws', () => {
  const options = fc.record({ baseUrl: fc.option(fc.constant('https://base.example'), { nil: undefined }), includeUnpublished: fc.boolean() });

  function safe(outcome: ReturnType<typeof normalizeFile>): void {
    expect(['article', 'removed', 'skipped-unpublished', 'rejected']).toContain(outcome.kind);
    if (outcome.kind === 'rejected') expect(outcome.reason).toMatch(/\S/);
    if (outcome.kind !== 'article') return;
    const r = outcome.record;
    const urls = [r.url, r.providerLogo, ...r.images.map((i) => i.url), ...(r.actions ?? []).map((a) => a.url),
      ...r.related.flatMap((x) => [x.url, x.image?.url])].filter((u): u is string => u !== undefined);
    for (const u of urls) expect(u).toMatch(/^https?:\/\/[^/]/);
    expect(r.title).toMatch(/\S/);
    expect(Number.isFinite(r.publishedMs)).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/secured|featuredContent|<script|<iframe/i);
  }

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), options, (data, opts) => {
      safe(normalizeFile('x.md', data, opts));
    }), { numRuns: 500 });
  });

  it('on arbitrary text, with and without fences', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.string({ maxLength: 500 }).map((s) => `---\n${s}\n---\n`),
      fc.tuple(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 })).map(([a, b]) => `\uFEFF---\r\n${a}\r\n---\r\n${b}`),
    );
    fc.assert(fc.property(text, options, (t, opts) => safe(normalizeFile('x.md', bytes(t), opts))), { numRuns: 1000 });
  });

  it('on front matter built from arbitrary values', () => {
    const key = fc.constantFrom(
      'title', 'excerpt', 'webUrl', 'originalUrl', 'publishedDateTime', 'type', 'heat', 'quality', 'published', 'removed',
      'deleted', 'category', 'provider', 'topics', 'images', 'related', 'actions', 'featuredContent', 'secured',
    );
    const value = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.webUrl(),
      fc.constantFrom('javascript:alert(1)', '/root/relative', '2024-01-01T00:00:00Z', '72', '-1', 'true', '.nan', null),
      fc.array(fc.dictionary(fc.constantFrom('url', 'title', 'width', 'height', 'webUrl', 'provider', 'name', 'domain', 'images'), fc.anything({ maxDepth: 2 })), { maxLength: 3 }),
    );
    const frontMatter = fc.tuple(fc.dictionary(key, value), fc.boolean()).map(([overrides, valid]) => (valid ? fields(overrides) : overrides));
    fc.assert(fc.property(frontMatter, fc.string({ maxLength: 200 }), options, (fm, body, opts) => {
      let yaml: string;
      try {
        yaml = stringify(fm);
      } catch {
        return;
      }
      safe(normalizeFile('x.md', bytes(`---\n${yaml}---\n${body}`), opts));
    }), { numRuns: 500 });
  });
});
