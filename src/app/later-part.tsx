import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { AfterFirstPaint } from '../components/after-first-paint.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

/**
 * A part of the page below the first result or behind a click (a lazy chunk): it starts loading once the
 * first result has painted, and if it cannot load or render, it says so in its place while the form,
 * the findings and the results keep working (docs/decisions/0006-first-result-in-one-go.md).
 */
export function LaterPart({ children }: { children: ReactNode }) {
  return (
    <AfterFirstPaint>
      <ErrorBoundary>
        <Suspense fallback={null}>{children}</Suspense>
      </ErrorBoundary>
    </AfterFirstPaint>
  );
}
