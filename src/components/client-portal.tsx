import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useHydrated } from './use-hydrated.ts';

/**
 * Renders its children into `into` (outside the page's root), in the browser only: the first frame
 * rendered at build time has no portals, so this renders nothing there and while React hydrates that
 * frame, and the portal right after. A render in the browser without hydration has it at once.
 */
export function ClientPortal({ into, children }: { into: Element | null; children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated && into !== null ? createPortal(children, into) : null;
}
