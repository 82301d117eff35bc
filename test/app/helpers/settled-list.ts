import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits until the virtual list has taken over from the rows drawn in flow
 * (card-list.tsx): a click on a card before that may land on a row about to
 * be replaced, and a loaded machine makes that moment long.
 */
export async function settledList(): Promise<void> {
  await waitFor(() => expect(document.querySelector('ol.card-list:not(.card-list--leading)')).not.toBeNull());
}
