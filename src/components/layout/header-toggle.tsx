import type { ReactNode } from 'react';

type HeaderToggleProps = { label: string; pressed: boolean; onToggle: () => void; icon: ReactNode };

/**
 * A header switch whose name stays the same whatever its state: aria-pressed
 * says whether it is on, so a screen reader hears "Dark mode, pressed"
 * rather than a label that changes meaning. The icon shows the state; on
 * phones the text is hidden visually and stays the button's name.
 */
export function HeaderToggle({ label, pressed, onToggle, icon }: HeaderToggleProps) {
  return (
    <button type="button" className="header-toggle" aria-pressed={pressed} title={label} onClick={onToggle}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        {icon}
      </svg>
      <span className="header-toggle__text">{label}</span>
    </button>
  );
}
