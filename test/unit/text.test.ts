import { describe, expect, it } from 'vitest';
import {
  cleanExcerpt, cleanText, collapseWhitespace, decodeEntities, markCutOff, removeInvisible, repairMojibake, stripTags, truncate,
} from '../../src/cli/parse/text';

/** What a UTF-8 string looks like when its bytes are read as Windows-1252. */
function mojibake(text: string): string {
  const cp1252 = new TextDecoder('windows-1252');
  return cp1252.decode(new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('repairs the reference title', () => {
    expect(repairMojibake('Deep Learning Network Predicts Cancer Cellsâ€™ Metastatic Potential')).toBe(
      'Deep Learning Network Predicts Cancer Cells’ Metastatic Potential',
    );
    expect(repairMojibake('Cellsâ€™')).toBe('Cells’');
  });

  it.each([
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['Ã©tÃ©', 'été'],
    ['naÃ¯ve', 'naïve'],
    ['Â£5 and â‚¬10', '£5 and €10'],
    ['Ã„rger Ã¼ber Ã–l', 'Ärger über Öl'],
    ['1â€“2 â€” yes', '1–2 — yes'],
  ])('repairs %j', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it('repairs any text that went through a UTF-8 → Windows-1252 round', () => {
    for (const text of ['Künstliche Intelligenz', 'São Paulo’s “best” café', '日本語 ✓ emoji 🚀', 'Zürich — 5 °C']) {
      expect(repairMojibake(mojibake(text))).toBe(text);
    }
  });

  it('repairs double-encoded text', () => {
    expect(repairMojibake(mojibake(mojibake('Cells’')))).toBe('Cells’');
  });

  it('repairs mojibake mixed with proper Unicode in one string', () => {
    expect(repairMojibake('It’s the Cellsâ€™ turn')).toBe('It’s the Cells’ turn');
  });

  it.each([
    'café', 'naïve façade', 'Ça va? Déjà vu à Zürich', 'Málaga, España', 'Ærøskøbing', 'ÀÉÎÕÜ', '© 2024 Größe ½',
    'plain ASCII', '', 'It’s “quoted” — fine…', '日本語', 'Ōsaka',
  ])('leaves correct text alone: %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('is idempotent', () => {
    for (const text of ['Cellsâ€™', 'Ã©tÃ©', mojibake(mojibake('“x”')), 'café', 'Ã', 'Ã©Ã']) {
      const once = repairMojibake(text);
      expect(repairMojibake(once)).toBe(once);
    }
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of white space and trims', () => {
    expect(collapseWhitespace('  In this   overview\n\n video,\t we  ')).toBe('In this overview video, we');
    expect(collapseWhitespace('a\u00a0\u00a0b\u2003c\r\nd')).toBe('a b c d');
  });

  it('drops control characters', () => {
    expect(collapseWhitespace('a\u0000b\u0007c\u001bd\u007fe')).toBe('abcde');
  });

  it('is idempotent', () => {
    const once = collapseWhitespace('  a \n b\t\tc ');
    expect(collapseWhitespace(once)).toBe(once);
  });
});

describe('cleanText', () => {
  it('repairs, collapses and normalises to NFC', () => {
    expect(cleanText('  Cellsâ€™   Metastatic\n Potential ')).toBe('Cells’ Metastatic Potential');
    expect(cleanText('Cafe\u0301')).toBe('Café');
  });

  it('reaches a fixed point even when a repair exposes more work', () => {
    // A control character between the two halves of a mojibake pair, and a
    // mojibake combining mark that composes with its neighbour once repaired.
    for (const text of ['Ã\u0001©', 'ÃSÌŒ', 'eÌ\u0081']) {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
    }
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Cells&#8217; turn', 'Cells’ turn'],
    ['Cells&#x2019; turn', 'Cells’ turn'],
    ['Salt &amp; Pepper', 'Salt & Pepper'],
    ['and so on&hellip;', 'and so on…'],
    ['&ldquo;quoted&rdquo; &mdash; &eacute;t&eacute;', '“quoted” — été'],
    ['a&nbsp;b', 'a\u00a0b'],
  ])('decodes %j', (encoded, decoded) => {
    expect(decodeEntities(encoded)).toBe(decoded);
  });

  it('decodes text that was encoded twice or three times', () => {
    expect(decodeEntities('Cells&amp;#8217;')).toBe('Cells’');
    expect(decodeEntities('Salt &amp;amp;amp; Pepper')).toBe('Salt & Pepper');
  });

  it('leaves a bare ampersand and text without references alone', () => {
    expect(decodeEntities('AT&T, R & D, Q&A')).toBe('AT&T, R & D, Q&A');
    expect(decodeEntities('plain')).toBe('plain');
  });
});

