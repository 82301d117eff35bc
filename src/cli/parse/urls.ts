/** The URL policy: only absolute http(s) URLs ever reach the index. */

export type UrlResult = { url: string } | { problem: string };

/**
 * Resolve one URL from a file. Root-relative paths are resolved against the
 * base URL when one was given; everything that is not http(s) afterwards
 * (`javascript:`, `data:`, protocol-relative, bare words) is refused.
 */
export function resolveUrl(raw: unknown, baseUrl?: string): UrlResult {
  if (typeof raw !== 'string') return { problem: 'is not a string' };
  // eslint-disable-next-line no-control-regex
  const text = raw.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  if (!text) return { problem: 'is empty' };
  if (text.startsWith('/') && !text.startsWith('//')) {
    if (!baseUrl) return { problem: `is root-relative (${truncateUrl(text)}) and no --base-url was given` };
    // `new URL('/\\', base)` throws (a path that parses as an empty authority);
    // it used to escape and reject the whole file (found by the property tests).
    let resolved: string;
    try {
      resolved = new URL(text, baseUrl).href;
    } catch {
      return { problem: `cannot be resolved against --base-url (${truncateUrl(text)})` };
    }
    return resolveUrl(resolved);
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { problem: `is not an absolute URL (${truncateUrl(text)})` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { problem: `uses the unsafe scheme ${parsed.protocol} (${truncateUrl(text)})` };
  }
  if (!parsed.hostname) return { problem: `has no host (${truncateUrl(text)})` };
  return { url: parsed.href };
}

/**
 * An image address as the page will load it: http is upgraded to https, as
 * browsers already do for images on https pages, so the reader's policy can
 * allow images over https only. A host without https shows no image either way.
 */
export function resolveImageUrl(raw: unknown, baseUrl?: string): UrlResult {
  const result = resolveUrl(raw, baseUrl);
  return 'url' in result && result.url.startsWith('http:') ? { url: `https:${result.url.slice(5)}` } : result;
}

function truncateUrl(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/**
 * The identity of an article: lower-case host without `www.`, no fragment, no
 * tracking parameters, no trailing slash, default port dropped; http and https
 * are the same article.
 */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  // `(www\.)+` and both default ports, so that the canonical form of a
  // canonical URL is itself (idempotence, found by the property tests).
  const host = parsed.hostname.toLowerCase().replace(/^(www\.)+/, '');
  const params = [...parsed.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let end = parsed.pathname.length;
  while (end > 0 && parsed.pathname.charCodeAt(end - 1) === 47) end--;
  const path = parsed.pathname.slice(0, end);
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  return `${host}${port}${path}${query}`;
}

/** Domain used to key providers: lower case, no `www.`. */
export function domainOf(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return '';
    }
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** A YouTube video id from a watch, short, embed or nocookie URL. */
export function youtubeId(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^(www|m)\./, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = parsed.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = parsed.pathname.split('/');
    id = first === 'watch' ? parsed.searchParams.get('v') : first === 'embed' || first === 'shorts' || first === 'v' ? second : undefined;
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

/** The `src` of the first iframe in an HTML string, used only to find a video id. */
export function iframeSrc(html: string): string | undefined {
  // The first tag only, cut at its ">": one scan, however the string is made.
  const start = html.search(/<iframe\b/i);
  if (start < 0) return undefined;
  const end = html.indexOf('>', start);
  const tag = html.slice(start, end < 0 ? undefined : end);
  return /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
}
