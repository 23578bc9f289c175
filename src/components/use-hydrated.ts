import { useSyncExternalStore } from 'react';

const never = (): (() => void) => () => {};

/**
 * True in the browser once the page is the app's own: false in the first frame rendered at build time
 * and while React hydrates it (docs/decisions/0008), true from the render right after and in any render
 * without hydration. What only the browser knows (the page's address) waits for it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
