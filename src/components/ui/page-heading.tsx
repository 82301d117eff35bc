import type { ReactNode } from 'react';

/** tabIndex -1: navigation moves focus here (see use-focus-on-navigate). */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
