import { themeSetting, useShownTheme } from '../../lib/theme';

/**
 * A toggle whose name stays "Dark mode" whatever the theme: aria-pressed says
 * whether it is on (the theme shown, chosen or the system's), so a screen
 * reader hears "Dark mode, pressed" rather than a label that changes meaning.
 * The icon is the label's too; the pressed look shows the state. On phones
 * the text is hidden visually and stays the button's name.
 */
export function ThemeToggle() {
  const dark = useShownTheme() === 'dark';
  return (
    <button
      type="button"
      className="header-toggle"
      aria-pressed={dark}
      title="Dark mode"
      onClick={() => themeSetting.choose(dark ? 'light' : 'dark')}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
      <span className="header-toggle__text">Dark mode</span>
    </button>
  );
}
