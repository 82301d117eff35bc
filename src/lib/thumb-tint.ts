/**
 * A stable tint per outlet, so a column of placeholders reads as outlets,
 * not as broken images: one of twelve hues (cards.css, `.thumb--tint-N`), a
 * class rather than a style, so a static page can draw it too (its CSP
 * allows no style attributes) and the app takes it over unchanged.
 */
export function thumbTint(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `thumb--tint-${hash % 12}`;
}

/** The letter an outlet's placeholder shows when it has no logo. */
export const outletInitial = (name: string) => name.trim().charAt(0).toUpperCase();
