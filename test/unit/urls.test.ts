import { describe, expect, it } from 'vitest';
import { canonicalUrl, domainOf, iframeSrc, resolveImageUrl, resolveUrl, youtubeId } from '../../src/cli/parse/urls';
import { renderBody } from '../../src/cli/parse/body';
import { accept, articleText } from './helpers';

const ok = (raw: unknown, base?: string) => {
  const result = resolveUrl(raw, base);
  return 'url' in result ? result.url : undefined;
};

describe('resolveUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(ok('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(ok('http://example.com')).toBe('http://example.com/');
    expect(ok('  https://example.com/trimmed  ')).toBe('https://example.com/trimmed');
    expect(ok('HTTPS://EXAMPLE.COM/Path')).toBe('https://example.com/Path');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    '//evil.example.com/x',
    'example.com/no-scheme',
    'just words',
    'https://',
    'http://',
  ])('refuses %j', (raw) => {
    const result = resolveUrl(raw);
    expect('problem' in result && result.problem).toBeTruthy();
  });

  it('names the problem', () => {
    expect(resolveUrl('javascript:alert(1)')).toEqual({ problem: expect.stringContaining('unsafe scheme javascript:') });
    expect(resolveUrl('data:,x')).toEqual({ problem: expect.stringContaining('data:') });
    expect(resolveUrl('//evil.example.com/x')).toEqual({ problem: expect.stringContaining('not an absolute URL') });
    expect(resolveUrl('')).toEqual({ problem: 'is empty' });
    expect(resolveUrl('   ')).toEqual({ problem: 'is empty' });
    expect(resolveUrl(42)).toEqual({ problem: 'is not a string' });
    expect(resolveUrl(undefined)).toEqual({ problem: 'is not a string' });
    expect(resolveUrl({ url: 'https://a.com' })).toEqual({ problem: 'is not a string' });
  });

  it('drops root-relative URLs when no base URL is given', () => {
    expect(resolveUrl('/assets/images/logo.jpg')).toEqual({ problem: expect.stringContaining('root-relative') });
    expect(resolveUrl('/assets/images/logo.jpg')).toEqual({ problem: expect.stringContaining('--base-url') });
  });

  it('resolves root-relative URLs against --base-url', () => {
    expect(ok('/assets/images/logo.jpg', 'https://everyday.example')).toBe('https://everyday.example/assets/images/logo.jpg');
    expect(ok('/a/b?c=1', 'https://base.example/deep/path/')).toBe('https://base.example/a/b?c=1');
  });

  it('still refuses unsafe URLs when a base URL is given', () => {
    for (const raw of ['javascript:alert(1)', 'data:,x', '//evil.example.com/x', 'relative/path']) {
      expect(ok(raw, 'https://base.example')).toBeUndefined();
    }
  });

  it('refuses a root-relative path that cannot be resolved, instead of throwing', () => {
    expect(resolveUrl('/\\', 'https://base.example')).toEqual({ problem: expect.stringContaining('cannot be resolved') });
  });

  it('never lets a root-relative URL escape to another scheme', () => {
    expect(ok('/\\evil.example.com/x', 'https://base.example')).toMatch(/^https:\/\//);
  });
});

describe('image addresses', () => {
  it('are upgraded from http to https, and links are not', () => {
    expect(resolveImageUrl('http://cdn.example/a.jpg')).toEqual({ url: 'https://cdn.example/a.jpg' });
    expect(resolveImageUrl('/a.jpg', 'http://site.example')).toEqual({ url: 'https://site.example/a.jpg' });
    expect(resolveImageUrl('javascript:alert(1)')).toHaveProperty('problem');
    const { record } = accept(articleText({
      webUrl: 'http://site.example/story',
      images: [{ url: 'http://cdn.example/lead.jpg' }],
      provider: { name: 'Site', images: [{ url: 'http://cdn.example/logo.png' }] },
    }));
    expect(record.url).toBe('http://site.example/story');
    expect(record.images).toEqual([{ url: 'https://cdn.example/lead.jpg' }]);
    expect(record.providerLogo).toBe('https://cdn.example/logo.png');
    const body = renderBody('![chart](http://cdn.example/chart.png) [source](http://data.example/)', undefined)!;
    expect(body).toContain('src="https://cdn.example/chart.png"');
    expect(body).toContain('href="http://data.example/"');
  });

  it('never reach the page over http, so the reader allows images over https only', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(html).toMatch(/img-src 'self' https:;/);
  });
});

