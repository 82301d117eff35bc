/**
 * What each key does, as data: the help dialog lists it and the key handler
 * (use-keyboard-shortcuts.ts) follows it. Pure, with no DOM, so the rules of
 * when a key counts are tested on their own.
 */
export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'openOriginal'
  | 'toggleSaved'
  | 'toggleRead'
  | 'goFeed'
  | 'goTopics'
  | 'goSaved'
  | 'search'
  | 'help';

export type ShortcutGroup = 'Move' | 'Focused card' | 'Go to' | 'Anywhere';
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['Move', 'Focused card', 'Go to', 'Anywhere'];

export type Shortcut = {
  /** Alternatives, each a sequence of `KeyboardEvent.key` values pressed one after the other. */
  keys: readonly (readonly string[])[];
  action: ShortcutAction;
  group: ShortcutGroup;
  description: string;
};

export const shortcuts: readonly Shortcut[] = [
  { keys: [['j']], action: 'next', group: 'Move', description: 'Next card; on an article, the next article of the list it was opened from' },
  { keys: [['k']], action: 'previous', group: 'Move', description: 'Previous card; on an article, the previous article of that list' },
  { keys: [['o'], ['Enter']], action: 'open', group: 'Focused card', description: 'Open it' },
  { keys: [['v']], action: 'openOriginal', group: 'Focused card', description: 'Open the original at its outlet, in a new tab' },
  { keys: [['s']], action: 'toggleSaved', group: 'Focused card', description: 'Save it, or take it out of Saved' },
  { keys: [['m']], action: 'toggleRead', group: 'Focused card', description: 'Mark it as read, or as unread' },
  { keys: [['g', 'h']], action: 'goFeed', group: 'Go to', description: 'The feed' },
  { keys: [['g', 't']], action: 'goTopics', group: 'Go to', description: 'Topics' },
  { keys: [['g', 's']], action: 'goSaved', group: 'Go to', description: 'Saved' },
  // The search box handles `/` itself; it is here so the help lists it.
  { keys: [['/']], action: 'search', group: 'Anywhere', description: 'Search' },
  { keys: [['?']], action: 'help', group: 'Anywhere', description: 'Show these shortcuts' },
];

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'Fn']);

/** Time allowed between the keys of a sequence (`g` then `h`), as in most readers with such keys. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export type KeyStep = { action: ShortcutAction } | { pending: true } | null;

/**
 * Follows keys into sequences: `press` answers the action a key completes,
 * `{ pending: true }` when it starts a sequence, or null. A key that breaks
 * a sequence counts on its own (`g` then `j` moves on), and a sequence not
 * finished in time is dropped.
 */
export function createSequencer(keymap: readonly Shortcut[] = shortcuts, timeoutMs = SEQUENCE_TIMEOUT_MS) {
  const sequences = keymap.flatMap((shortcut) => shortcut.keys.map((keys) => ({ keys, action: shortcut.action })));
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key, i) => key === b[i]);
  const starts = (whole: readonly string[], part: readonly string[]) =>
    whole.length > part.length && part.every((key, i) => key === whole[i]);
  let pending: string[] = [];
  let pendingAt = 0;

  const match = (keys: string[], at: number): KeyStep => {
    const done = sequences.find((sequence) => same(sequence.keys, keys));
    if (done) {
      pending = [];
      return { action: done.action };
    }
    if (sequences.some((sequence) => starts(sequence.keys, keys))) {
      pending = keys;
      pendingAt = at;
      return { pending: true };
    }
    pending = [];
    return null;
  };

  return {
    press(key: string, at: number): KeyStep {
      // Shift pressed for `?` (or any modifier on its own) is part of the next key, not a key of its own.
      if (MODIFIER_KEYS.has(key)) return null;
      const previous = at - pendingAt <= timeoutMs ? pending : [];
      if (previous.length === 0) return match([key], at);
      return match([...previous, key], at) ?? match([key], at);
    },
    reset() {
      pending = [];
    },
  };
}

/** The parts of a key event that decide whether it is a shortcut at all. */
export type KeyContext = {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Mid-composition (an IME) the key belongs to the text being composed. */
  isComposing?: boolean;
  /** The element the key went to, if any. */
  target: { tagName: string; isContentEditable?: boolean } | null;
  /** A modal dialog is open: its keys are its own. */
  dialogOpen: boolean;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Enter on these does what the browser does (follow the link, press the button). */
const ENTER_ACTS_ON = new Set(['A', 'BUTTON', 'SUMMARY', 'INPUT', 'TEXTAREA', 'SELECT', 'IFRAME']);

export function isTypingTarget(target: KeyContext['target']): boolean {
  return !!target && (!!target.isContentEditable || TYPING_TAGS.has(target.tagName.toUpperCase()));
}

/**
 * A key is never a shortcut while typing in a field, with Ctrl, Alt or Meta
 * held (the browser's and the system's own shortcuts), while a dialog is
 * open, or as Enter on something Enter already works on.
 */
export function ignoresKey(context: KeyContext): boolean {
  if (context.ctrlKey || context.altKey || context.metaKey || context.isComposing) return true;
  if (context.dialogOpen || isTypingTarget(context.target)) return true;
  return context.key === 'Enter' && !!context.target && ENTER_ACTS_ON.has(context.target.tagName.toUpperCase());
}
