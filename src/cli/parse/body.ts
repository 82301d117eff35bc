/** Article bodies: markdown with raw HTML in, sanitised HTML out, at build time. */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { resolveImageUrl, resolveUrl } from './urls';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
  'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'dl', 'dt', 'dd', 'abbr', 'span',
];

/**
 * Converts and sanitises a body. The allow-list has no scripts, styles,
 * iframes, forms or event handlers; every link and image must pass the same
 * URL policy as the front matter, and links open in a new tab without opener.
 */
export function renderBody(source: string, baseUrl: string | undefined): string | undefined {
  if (!source.trim()) return undefined;
  const html = marked.parse(source, { async: false, gfm: true });
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
      abbr: ['title'],
      th: ['colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = resolveUrl(attribs.href, baseUrl);
        const out: Record<string, string> = {};
        if ('url' in href) Object.assign(out, { href: href.url, rel: 'noopener noreferrer nofollow', target: '_blank' });
        if (attribs.title) out.title = attribs.title;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const src = resolveImageUrl(attribs.src, baseUrl);
        const out: Record<string, string> = { loading: 'lazy', decoding: 'async', alt: attribs.alt ?? '' };
        if ('url' in src) out.src = src.url;
        for (const key of ['width', 'height'] as const) {
          if (attribs[key] && /^\d{1,4}$/.test(attribs[key])) out[key] = attribs[key];
        }
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  }).trim();
  // `[^<>]`: a stray "<" ends the candidate tag, so no run is scanned twice.
  const text = clean.replace(/<[^<>]*>/g, '').replace(/&nbsp;|\s/g, '');
  return text || /<img\b/.test(clean) ? clean : undefined;
}
