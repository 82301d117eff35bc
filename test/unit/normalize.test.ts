import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, articleId, normalizeFile } from '../../src/cli/parse/normalize';
import { canonicalUrl } from '../../src/cli/parse/urls';
import { accept, articleText, bytes, normalizeText, reject } from './helpers';

describe('normalizeFile: required fields', () => {
  it('accepts a minimal article', () => {
    const { record, warnings } = accept(articleText());
    expect(warnings).toEqual([]);
    expect(record).toMatchObject({
      file: 'a.md',
      title: 'A perfectly ordinary headline',
      url: 'https://example.com/news/ordinary',
      canonical: 'example.com/news/ordinary',
      type: 'article',
      publishedMs: Date.UTC(2024, 2, 1, 10),
      unpublished: false,
      providerDomain: 'example.com',
      topicNames: [],
      images: [],
      related: [],
    });
    expect(record.body).toBeUndefined();
  });

  it('derives a stable id from the canonical URL', () => {
    const a = accept(articleText({ webUrl: 'https://www.Example.com/news/ordinary/?utm_source=x#top' })).record;
    const b = accept(articleText({ webUrl: 'http://example.com/news/ordinary' })).record;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(articleId(canonicalUrl('https://example.com/news/ordinary')));
    expect(a.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('rejects a missing title with its reason', () => {
    expect(reject(articleText({ title: undefined })).reason).toMatch(/missing title/);
    expect(reject(articleText({ title: '   ' })).reason).toMatch(/title/);
    expect(reject(articleText({ title: { nested: true } })).reason).toMatch(/title/);
  });

  it('uses webUrl, else originalUrl', () => {
    expect(accept(articleText({ originalUrl: 'https://orig.example/a' })).record.url).toBe('https://example.com/news/ordinary');
    expect(accept(articleText({ webUrl: undefined, originalUrl: 'https://orig.example/a' })).record.url).toBe('https://orig.example/a');
  });

  it('falls back to originalUrl when webUrl is unusable, with a warning', () => {
    const { record, warnings } = accept(articleText({ webUrl: 'javascript:alert(1)', originalUrl: 'https://orig.example/a' }));
    expect(record.url).toBe('https://orig.example/a');
    expect(warnings.join('\n')).toMatch(/webUrl .*unsafe scheme javascript:/);
  });

  it('rejects a file with no usable link, pointing at the line', () => {
    const text = '---\ntitle: x\npublishedDateTime: 2024-01-01T00:00:00Z\nwebUrl: "javascript:alert(1)"\n---\n';
    const r = reject(text);
    expect(r.reason).toMatch(/no usable link/);
    expect(r.line).toBe(4);
    expect(reject(articleText({ webUrl: undefined })).reason).toMatch(/no usable link/);
    expect(reject(articleText({ webUrl: '/relative/only' })).reason).toMatch(/no usable link/);
  });

  it('resolves a root-relative link with --base-url', () => {
    const { record } = accept(articleText({ webUrl: '/news/x' }), { baseUrl: 'https://base.example' });
    expect(record.url).toBe('https://base.example/news/x');
  });

  it('requires a parseable publishedDateTime', () => {
    const missing = reject(articleText({ publishedDateTime: undefined }));
    expect(missing.reason).toMatch(/missing publishedDateTime/);
    const text = '---\ntitle: x\nwebUrl: https://a.example/x\npublishedDateTime: yesterday\n---\n';
    expect(reject(text)).toMatchObject({ reason: expect.stringMatching(/publishedDateTime is not a date/), line: 4 });
    expect(reject(articleText({ publishedDateTime: '2024-13-45T99:00:00Z' })).reason).toMatch(/not a date/);
    expect(reject(articleText({ publishedDateTime: 1700000000 })).reason).toMatch(/not a date/);
    expect(reject(articleText({ publishedDateTime: '0001-01-01T00:00:00Z' })).reason).toMatch(/not a date/);
  });

  it('accepts date-only and offset timestamps', () => {
    expect(accept(articleText({ publishedDateTime: '2024-03-01' })).record.publishedMs).toBe(Date.UTC(2024, 2, 1));
    expect(accept(articleText({ publishedDateTime: '2024-03-01T12:00:00+02:00' })).record.publishedMs).toBe(Date.UTC(2024, 2, 1, 10));
  });
});

describe('normalizeFile: parsing', () => {
  it('tolerates a BOM and CRLF, and renders an optional body', () => {
    const text = `\uFEFF${articleText({}, 'Hello *world*\n').replace(/\n/g, '\r\n')}`;
    const { record, warnings } = accept(text);
    expect(warnings).toEqual([]);
    expect(record.title).toBe('A perfectly ordinary headline');
    expect(record.body).toBe('<p>Hello <em>world</em></p>');
  });

  it('has no body when there is none, or only white space', () => {
    expect(accept(articleText({}, '')).record.body).toBeUndefined();
    expect(accept(articleText({}, '\n\n   \n')).record.body).toBeUndefined();
    expect(accept(articleText({}, '<p>&nbsp;</p>')).record.body).toBeUndefined();
  });

  it('rejects front-matter problems with their line numbers', () => {
    expect(normalizeText('no front matter here')).toMatchObject({ kind: 'rejected', line: 1 });
    expect(normalizeText('---\ntitle: x\ntitle: y\n---\n')).toMatchObject({ kind: 'rejected', line: 3 });
  });
});

describe('normalizeFile: coercion and impossible values', () => {
  it('coerces numbers given as strings', () => {
    const { record, warnings } = accept(articleText({ heat: '72', quality: ' 39 ' }));
    expect(record.heat).toBe(72);
    expect(record.quality).toBe(39);
    expect(warnings).toEqual([]);
  });

  it('coerces flags given as strings', () => {
    const drafts = { includeUnpublished: true };
    expect(accept(articleText({ published: 'false' }), drafts).record.unpublished).toBe(true);
    expect(accept(articleText({ published: 'no' }), drafts).record.unpublished).toBe(true);
    expect(accept(articleText({ published: 'yes' }), drafts).record.unpublished).toBe(false);
    expect(normalizeText(articleText({ published: 'no' })).kind).toBe('skipped-unpublished');
    expect(normalizeText(articleText({ published: ' No ' })).kind).toBe('skipped-unpublished');
    expect(normalizeText(articleText({ published: 'yes' })).kind).toBe('article');
    expect(normalizeText(articleText({ removed: 'true' })).kind).toBe('removed');
  });

  it('coerces image sizes given as strings', () => {
    const { record } = accept(articleText({ images: [{ url: 'https://img.example/a.jpg', width: '640', height: '360' }] }));
    expect(record.images).toEqual([{ url: 'https://img.example/a.jpg', width: 640, height: 360 }]);
  });

  it('accepts images without sizes, or given as plain URLs', () => {
    const { record, warnings } = accept(articleText({ images: [{ url: 'https://img.example/a.jpg' }, 'https://img.example/b.jpg', { width: 5 }] }));
    expect(record.images).toEqual([{ url: 'https://img.example/a.jpg' }, { url: 'https://img.example/b.jpg' }]);
    expect(warnings).toEqual([expect.stringMatching(/images\[2\]/)]);
  });

  it.each([
    ['heat', -5],
    ['heat', 'hot'],
    ['heat', 1e12],
    ['heat', '.inf'],
    ['quality', [1, 2]],
    ['quality', { a: 1 }],
    ['quality', true],
  ])('drops %s: %j with a warning that names the field and line', (field, value) => {
    const text = `---\ntitle: x\nwebUrl: https://a.example/x\npublishedDateTime: 2024-01-01T00:00:00Z\n${field}: ${JSON.stringify(value)}\n---\n`;
    const { record, warnings } = accept(text);
    expect(record[field as 'heat' | 'quality']).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^line 5: ${field} .*dropped`));
  });

  it('drops an unknown type, published flag or bad image size with a warning', () => {
    const { record, warnings } = accept(articleText({
      type: 'podcast',
      published: 'maybe',
      images: [{ url: 'https://img.example/a.jpg', width: -1, height: 'tall' }],
    }));
    expect(record.type).toBe('article');
    expect(record.unpublished).toBe(false);
    expect(record.images).toEqual([{ url: 'https://img.example/a.jpg' }]);
    expect(warnings.join('\n')).toMatch(/type is not article/);
    expect(warnings.join('\n')).toMatch(/published is not true or false/);
    expect(warnings.join('\n')).toMatch(/images\[0\]\.width/);
    expect(warnings.join('\n')).toMatch(/images\[0\]\.height/);
  });

  it('normalises the type', () => {
    expect(accept(articleText({ type: ' Video ' })).record.type).toBe('video');
  });

  it('drops lists that are not lists', () => {
    const { record, warnings } = accept(articleText({ related: 'nope', actions: { url: 'x' } }));
    expect(record.related).toEqual([]);
    expect(record.actions).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/related is not a list/);
    expect(warnings.join('\n')).toMatch(/actions is not a list/);
  });
});

describe('normalizeFile: text repair', () => {
  it('repairs the reference title', () => {
    const { record } = accept(articleText({ title: 'Deep Learning Network Predicts Cancer Cellsâ€™ Metastatic Potential' }));
    expect(record.title).toBe('Deep Learning Network Predicts Cancer Cells’ Metastatic Potential');
  });

  it('collapses white space in titles and excerpts', () => {
    const { record } = accept(articleText({
      title: '  Microsoft   Power Apps\n|  2019 ',
      excerpt: 'In this overview video,     we will.     Here are the capabilities covered:  • Guest access  • Solution',
    }));
    expect(record.title).toBe('Microsoft Power Apps | 2019');
    expect(record.excerpt).toBe('In this overview video, we will. Here are the capabilities covered: • Guest access • Solution');
  });

  it('leaves Latin-1 text alone', () => {
    expect(accept(articleText({ title: 'Un café à Zürich' })).record.title).toBe('Un café à Zürich');
  });

  it('repairs and cleans topics, category, provider name and related titles', () => {
    const { record } = accept(articleText({
      category: '  news ',
      topics: ['  Machine   Learning ', 'Ã‰conomie'],
      provider: { name: 'Caf\u00c3\u00a9 News', domain: 'cafe.example' },
      related: [{ title: 'Cellsâ€™  story', webUrl: 'https://other.example/s' }],
    }));
    expect(record.category).toBe('news');
    expect(record.topicNames).toEqual(['Machine Learning', 'Économie']);
    expect(record.providerName).toBe('Café News');
    expect(record.related[0]!.title).toBe('Cells’ story');
  });

  it('shortens a topic name over 80 characters at a word, with an ellipsis, and says so', () => {
    const long = 'The International Committee for the Standardisation of Extremely Long Topic Names In Newsrooms';
    const { record, warnings } = accept(articleText({ topics: [long, 'AI'] }));
    expect(record.topicNames[0]).toBe('The International Committee for the Standardisation of Extremely Long Topic…');
    expect(record.topicNames[0]!.length).toBeLessThanOrEqual(80);
    expect(record.topicNames[1]).toBe('AI');
    expect(warnings.join('\n')).toMatch(/topics\[0\].*94 characters; shortened to 80/);
  });

  it('decodes entities in the title, excerpt, provider and author names, topics and category', () => {
    const { record } = accept(articleText({
      title: 'Regulator&#8217;s rules &amp; the banks&hellip;',
      excerpt: 'Banks get until March&nbsp;to comply.',
      category: 'News &amp; Analysis',
      topics: ['R&amp;D', 'Caf&eacute;s'],
      provider: { name: 'Quarry Lane &amp; Co', domain: 'quarry.example', authors: [{ name: 'Ren&eacute;e O&#39;Hara' }] },
      related: [{ title: 'The &quot;fine print&quot;', excerpt: 'It&amp;#8217;s long.', webUrl: 'https://other.example/s' }],
    }));
    expect(record.title).toBe('Regulator’s rules & the banks…');
    expect(record.excerpt).toBe('Banks get until March to comply.');
    expect(record.category).toBe('News & Analysis');
    expect(record.topicNames).toEqual(['R&D', 'Cafés']);
    expect(record.providerName).toBe('Quarry Lane & Co');
    expect(record.authors).toEqual(['Renée O\'Hara']);
    expect(record.related[0]).toMatchObject({ title: 'The "fine print"', excerpt: 'It’s long.' });
  });

  it('keeps a title that decodes to a tag as text', () => {
    const { record } = accept(articleText({ title: 'Why &lt;script&gt; tags still matter' }));
    expect(record.title).toBe('Why <script> tags still matter');
  });

  it('removes invisible characters but keeps the joiners', () => {
    const { record } = accept(articleText({
      title: '\u200bZero\u00adwidth\u200e \u202eheadline\u202c\u2066 ok\u2069\u2060\ufeff',
      excerpt: 'Coder 👩‍💻 says می‌خواهم\u061c',
      provider: { name: '\u200fOutlet\u200f', domain: 'outlet.example', authors: ['Ann\u200b Author'] },
      topics: ['\u2068Cloud\u2069'],
    }));
    expect(record.title).toBe('Zerowidth headline ok');
    expect(record.excerpt).toBe('Coder 👩\u200d💻 says می\u200cخواهم');
    expect(record.providerName).toBe('Outlet');
    expect(record.authors).toEqual(['Ann Author']);
    expect(record.topicNames).toEqual(['Cloud']);
  });

  it('strips tags from the excerpt only, and from related excerpts', () => {
    const { record } = accept(articleText({
      title: '<b>Bold</b> claim',
      excerpt: '<p>First <em>paragraph</em>.</p><p>Second.</p>',
      related: [{ title: 'x', excerpt: '<div>One</div><div>Two.</div>', webUrl: 'https://other.example/s' }],
    }));
    expect(record.title).toBe('<b>Bold</b> claim');
    expect(record.excerpt).toBe('First paragraph. Second.');
    expect(record.related[0]!.excerpt).toBe('One Two.');
  });

  it('ends a long excerpt cut off mid-sentence with an ellipsis, and leaves short ones alone', () => {
    const cut = 'In this overview video, we will. Here are the capabilities covered: • Guest access • Solution checker enhancements • Building';
    const { record } = accept(articleText({
      title: 'A title that does not end in punctuation and goes on for well over one hundred characters in all, really',
      excerpt: cut,
      related: [{ title: 'x', excerpt: `${cut} blocks,`, webUrl: 'https://other.example/s' }],
    }));
    expect(record.excerpt).toBe(`${cut}…`);
    expect(record.related[0]!.excerpt).toBe(`${cut} blocks…`);
    expect(record.title.endsWith('…')).toBe(false);
    expect(accept(articleText({ excerpt: 'Three sites through the cold months' })).record.excerpt).toBe('Three sites through the cold months');
  });

  it('names field and line when an excerpt is not text', () => {
    const text = '---\ntitle: x\nwebUrl: https://a.example/x\npublishedDateTime: 2024-01-01\nexcerpt: [1, 2]\n---\n';
    const { record, warnings } = accept(text);
    expect(record.excerpt).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^line 5: excerpt is not text; dropped/)]);
  });

  it('accepts a single topic given as a string, and drops empty ones', () => {
    expect(accept(articleText({ topics: 'AI' })).record.topicNames).toEqual(['AI']);
    expect(accept(articleText({ topics: ['AI', '', '  ', null] })).record.topicNames).toEqual(['AI']);
  });
});

describe('normalizeFile: removed, deleted and unpublished', () => {
  it.each(['removed', 'deleted'])('leaves out %s: true', (flag) => {
    expect(normalizeText(articleText({ [flag]: true }))).toEqual({ kind: 'removed', warnings: [] });
  });

  it('leaves out removed files even when they are otherwise broken', () => {
    expect(normalizeText(articleText({ removed: true, title: undefined, webUrl: undefined })).kind).toBe('removed');
  });

  it('keeps removed: false', () => {
    expect(normalizeText(articleText({ removed: false, deleted: false })).kind).toBe('article');
  });

  it('leaves out published: false by default, as Jekyll does', () => {
    expect(normalizeText(articleText({ published: false }))).toEqual({ kind: 'skipped-unpublished', warnings: [] });
    expect(normalizeText(articleText({ published: true })).kind).toBe('article');
    expect(normalizeText(articleText()).kind).toBe('article');
  });

  it('indexes and flags published: false with includeUnpublished', () => {
    expect(accept(articleText({ published: false }), { includeUnpublished: true }).record.unpublished).toBe(true);
    expect(accept(articleText({ published: true }), { includeUnpublished: true }).record.unpublished).toBe(false);
    expect(accept(articleText(), { includeUnpublished: true }).record.unpublished).toBe(false);
  });

  it('leaves out a draft before checking it, like a removed file', () => {
    const halfWritten = articleText({ published: false, title: undefined, webUrl: undefined });
    expect(normalizeText(halfWritten).kind).toBe('skipped-unpublished');
    expect(reject(halfWritten, { includeUnpublished: true }).reason).toMatch(/missing title/);
  });

  it('leaves out removed drafts as removed, with or without includeUnpublished', () => {
    expect(normalizeText(articleText({ published: false, removed: true })).kind).toBe('removed');
    expect(normalizeText(articleText({ published: false, deleted: true }), { includeUnpublished: true }).kind).toBe('removed');
  });

  it('still warns, naming field and line, about a published flag it cannot read', () => {
    const text = '---\ntitle: x\nwebUrl: https://a.example/x\npublishedDateTime: 2024-01-01\npublished: maybe\n---\n';
    expect(accept(text).warnings).toEqual(['line 5: published is not true or false; dropped ("maybe")']);
  });
});

describe('normalizeFile: URL policy', () => {
  it('drops unsafe image URLs with a warning', () => {
    const { record, warnings } = accept(articleText({
      images: [
        { url: 'javascript:alert(1)' },
        { url: 'data:image/png;base64,AAAA' },
        { url: '//cdn.example/a.png' },
        { url: '/assets/a.png' },
        { url: 'https://img.example/ok.png', width: 10, height: 10 },
      ],
    }));
    expect(record.images).toEqual([{ url: 'https://img.example/ok.png', width: 10, height: 10 }]);
    expect(warnings).toHaveLength(4);
    expect(warnings.join('\n')).toMatch(/images\[0\]\.url uses the unsafe scheme javascript:/);
    expect(warnings.join('\n')).toMatch(/images\[1\]\.url uses the unsafe scheme data:/);
    expect(warnings.join('\n')).toMatch(/images\[3\]\.url is root-relative/);
  });

  it('resolves root-relative image and logo URLs against --base-url', () => {
    const { record, warnings } = accept(articleText({
      images: [{ url: '/assets/a.png' }],
      provider: { name: 'P', domain: 'p.example', images: [{ url: '/assets/logo.jpg', width: 50, height: 50 }] },
    }), { baseUrl: 'https://everyday.example' });
    expect(warnings).toEqual([]);
    expect(record.images).toEqual([{ url: 'https://everyday.example/assets/a.png' }]);
    expect(record.providerLogo).toBe('https://everyday.example/assets/logo.jpg');
  });

  it('drops the root-relative logo without --base-url, with a warning', () => {
    const { record, warnings } = accept(articleText({ provider: { domain: 'p.example', images: [{ url: '/assets/logo.jpg' }] } }));
    expect(record.providerLogo).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/provider\.images\[0\]\.url is root-relative/);
  });

  it('keeps actions with safe URLs only', () => {
    const { record, warnings } = accept(articleText({
      actions: [
        { url: 'https://dl.example/file.msapp', title: 'Download Source Code', type: 'download', attribution: 'x' },
        { url: 'javascript:alert(1)', title: 'Evil' },
        { url: 'https://dl.example/other' },
      ],
    }));
    expect(record.actions).toEqual([
      { url: 'https://dl.example/file.msapp', title: 'Download Source Code', type: 'download' },
      { url: 'https://dl.example/other', title: 'Download' },
    ]);
    expect(warnings.join('\n')).toMatch(/actions\[1\]\.url uses the unsafe scheme/);
  });
});

describe('normalizeFile: provider', () => {
  it('keys the provider by its domain, lower case without www.', () => {
    const { record } = accept(articleText({ provider: { name: 'AWS', domain: 'WWW.AWS.Amazon.com' } }));
    expect(record.providerDomain).toBe('aws.amazon.com');
    expect(record.providerName).toBe('AWS');
  });

  it('falls back to the domain of the link', () => {
    expect(accept(articleText({ webUrl: 'https://www.news.example/a' })).record.providerDomain).toBe('news.example');
    const { record, warnings } = accept(articleText({ webUrl: 'https://www.news.example/a', provider: 'not a mapping' }));
    expect(record.providerDomain).toBe('news.example');
    expect(warnings.join('\n')).toMatch(/provider is not a mapping/);
  });

  it('takes authors from provider.authors', () => {
    const { record } = accept(articleText({ provider: { domain: 'p.example', authors: [{ name: 'audrieg' }, 'Second Author'] } }));
    expect(record.authors).toEqual(['audrieg', 'Second Author']);
  });
});

describe('normalizeFile: related entries', () => {
  it('normalises each entry', () => {
    const { record } = accept(articleText({
      related: [{
        title: 'Researchers develop a model',
        excerpt: '  Cancer   cells ',
        publishedDateTime: '2023-05-03T03:21:00Z',
        webUrl: 'https://www.news-medical.net/news/20230502/Model.aspx?utm_source=x',
        type: 'article',
        provider: { name: 'News Medical', domain: 'news-medical.net' },
        quality: 37,
        images: [{ url: 'https://cdn.example/p.jpg', width: 620, height: 480, isCached: true }],
      }],
    }));
    expect(record.related).toEqual([{
      title: 'Researchers develop a model',
      url: 'https://www.news-medical.net/news/20230502/Model.aspx?utm_source=x',
      canonical: 'news-medical.net/news/20230502/Model.aspx',
      excerpt: 'Cancer cells',
      published: '2023-05-03T03:21:00.000Z',
      type: 'article',
      provider: { domain: 'news-medical.net', name: 'News Medical' },
      image: { url: 'https://cdn.example/p.jpg', width: 620, height: 480 },
    }]);
  });

  it('keeps an entry without a usable URL, and drops one without a title', () => {
    const { record, warnings } = accept(articleText({
      related: [{ title: 'No link', webUrl: 'javascript:alert(1)' }, { webUrl: 'https://x.example/y' }, 'just a string'],
    }));
    expect(record.related).toHaveLength(1);
    expect(record.related[0]).toMatchObject({ title: 'No link', url: undefined, canonical: undefined });
    expect(warnings.join('\n')).toMatch(/related\[0\]\.webUrl uses the unsafe scheme/);
    expect(warnings.join('\n')).toMatch(/related\[1\] has no title/);
    expect(warnings.join('\n')).toMatch(/related\[2\] has no title/);
  });

  it('uses originalUrl of a related entry when webUrl is missing', () => {
    const { record } = accept(articleText({ related: [{ title: 'x', originalUrl: 'https://o.example/p' }] }));
    expect(record.related[0]).toMatchObject({ url: 'https://o.example/p', provider: { domain: 'o.example', name: 'o.example' } });
  });
});

describe('normalizeFile: videos, featuredContent and secured', () => {
  const iframe = '<iframe width="800" height="500" src="https://www.youtube.com/embed/WJk-Y8LQlfE" allowfullscreen></iframe>';

  it('derives the YouTube id from the URL', () => {
    const { record } = accept(articleText({ webUrl: undefined, originalUrl: 'https://youtube.com/watch?v=WJk-Y8LQlfE', type: 'video' }));
    expect(record.video).toEqual({ kind: 'youtube', id: 'WJk-Y8LQlfE' });
  });

  it('derives the YouTube id from the featuredContent iframe, never keeping the HTML', () => {
    const { record } = accept(articleText({ type: 'video', featuredContent: iframe }));
    expect(record.video).toEqual({ kind: 'youtube', id: 'WJk-Y8LQlfE' });
    expect(JSON.stringify(record)).not.toMatch(/iframe|allowfullscreen/);
  });

  it('keeps nothing of a featuredContent that is not a YouTube embed', () => {
    const { record } = accept(articleText({ featuredContent: '<script>alert(1)</script><iframe src="https://evil.example/x"></iframe>' }));
    expect(record.video).toBeUndefined();
    expect(JSON.stringify(record)).not.toMatch(/script|iframe|evil/);
  });

  it('never keeps secured', () => {
    const secret = 'jlQWd+6BuBj1x9HzWfAFwFwvSo2UBb7G2GdcGDgH5OKaxiEQTd0GHcTyoWF4XIXU;sDQagZI7zgITjMZ1p+ZQfA==';
    const { record } = accept(articleText({ secured: secret }));
    expect(JSON.stringify(record)).not.toContain(secret.slice(10, 30));
    expect(JSON.stringify(record)).not.toContain('secured');
  });
});

describe('normalizeFile: hostile files', () => {
  it('rejects a binary file', () => {
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(normalizeFile('x.md', data)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/binary/) });
  });

  it('rejects a file with a NUL byte inside otherwise valid text', () => {
    const data = bytes(articleText({ title: 'a b' }).replace('a b', 'a\u0000b'));
    expect(normalizeFile('x.md', data)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/binary/) });
  });

  it('rejects a file that is not UTF-8', () => {
    const latin1 = new Uint8Array([...bytes('---\ntitle: caf'), 0xe9, ...bytes('\n---\n')]);
    expect(normalizeFile('x.md', latin1)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/UTF-8/) });
  });

  it('rejects a file over the size limit', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(normalizeFile('x.md', big)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/too large/) });
  });

  it('rejects prototype-pollution keys and never pollutes', () => {
    const r = normalizeText('---\ntitle: x\nwebUrl: https://a.example/x\npublishedDateTime: 2024-01-01\n__proto__:\n  isAdmin: true\n---\n');
    expect(r).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/prototype pollution/) });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('renders a body but never a script from it', () => {
    const { record } = accept(articleText({}, '<p onclick="steal()">Hi</p><script>alert(1)</script>'));
    expect(record.body).toBe('<p>Hi</p>');
  });
});
