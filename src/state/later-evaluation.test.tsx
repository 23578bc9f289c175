// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { EvaluationProvider, useEvaluation, useLaterEvaluation } from './evaluation.tsx';
import { usePlanStore } from './plan-store.ts';

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
});
