import type { ReactNode } from 'react';
import { useId } from 'react';
import { densitySetting, useDensity, type Density } from '../../../lib/density';
import { themeSetting, useThemeChoice, type Theme } from '../../../lib/theme';

type Option<T extends string> = { value: T; label: string; hint?: string };

/** A set of radio buttons: arrow keys move between them, as the platform does. */
function Choice<T extends string>({ legend, options, value, onChange }: {
  legend: ReactNode;
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="settings-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="settings-choice__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.hint && <span className="settings-choice__hint"> {option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const themes: Option<Theme | 'system'>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System', hint: '(as this device is set)' },
];

const densities: Option<Density>[] = [
  { value: 'comfortable', label: 'Comfortable', hint: '(pictures, summaries and topics)' },
  { value: 'compact', label: 'Compact', hint: '(one line per story)' },
];

/** The same choices as the header's two toggles, with "System" too; each applies at once. */
export function DisplaySettings() {
  const theme = useThemeChoice() ?? 'system';
  const density = useDensity();
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Display</h2>
      <div className="settings-choices">
        <Choice
          legend="Theme"
          options={themes}
          value={theme}
          onChange={(next) => themeSetting.choose(next === 'system' ? null : next)}
        />
        <Choice legend="Density" options={densities} value={density} onChange={(next) => densitySetting.choose(next)} />
      </div>
    </section>
  );
}
