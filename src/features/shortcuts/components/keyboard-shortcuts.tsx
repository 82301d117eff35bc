import { useState } from 'react';
import { useKeyboardShortcuts } from '../use-keyboard-shortcuts';
import { ShortcutHelp } from './shortcut-help';

/** The keys and their help dialog; the app's root renders this once, on every page. */
export function KeyboardShortcuts() {
  // How many times `?` asked since the help last closed: a `?` pressed just
  // after Escape, before the dialog's close event came, must still open it.
  const [asked, setAsked] = useState(0);
  useKeyboardShortcuts(() => setAsked((n) => n + 1));
  return <ShortcutHelp open={asked > 0} asked={asked} onClose={() => setAsked(0)} />;
}
