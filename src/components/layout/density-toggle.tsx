import { densitySetting, useDensity } from '../../lib/density';
import { HeaderToggle } from './header-toggle';

/** Compact cards on or off. */
export function DensityToggle() {
  const compact = useDensity() === 'compact';
  return (
    <HeaderToggle
      label="Compact"
      pressed={compact}
      onToggle={() => densitySetting.choose(compact ? 'comfortable' : 'compact')}
      icon={<path d="M4 5h16M4 9.67h16M4 14.33h16M4 19h16" />}
    />
  );
}
