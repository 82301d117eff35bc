import { describe, expect, it } from 'vitest';
import { cleanText, collapseWhitespace, repairMojibake, truncate } from '../../src/cli/text';

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
