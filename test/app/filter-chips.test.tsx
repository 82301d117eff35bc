/**
 * The filter chips on their own: a count scaled up from a sample reads
 * "≈ 1,200" and is said as "about 1,200"; an exact count is the number;
 * counts of the last search, shown while this one's load, say they are busy.
 */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { FilterChips } from '../../src/features/search/components/filter-chips';
import type { FilterCounts } from '../../src/features/search/engine/engine';

const state = { q: 'weather tide', filters: {}, sort: 'relevance' as const };
const nameOf = (_: string, value: string) => value.toUpperCase();

function chips(counts: FilterCounts, stale = false) {
  render(
    <MemoryRouter>
      <FilterChips state={state} counts={counts} stale={stale} total={5000} nameOf={nameOf} />
    </MemoryRouter>,
  );
  return within(screen.getByRole('list', { name: 'Topic' })).getAllByRole('link');
}

describe('filter chips', () => {
  it('say an approximate count is about that many', () => {
    const [first] = chips({ topic: { storms: 1234, tides: 800 }, source: {}, type: {}, approximate: true });
    expect(first).toHaveAccessibleName('STORMS about 1,234');
    expect(first).toHaveTextContent('STORMS ≈about 1,234');
  });

  it('give an exact count as it is', () => {
    const [first] = chips({ topic: { storms: 1234, tides: 800 }, source: {}, type: {} });
    expect(first).toHaveAccessibleName('STORMS 1,234');
    expect(first!.closest('.search-filters')).toHaveAttribute('aria-busy', 'false');
  });

  it('say they are busy while they still show the last search’s counts', () => {
    const [first] = chips({ topic: { storms: 1234, tides: 800 }, source: {}, type: {} }, true);
    expect(first!.closest('.search-filters')).toHaveAttribute('aria-busy', 'true');
  });
});
