// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { EvaluationProvider, useEvaluation, useLaterEvaluation } from './evaluation.tsx';
import { usePlanStore } from './plan-store.ts';
import { setPrinting } from './printing.ts';

afterEach(cleanup);

describe('useLaterEvaluation (issue 16: a keystroke renders the result first)', () => {
  it('an edit renders the result views with the new plan before the later views, which render once, after them', () => {
    usePlanStore.getState().setTop({ title: 'A' });
    const renders: string[] = [];
    // The later view comes first in the tree: rendered in the same pass it would be seen first.
    function Later() {
      renders.push(`later ${useLaterEvaluation().plan.title ?? ''}`);
      return null;
    }
    function Result() {
      renders.push(`result ${useEvaluation().plan.title ?? ''}`);
      return null;
    }
    render(
      <EvaluationProvider>
        <Later />
        <Result />
      </EvaluationProvider>,
    );
    expect(renders).toEqual(['later A', 'result A']);

    renders.length = 0;
    act(() => usePlanStore.getState().setTop({ title: 'B' }));
    expect(renders).toEqual(['result B', 'later B']);
  });

  it('while the browser prints, the later views are the current plan: a print right after an edit shows it', () => {
    usePlanStore.getState().setTop({ title: 'A' });
    function Later() {
      return <p data-testid="later">{useLaterEvaluation().plan.title}</p>;
    }
    const { getByTestId } = render(
      <EvaluationProvider>
        <Later />
      </EvaluationProvider>,
    );
    // The edit's urgent render only: the later view is one edit behind, as on screen after a keystroke.
    flushSync(() => usePlanStore.getState().setTop({ title: 'B' }));
    expect(getByTestId('later').textContent).toBe('A');
    // beforeprint (src/app/print-plan.ts): the later view renders the current plan before the print.
    flushSync(() => setPrinting(true));
    expect(getByTestId('later').textContent).toBe('B');
    act(() => setPrinting(false));
    expect(getByTestId('later').textContent).toBe('B');
  });
});
