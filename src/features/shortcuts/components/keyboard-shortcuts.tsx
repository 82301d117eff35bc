import { useState } from 'react';
import { useKeyboardShortcuts } from '../use-keyboard-shortcuts';
import { ShortcutHelp } from './shortcut-help';

/** The keys and their help dialog; the app's root renders this once, on every page. */
export function KeyboardShortcuts() {
  const [help, setHelp] = useState(false);
  useKeyboardShortcuts(() => setHelp(true));
  return <ShortcutHelp open={help} onClose={() => setHelp(false)} />;
}
