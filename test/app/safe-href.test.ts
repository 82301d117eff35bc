import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/safe-href';

describe('safeHref', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref(' HTTP://example.com ')).toBe('http://example.com/');
  });

  it.each(['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x', '/relative', '//evil.example', '', undefined])(
    'drops %s',
    (url) => {
      expect(safeHref(url)).toBeUndefined();
    },
  );
});
