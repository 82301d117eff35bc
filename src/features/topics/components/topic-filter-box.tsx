import { useId } from 'react';

type TopicFilterBoxProps = { value: string; onChange: (value: string) => void; shown: number; total: number };

/** Narrows the topic list as you type; says how many topics are left, politely, for screen readers too. */
export function TopicFilterBox({ value, onChange, shown, total }: TopicFilterBoxProps) {
  const id = useId();
  return (
    <div className="topic-filter">
      <label htmlFor={id} className="topic-filter__label">
        Filter topics
      </label>
      <input
        id={id}
        type="search"
        className="search-form__input topic-filter__input"
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a topic's name"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="topic-filter__count" aria-live="polite">
        {value.trim() ? `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} topics` : ''}
      </p>
    </div>
  );
}
