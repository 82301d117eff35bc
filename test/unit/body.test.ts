import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/cli/parse/body';

const render = (source: string, base?: string) => renderBody(source, base) ?? '';

/** Attribute names and URL values of every tag in sanitised HTML. */
function attributes(html: string): Array<{ tag: string; name: string; value: string }> {
  const out: Array<{ tag: string; name: string; value: string }> = [];
  for (const tag of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
    for (const attr of tag[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      out.push({ tag: tag[1]!, name: attr[1]!, value: attr[2] ?? '' });
    }
  }
  return out;
}

describe('renderBody', () => {
  it('converts markdown to HTML', () => {
    expect(render('# Title\n\nSome *emphasis* and **strong** text.\n\n- one\n- two')).toBe(
      '<h2>Title</h2>\n<p>Some <em>emphasis</em> and <strong>strong</strong> text.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('keeps the raw HTML of the examples', () => {
    const html = '<p>Sharing the app with you.</p><p>&nbsp;</p><p><span class="videoUrl">watch?v=oWfYZg25qLs</span></p>';
    expect(render(html)).toMatch(/^<p>Sharing the app with you\.<\/p><p>(&nbsp;|\u00a0)<\/p><p><span>watch\?v=oWfYZg25qLs<\/span><\/p>$/);
  });

  it('returns undefined for an empty or blank body', () => {
    expect(renderBody('', undefined)).toBeUndefined();
    expect(renderBody('  \n\n ', undefined)).toBeUndefined();
    expect(renderBody('<p>&nbsp;</p>', undefined)).toBeUndefined();
    expect(renderBody('<script>alert(1)</script>', undefined)).toBeUndefined();
  });

  it('keeps an image-only body', () => {
    expect(render('![chart](https://img.example/c.png)')).toContain('<img');
  });

  it('removes scripts, styles and their content', () => {
    const out = render('<p>a</p><script>alert("x")</script><style>p{}</style><SCRIPT SRC="https://evil.example/x.js"></SCRIPT><p>b</p>');
    expect(out).toBe('<p>a</p><p>b</p>');
  });

  it('removes every event handler', () => {
    const out = render('<p onclick="x()" onmouseover=\'y()\' ONLOAD=z()>hi</p><img src="https://i.example/a.png" onerror="alert(1)"><a href="https://a.example" onfocus="x()">l</a>');
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).toContain('hi');
    expect(attributes(out).filter((a) => /^on/i.test(a.name))).toEqual([]);
  });

  it('removes iframes, objects, embeds, forms and SVG', () => {
    const out = render([
      '<p>kept</p>',
      '<iframe src="https://www.youtube.com/embed/WJk-Y8LQlfE"></iframe>',
      '<object data="https://x.example/a.swf"></object><embed src="https://x.example/b">',
      '<form action="https://x.example"><input name="q"><button>go</button></form>',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ].join(''));
    expect(out).not.toMatch(/<(iframe|object|embed|form|input|button|svg|math|style|script)\b/i);
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain('<p>kept</p>');
  });

  it.each([
    '[x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="//evil.example/x">x</a>',
    '<img src="javascript:alert(1)">',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  ])('never keeps an unsafe URL: %s', (source) => {
    const out = render(source);
    expect(out).not.toMatch(/javascript:|vbscript:|data:|evil\.example/i);
    for (const a of attributes(out).filter((x) => x.name === 'href' || x.name === 'src')) {
      expect(a.value).toMatch(/^https?:\/\//);
    }
  });

  it('keeps safe links and opens them in a new tab without opener', () => {
    expect(render('[site](https://example.com/a "Title")')).toBe(
      '<p><a href="https://example.com/a" rel="noopener noreferrer nofollow" target="_blank" title="Title">site</a></p>',
    );
  });

  it('resolves root-relative links and images against the base URL, or drops them', () => {
    expect(render('[x](/a) ![i](/i.png)', 'https://base.example')).toBe(
      '<p><a href="https://base.example/a" rel="noopener noreferrer nofollow" target="_blank">x</a> <img loading="lazy" decoding="async" alt="i" src="https://base.example/i.png" /></p>',
    );
    const out = render('[x](/a) ![i](/i.png)');
    expect(out).toBe('<p><a>x</a> </p>');
  });

  it('drops a link that cannot be resolved against the base URL without failing', () => {
    expect(render('<p><a href="/\\">x</a> ok</p>', 'https://base.example')).toBe('<p><a>x</a> ok</p>');
  });

  it('keeps only safe image attributes and numeric sizes', () => {
    const out = render('<img src="https://i.example/a.png" width="640" height="100%" style="x" class="y" alt="A">');
    expect(out).toBe('<img loading="lazy" decoding="async" alt="A" src="https://i.example/a.png" width="640" />');
  });

  it('drops style and class attributes and demotes h1', () => {
    expect(render('<h1 class="x" style="color:red" id="top">T</h1>')).toBe('<h2>T</h2>');
  });

  it('escapes text that looks like markup', () => {
    const out = render('a &lt;script&gt; b');
    expect(out).not.toMatch(/<script/i);
  });
});
