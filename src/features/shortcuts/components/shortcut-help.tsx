import { useEffect, useId, useRef } from 'react';
import { refocusCard } from '../card-focus';
import { SHORTCUT_GROUPS, shortcuts } from '../keymap';
import { KeyCombo } from './key-combo';

type ShortcutHelpProps = {
  open: boolean;
  /** Changes with each request to open it: one made while the dialog is closing opens it again. */
  asked?: number;
  onClose: () => void;
};

/**
 * Every shortcut, from the keymap itself, in a modal <dialog>: the browser
 * keeps focus inside, makes the page behind inert and closes it on Escape.
 * Focus goes back where it was when it opened.
 */
export function ShortcutHelp({ open, asked, onClose }: ShortcutHelpProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element || element.open) return;
    returnTo.current = document.activeElement;
    element.showModal();
  }, [open, asked]);

  // Only while open: the page's text holds no help it does not show.
  if (!open) return null;
  return (
    <dialog
      ref={dialog}
      className="shortcut-help"
      aria-labelledby={titleId}
      onClose={() => {
        // Opened again before this close event came (Escape, then `?` at once): it is the open dialog's now.
        if (dialog.current?.open) return;
        onClose();
        const target = returnTo.current;
        returnTo.current = null;
        // A list may have rendered the focused card anew meanwhile: then focus goes to its new element.
        if (target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
        else refocusCard();
      }}
    >
      <div className="shortcut-help__header">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <div className="shortcut-help__groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcut-help__group">
            <h3>{group}</h3>
            <dl>
              {shortcuts
                .filter((shortcut) => shortcut.group === group)
                .map((shortcut) => (
                  <div key={shortcut.action} className="shortcut-help__row">
                    <dt>
                      <KeyCombo keys={shortcut.keys} />
                    </dt>
                    <dd>{shortcut.description}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcut-help__note">Keys do nothing while you type in a field.</p>
    </dialog>
  );
}
