import { themeSetting, useShownTheme } from '../../lib/theme';
import { HeaderToggle } from './header-toggle';

/** On when the theme shown (chosen or the system's) is dark. */
export function ThemeToggle() {
  const dark = useShownTheme() === 'dark';
  return (
    <HeaderToggle
      label="Dark mode"
      pressed={dark}
      onToggle={() => themeSetting.choose(dark ? 'light' : 'dark')}
      icon={<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />}
    />
  );
}