describe('removeInvisible', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['soft hyphen', '\u00ad'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['left-to-right embedding', '\u202a'],
    ['right-to-left override', '\u202e'],
    ['pop directional formatting', '\u202c'],
    ['left-to-right isolate', '\u2066'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\ufeff'],
    ['Arabic letter mark', '\u061c'],
    ['Mongolian vowel separator', '\u180e'],
    ['invisible times', '\u2062'],
    ['a stray tag character', '\u{e0041}'],
  ])('removes the %s', (_, ch) => {
    expect(removeInvisible(`in${ch}vis${ch}ible`)).toBe('invisible');
    expect(cleanText(`${ch}Split${ch} ${ch}word`)).toBe('Split word');
  });

  it('keeps the joiners: ZWJ in emoji, ZWNJ in Persian', () => {
    expect(removeInvisible('👩‍💻')).toBe('👩\u200d💻');
    expect(cleanText('Coder 👩‍💻 at work')).toBe('Coder 👩‍💻 at work');
    expect(cleanText('می‌خواهم')).toBe('می\u200cخواهم');
    expect(cleanText('\u200bمی‌خواهم\u200f')).toBe('می\u200cخواهم');
  });

  it('keeps the tag characters of a subdivision flag, and only those', () => {
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    expect(removeInvisible(`Go ${scotland}!`)).toBe(`Go ${scotland}!`);
    expect(removeInvisible('🏴\u{e0067}\u{e0062} x')).toBe('🏴 x');
  });
});

describe('cleanText: entities, invisible characters and their order', () => {
  it('decodes named and numeric entities in any text', () => {
    expect(cleanText('Regulator&#8217;s rules &amp; banks&nbsp;&nbsp;wait&hellip;')).toBe('Regulator’s rules & banks wait…');
    expect(cleanText('It&amp;#8217;s double-encoded')).toBe('It’s double-encoded');
  });

  it('decodes entities before it repairs mojibake and collapses white space', () => {
    // Mojibake written as entities, as some feeds export it.
    expect(cleanText('Cells&Atilde;&copy;')).toBe('Cellsé');
    expect(cleanText('Cells&acirc;&#128;&#153; turn')).toBe('Cells’ turn');
    expect(cleanText('a&#10;&#9;&nbsp;b')).toBe('a b');
  });

  it('repairs mojibake before it drops soft hyphens: "Ã" + U+00AD is a broken "í"', () => {
    expect(cleanText('Mart\u00c3\u00adn')).toBe('Martín');
  });

  it('drops invisible characters that mojibake repair reveals', () => {
    // U+200B saved as UTF-8 and read back as Windows-1252.
    expect(cleanText('zero\u00e2\u20ac\u2039width')).toBe('zerowidth');
  });

  it('keeps a decoded tag as text: the reader shows text, never HTML', () => {
    expect(cleanText('Why &lt;script&gt; tags still matter')).toBe('Why <script> tags still matter');
  });

  it('stays a fixed point with the new steps', () => {
    for (const text of ['&amp;amp;#8217;', 'a&am\u200bp;b', '&Atilde;\u200b&copy;', '\u00ad&shy;x', 'Ã&shy;']) {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
    }
  });
});

