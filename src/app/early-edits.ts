import { EARLY_EDITS } from './first-frame-guard.ts';

interface EarlyEdits {
  targets: Set<EventTarget>;
  stop: () => void;
}

/** Sets a field's value past React's value tracker, which then still holds the value React rendered. */
function setUntracked(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
}

/**
 * Hands one field edited before hydration to React as the edit it was: hydration keeps what the field
 * shows, but React's state still holds the pre-rendered value. The field is told React's value, given
 * the visitor's back, and fires the event React listens to, so its onChange runs with the visitor's value.
 */
function replayEdit(field: EventTarget): boolean {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    if (field.checked === field.defaultChecked) return false;
    const wanted = field.checked;
    field.checked = !wanted;
    field.click();
  } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    if (field.value === field.defaultValue) return false;
    const typed = field.value;
    const { selectionStart, selectionEnd } = field;
    field.value = field.defaultValue;
    setUntracked(field, typed);
    if (selectionStart !== null && selectionEnd !== null)
      field.setSelectionRange(selectionStart, selectionEnd);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else if (field instanceof HTMLSelectElement) {
    if ([...field.options].every((option) => option.selected === option.defaultSelected)) return false;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  } else return false;
  return true;
}

/**
 * Once React has hydrated the pre-rendered first frame (main.tsx): stops the guard noting edits and
 * replays each one the visitor made before, so nothing typed before the app took over is lost.
 * Returns how many fields it replayed (those whose value is not the one React rendered).
 *
 * @example replayEarlyEdits(window) // 0 when nothing was typed before hydration
 */
export function replayEarlyEdits(win: Window): number {
  const early = (win as unknown as Record<string, EarlyEdits | undefined>)[EARLY_EDITS];
  if (early === undefined) return 0;
  early.stop();
  let replayed = 0;
  for (const target of early.targets) {
    if (target instanceof Element && target.isConnected && replayEdit(target)) replayed += 1;
  }
  early.targets.clear();
  return replayed;
}
