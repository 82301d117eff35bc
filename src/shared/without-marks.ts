const MARKS = /\p{M}+/gu;

/**
 * Without diacritics: "Écoles" → "Ecoles". Its own module so a screen that
 * only compares names (the topics filter) does not bundle the stemmers.
 */
export const withoutMarks = (text: string) => text.normalize('NFD').replace(MARKS, '');
