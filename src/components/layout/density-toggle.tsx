import { densitySetting, useDensity } from '../../lib/density';

/** Compact cards on or off; named "Compact" in both states, like the theme toggle beside it. */
export function DensityToggle() {
  const compact = useDensity() === 'compact';
  return (
    <button
      type="button"
      className="header-toggle"
      aria-pressed={compact}
      title="Compact"
      onClick={() => densitySetting.choose(compact ? 'comfortable' : 'compact')}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M4 5h16M4 9.67h16M4 14.33h16M4 19h16" />
      </svg>
      <span className="header-toggle__text">Compact</span>
    </button>
  );
}
