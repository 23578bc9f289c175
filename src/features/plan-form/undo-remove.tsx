import { useEffect } from 'react';
import { usePlanStore } from '../../state/plan-store.ts';
import type { RemovedRow } from '../../state/plan-store.ts';

const KIND: Record<RemovedRow['list'], string> = {
  nodePools: 'node pool',
  subnets: 'subnet',
  connectedNetworks: 'connected network',
};

/** "node pool apps": what the row was, as its Remove button named it. */
function describeRemoved(removed: RemovedRow): string {
  const name = removed.row.name.trim();
  return `${KIND[removed.list]} ${name === '' ? removed.index + 1 : name}`;
}

/** True when Ctrl+Z belongs to a text field (its own typing undo), not to the page. */
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * After a pool, subnet or connected network is removed: "Removed node pool apps. Undo" until the
 * next removal, another plan, or Dismiss. Ctrl+Z (⌘Z) outside a text field does the same.
 */
export function UndoRemoveNotice() {
  const removed = usePlanStore((s) => s.removed);
  const undo = usePlanStore((s) => s.undoRemove);
  const forget = usePlanStore((s) => s.forgetRemoved);
  useEffect(() => {
    if (removed === null) return;
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        if (inTextField(event.target)) return;
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [removed, undo]);
  const what = removed === null ? '' : describeRemoved(removed);
  return (
    <div aria-live="polite" className="undo-notice-region">
      {removed === null ? null : (
        <div className="undo-notice">
          <span>Removed {what}.</span>
          <button type="button" onClick={undo} aria-label={`Undo removing ${what}`}>
            Undo
          </button>
          <button type="button" onClick={forget} aria-label="Dismiss the undo note">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
