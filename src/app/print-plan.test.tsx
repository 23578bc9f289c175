// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { isPrintShortcut, usePrintRequests } from './print-plan.ts';
import { isPrinting } from '../state/printing.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const keys = { key: 'p', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

describe('isPrintShortcut', () => {
  it('is Ctrl+P or ⌘P, in either case, and nothing with Shift or Alt', () => {
    expect(isPrintShortcut({ ...keys, ctrlKey: true })).toBe(true);
    expect(isPrintShortcut({ ...keys, metaKey: true, key: 'P' })).toBe(true);
    expect(isPrintShortcut(keys)).toBe(false);
    expect(isPrintShortcut({ ...keys, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isPrintShortcut({ ...keys, ctrlKey: true, altKey: true })).toBe(false);
    expect(isPrintShortcut({ ...keys, ctrlKey: true, key: 'o' })).toBe(false);
  });
});

describe('usePrintRequests', () => {
  function Page() {
    usePrintRequests();
    return null;
  }
  const press = (init: KeyboardEventInit): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', { cancelable: true, bubbles: true, ...init });
    document.body.dispatchEvent(event);
    return event;
  };

  it('Ctrl+P prints the plan once the print view has loaded; two presses while it loads print once', async () => {
    const print = vi.fn();
    window.print = print; // happy-dom has no print
    render(<Page />);
    const first = press({ key: 'p', ctrlKey: true });
    const second = press({ key: 'p', ctrlKey: true });
    expect(first.defaultPrevented && second.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(print).toHaveBeenCalledTimes(1);
    expect(press({ key: 'p', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
  });

  it('marks the page printing from beforeprint to afterprint', () => {
    render(<Page />);
    window.dispatchEvent(new Event('beforeprint'));
    expect(isPrinting()).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(isPrinting()).toBe(false);
  });
});
