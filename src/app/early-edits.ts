import { EARLY_EDITS } from './first-frame-guard.ts';

/** What the visitor did to the pre-rendered first frame before React took it over (first-frame-guard.ts). */
export interface EarlyEdits {
  /** The fields edited, each once. */
  targets: Set<EventTarget>;
  /** The buttons clicked, in order. */
  clicks: HTMLButtonElement[];
  stop: () => void;
}

/** Sets a field's value past React's value tracker, which then still holds the value React rendered. */
function setUntracked(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
}

/**
 * Hands one field edited before hydration to React as the edit it was: hydration keeps what the field
 * shows, but React's state still holds the pre-rendered value. The field is told React's value, given
 * the visitor's back, and fires the event React listens to, so its onChange runs with the visitor's
 * value. False when the field holds what React rendered.
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
 * Just before React takes the pre-rendered first frame over (main.tsx): stops the guard noting what the
 * visitor does, and returns what it noted (null when the page had no pre-rendered frame). From then on
 * React handles every event itself, hydrating at once the part a click or a key lands on.
 *
 * @example takeEarlyEdits(window) // null on a page the guard did not run in
 */
export function takeEarlyEdits(win: Window): EarlyEdits | null {
  const early = (win as unknown as Record<string, EarlyEdits | undefined>)[EARLY_EDITS];
  if (early === undefined) return null;
  early.stop();
  return early;
}

/**
 * Once React has hydrated the first frame: replays what the visitor did before, so nothing is lost.
 * First each edited field (React's state takes the value the field shows), then each click on a button
 * still on the page and enabled, in order. Returns how many edits and clicks it replayed.
 *
 * @example replayEarlyEdits(null) // 0
 */
export function replayEarlyEdits(early: EarlyEdits | null): number {
  if (early === null) return 0;
  let replayed = 0;
  for (const target of early.targets)
    if (target instanceof Element && target.isConnected && replayEdit(target)) replayed += 1;
  for (const button of early.clicks) {
    if (!button.isConnected || button.disabled) continue;
    button.click();
    replayed += 1;
  }
  early.targets.clear();
  early.clicks.length = 0;
  return replayed;
}
