// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { isPrinting, setPrinting, usePrinting } from './printing.ts';

afterEach(() => {
  cleanup();
  setPrinting(false);
});

describe('printing', () => {
  it('the doc comment example', () => {
    setPrinting(true);
    expect(isPrinting()).toBe(true);
  });

  it('usePrinting follows it, and renders only when it changes', () => {
    const seen: boolean[] = [];
    function Probe() {
      seen.push(usePrinting());
      return null;
    }
    render(<Probe />);
    act(() => setPrinting(true));
    act(() => setPrinting(true));
    act(() => setPrinting(false));
    expect(seen).toEqual([false, true, false]);
  });
});