describe('stripTags', () => {
  it('keeps the text of an HTML excerpt and turns block edges into spaces', () => {
    expect(stripTags('<p>One</p><p>Two <b>bold</b> and <a href="https://x.example">linked</a></p>')).toBe(' One Two bold and linked');
    expect(stripTags('<div><b>A</b></div><div><b>B</b></div>')).toBe(' A B');
    expect(stripTags('line<br>break<br/>again')).toBe('line break again');
    expect(stripTags('<ul><li>first</li><li>second</li></ul>')).toBe(' first second');
    expect(stripTags('w<em>or</em>d')).toBe('word');
  });

  it('drops the contents of scripts and styles', () => {
    expect(stripTags('<script>alert(1)</script>Hello<style>p{}</style>')).toBe('Hello');
  });

  it('leaves text without an HTML element alone', () => {
    for (const text of ['if x<y and y>z then', 'I <3 this', 'a < b > c', 'no tags at all']) expect(stripTags(text)).toBe(text);
  });
});

describe('markCutOff', () => {
  const long = 'In this overview video, we will. Here are the capabilities covered: • Guest access • Solution checker enhancements • Building';

  it('ends a long excerpt that stops mid-sentence with an ellipsis', () => {
    expect(long.length).toBeGreaterThanOrEqual(100);
    expect(markCutOff(long)).toBe(`${long}…`);
    expect(markCutOff(`${long},`)).toBe(`${long}…`);
    expect(markCutOff(`${long} —`)).toBe(`${long}…`);
  });

  it.each([
    'Ends with a full stop.', 'Asks a question?', 'Shouts!', 'Trails off…', 'Lists these:', 'Goes on;',
    'Quotes a sentence.”', 'Closes a bracket.)', 'He said “stop!”', 'Ends in Japanese。', 'Ends in Arabic؟',
  ])('leaves a long excerpt that ends a sentence alone: %j', (ending) => {
    const text = `${'A sentence that goes on for quite a while '.repeat(3)}${ending}`;
    expect(text.length).toBeGreaterThanOrEqual(100);
    expect(markCutOff(text)).toBe(text);
  });

  it('leaves a short, headline-like excerpt alone', () => {
    expect(markCutOff('Three utilities will run pilot storage sites')).toBe('Three utilities will run pilot storage sites');
    const ninetyNine = 'x'.repeat(99);
    expect(markCutOff(ninetyNine)).toBe(ninetyNine);
    expect(markCutOff('x'.repeat(100))).toBe(`${'x'.repeat(100)}…`);
  });

  it('is idempotent', () => {
    const once = markCutOff(long);
    expect(markCutOff(once)).toBe(once);
  });
});

describe('cleanExcerpt', () => {
  it('strips tags, decodes, cleans and marks a cut-off excerpt in one go', () => {
    const html = '<p>Grid operators&#8217; pilots &amp; storage&nbsp;sites.</p><p>Three utilities will run them through the cold months and then report on how the cells held up under</p>';
    expect(cleanExcerpt(html)).toBe(
      'Grid operators’ pilots & storage sites. Three utilities will run them through the cold months and then report on how the cells held up under…',
    );
  });

  it('treats tags written as entities as markup too', () => {
    expect(cleanExcerpt('&lt;p&gt;Escaped &lt;b&gt;markup&lt;/b&gt;&lt;/p&gt;')).toBe('Escaped markup');
  });

  it('keeps a literal "<" in a plain-text excerpt', () => {
    expect(cleanExcerpt('Latency fell: p99 &lt; 20 ms')).toBe('Latency fell: p99 < 20 ms');
  });

  it('is idempotent', () => {
    for (const text of ['<p>a</p>&lt;p&gt;b', `${'word '.repeat(30)}\u00e2\u20ac`, '&amp;lt;b&amp;gt;x']) {
      const once = cleanExcerpt(text);
      expect(cleanExcerpt(once)).toBe(once);
    }
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at a word boundary with an ellipsis and never exceeds the limit', () => {
    const text = 'The quick brown fox jumps over the lazy dog, again and again.';
    const out = truncate(text, 30);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toBe('The quick brown fox jumps…');
  });

  it('cuts a long word hard when there is no good boundary', () => {
    const out = truncate('x'.repeat(100), 20);
    expect(out).toBe(`${'x'.repeat(19)}…`);
  });
});
