import { describe, expect, it } from 'vitest';
import {
  createSequencer, ignoresKey, isTypingTarget, SEQUENCE_TIMEOUT_MS, SHORTCUT_GROUPS, shortcuts, type KeyContext,
} from '../../src/features/shortcuts/keymap';
import { trailOf } from '../../src/components/cards/list-trail';

/** Keys pressed `gap` ms apart, and the step each one gave. */
function pressAll(keys: string[], gap = 100) {
  const sequencer = createSequencer();
  return keys.map((key, i) => sequencer.press(key, 1000 + i * gap));
}
const actionOf = (keys: string[], gap?: number) => pressAll(keys, gap).at(-1);

describe('keymap', () => {
  it('maps single keys to their actions', () => {
    expect(actionOf(['j'])).toEqual({ action: 'next' });
    expect(actionOf(['k'])).toEqual({ action: 'previous' });
    expect(actionOf(['o'])).toEqual({ action: 'open' });
    expect(actionOf(['Enter'])).toEqual({ action: 'open' });
    expect(actionOf(['v'])).toEqual({ action: 'openOriginal' });
    expect(actionOf(['s'])).toEqual({ action: 'toggleSaved' });
    expect(actionOf(['m'])).toEqual({ action: 'toggleRead' });
    expect(actionOf(['?'])).toEqual({ action: 'help' });
    expect(actionOf(['x'])).toBeNull();
    // Upper case is another key: Shift+J is not `j`.
    expect(actionOf(['J'])).toBeNull();
  });

  it('follows two-key sequences', () => {
    expect(pressAll(['g', 'h'])).toEqual([{ pending: true }, { action: 'goFeed' }]);
    expect(actionOf(['g', 't'])).toEqual({ action: 'goTopics' });
    expect(actionOf(['g', 's'])).toEqual({ action: 'goSaved' });
    // `s` alone saves; after `g` it goes to Saved.
    expect(actionOf(['s'])).toEqual({ action: 'toggleSaved' });
  });

  it('drops a sequence not finished in time', () => {
    expect(actionOf(['g', 'h'], SEQUENCE_TIMEOUT_MS + 1)).toBeNull();
    expect(actionOf(['g', 's'], SEQUENCE_TIMEOUT_MS + 1)).toEqual({ action: 'toggleSaved' });
    expect(actionOf(['g', 'h'], SEQUENCE_TIMEOUT_MS)).toEqual({ action: 'goFeed' });
  });

  it('lets a key that breaks a sequence count on its own, and starts afresh after one', () => {
    expect(pressAll(['g', 'j'])).toEqual([{ pending: true }, { action: 'next' }]);
    expect(pressAll(['g', 'x', 'h'])).toEqual([{ pending: true }, null, null]);
    expect(pressAll(['g', 'g', 'h'])).toEqual([{ pending: true }, { pending: true }, { action: 'goFeed' }]);
    expect(pressAll(['g', 'h', 'h'])).toEqual([{ pending: true }, { action: 'goFeed' }, null]);
  });

  it('passes over modifier keys pressed on their own, so Shift for `?` keeps a sequence', () => {
    expect(pressAll(['Shift', '?'])).toEqual([null, { action: 'help' }]);
    expect(pressAll(['g', 'Shift', 'h'])).toEqual([{ pending: true }, null, { action: 'goFeed' }]);
  });

  it('forgets a pending key on reset', () => {
    const sequencer = createSequencer();
    expect(sequencer.press('g', 0)).toEqual({ pending: true });
    sequencer.reset();
    expect(sequencer.press('h', 10)).toBeNull();
  });

  it('lists every shortcut in a group the help shows, with `/` for search', () => {
    for (const shortcut of shortcuts) expect(SHORTCUT_GROUPS).toContain(shortcut.group);
    expect(shortcuts.find((s) => s.action === 'search')?.keys).toEqual([['/']]);
    const sequences = shortcuts.flatMap((s) => s.keys.map((keys) => keys.join(' ')));
    expect(new Set(sequences).size).toBe(sequences.length);
  });
});

describe('when a key is not a shortcut', () => {
  const on = (tagName: string, extra: Partial<KeyContext> = {}): KeyContext => ({
    key: 'j', ctrlKey: false, altKey: false, metaKey: false, target: { tagName }, dialogOpen: false, ...extra,
  });

  it('counts on the page, a link or a button', () => {
    expect(ignoresKey(on('BODY'))).toBe(false);
    expect(ignoresKey(on('A'))).toBe(false);
    expect(ignoresKey(on('BUTTON'))).toBe(false);
    expect(ignoresKey({ ...on('BODY'), target: null })).toBe(false);
  });

  it('is ignored while typing in a field', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(ignoresKey(on(tag)), tag).toBe(true);
    expect(ignoresKey(on('DIV', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(true);
    expect(isTypingTarget({ tagName: 'P', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'P' })).toBe(false);
  });

  it('is ignored with Ctrl, Alt or Meta held, or mid-composition', () => {
    expect(ignoresKey(on('BODY', { ctrlKey: true }))).toBe(true);
    expect(ignoresKey(on('BODY', { altKey: true }))).toBe(true);
    expect(ignoresKey(on('BODY', { metaKey: true }))).toBe(true);
    expect(ignoresKey(on('BODY', { isComposing: true }))).toBe(true);
  });

  it('is ignored while a dialog is open', () => {
    expect(ignoresKey(on('BODY', { dialogOpen: true }))).toBe(true);
    expect(ignoresKey(on('BUTTON', { key: '?', dialogOpen: true }))).toBe(true);
  });

  it('leaves Enter on a link or a button to the browser', () => {
    expect(ignoresKey(on('A', { key: 'Enter' }))).toBe(true);
    expect(ignoresKey(on('BUTTON', { key: 'Enter' }))).toBe(true);
    expect(ignoresKey(on('BODY', { key: 'Enter' }))).toBe(false);
  });
});

describe('list trail in history state', () => {
  it('is read back only when whole and well formed', () => {
    const trail = { list: 'topic:ai/week', sort: 'newest', index: 3 };
    expect(trailOf({ trail })).toEqual(trail);
    expect(trailOf(null)).toBeNull();
    expect(trailOf({})).toBeNull();
    expect(trailOf({ trail: { ...trail, sort: 'bogus' } })).toBeNull();
    expect(trailOf({ trail: { ...trail, index: -1 } })).toBeNull();
    expect(trailOf({ trail: { ...trail, index: 1.5 } })).toBeNull();
    expect(trailOf({ trail: { ...trail, list: '' } })).toBeNull();
  });
});