describe('canonicalUrl', () => {
  it('lower-cases the host and drops www.', () => {
    expect(canonicalUrl('https://WWW.Example.COM/Path/Case')).toBe('example.com/Path/Case');
  });

  it('drops the fragment', () => {
    expect(canonicalUrl('https://example.com/a#section-2')).toBe('example.com/a');
  });

  it('drops utm_*, fbclid and gclid but keeps other parameters, sorted', () => {
    expect(canonicalUrl('https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z&id=7&fbclid=abc&gclid=def&b=2'))
      .toBe('example.com/a?b=2&id=7');
    expect(canonicalUrl('https://example.com/a?utm_source=x')).toBe('example.com/a');
  });

  it('drops the trailing slash', () => {
    expect(canonicalUrl('https://example.com/a/')).toBe('example.com/a');
    expect(canonicalUrl('https://example.com/a//')).toBe('example.com/a');
    expect(canonicalUrl('https://example.com/')).toBe('example.com');
    expect(canonicalUrl('https://example.com')).toBe('example.com');
  });

  it('treats http and https, and the default port, as one article', () => {
    expect(canonicalUrl('http://example.com/a')).toBe(canonicalUrl('https://example.com/a'));
    expect(canonicalUrl('https://example.com:443/a')).toBe('example.com/a');
    expect(canonicalUrl('https://example.com:8443/a')).toBe('example.com:8443/a');
  });

  it('is a fixed point for repeated www. and for both default ports', () => {
    expect(canonicalUrl('https://www.www.example.com/a')).toBe('example.com/a');
    expect(canonicalUrl('http://example.com:443/a')).toBe('example.com/a');
    expect(canonicalUrl('https://example.com:80/a')).toBe('example.com/a');
  });

  it('maps all the variants of one URL to the same identity', () => {
    const variants = [
      'https://www.technologynetworks.com/cancer-research/news/x-372869',
      'https://WWW.TechnologyNetworks.com/cancer-research/news/x-372869/',
      'http://technologynetworks.com/cancer-research/news/x-372869#top',
      'https://technologynetworks.com/cancer-research/news/x-372869?utm_source=rss&fbclid=1',
    ];
    expect(new Set(variants.map(canonicalUrl)).size).toBe(1);
  });

  it('is idempotent through a URL built from it', () => {
    const once = canonicalUrl('https://WWW.Example.com/a/?utm_source=x&z=1&a=2#f');
    expect(canonicalUrl(`https://${once}`)).toBe(once);
  });
});

describe('domainOf', () => {
  it.each([
    ['aws.amazon.com', 'aws.amazon.com'],
    ['WWW.Example.COM', 'example.com'],
    ['  example.com. ', 'example.com'],
    ['https://www.news-medical.net/news/x.aspx', 'news-medical.net'],
    ['example.com/path', 'example.com'],
    ['', ''],
  ])('%j → %j', (input, domain) => {
    expect(domainOf(input)).toBe(domain);
  });
});

describe('youtubeId', () => {
  it.each([
    ['https://youtube.com/watch?v=WJk-Y8LQlfE', 'WJk-Y8LQlfE'],
    ['https://www.youtube.com/watch?v=WJk-Y8LQlfE&t=10s', 'WJk-Y8LQlfE'],
    ['https://m.youtube.com/watch?v=WJk-Y8LQlfE', 'WJk-Y8LQlfE'],
    ['https://youtu.be/WJk-Y8LQlfE', 'WJk-Y8LQlfE'],
    ['https://www.youtube.com/embed/WJk-Y8LQlfE', 'WJk-Y8LQlfE'],
    ['https://www.youtube-nocookie.com/embed/WJk-Y8LQlfE?rel=0', 'WJk-Y8LQlfE'],
    ['https://www.youtube.com/shorts/WJk-Y8LQlfE', 'WJk-Y8LQlfE'],
  ])('%s → %s', (url, id) => {
    expect(youtubeId(url)).toBe(id);
  });

  it.each([
    'https://vimeo.com/12345678',
    'https://youtube.com/watch?v=short',
    'https://youtube.com/watch?v=<script>xx',
    'https://youtube.com/channel/UCabcdefghijk',
    'https://notyoutube.com/watch?v=WJk-Y8LQlfE',
    'not a url',
  ])('finds no id in %s', (url) => {
    expect(youtubeId(url)).toBeUndefined();
  });
});

describe('iframeSrc', () => {
  it('finds the src of the first iframe', () => {
    const html = '<iframe width="800" height="500" frameborder="0" src="https://www.youtube.com/embed/WJk-Y8LQlfE" allowfullscreen></iframe>';
    expect(iframeSrc(html)).toBe('https://www.youtube.com/embed/WJk-Y8LQlfE');
    expect(iframeSrc("<IFRAME SRC='https://youtu.be/WJk-Y8LQlfE'></IFRAME>")).toBe('https://youtu.be/WJk-Y8LQlfE');
    expect(iframeSrc('<p>no frame</p>')).toBeUndefined();
  });
});
