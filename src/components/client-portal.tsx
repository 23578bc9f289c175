import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const never = (): (() => void) => () => {};

/**
 * True in the browser once the page is the app's own: false while React hydrates the frame rendered at
 * build time (and in that render itself), true from the render right after and in any other render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/**
 * Renders its children into `into` (outside the page's root), in the browser only: the first frame
 * rendered at build time has no portals, so this renders nothing there and while React hydrates that
 * frame, and the portal right after. A render in the browser without hydration has it at once.
 */
export function ClientPortal({ into, children }: { into: Element | null; children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated && into !== null ? createPortal(children, into) : null;
}
