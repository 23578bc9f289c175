// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { templateById } from '../../state/templates.ts';
import { PlanForm } from './plan-form.tsx';

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe('the form enforces the limits of plan files and links (issue 13)', () => {
  it.each([
    ['Plan title', 200],
    ['Cluster name', 63],
    ['Kubernetes version', 20],
    ['Pod CIDR (IPv4)', 64],
  ])('%s takes at most %i characters, and says so', async (label, max) => {
    const user = userEvent.setup();
    render(
      <EvaluationProvider>
        <PlanForm />
      </EvaluationProvider>,
    );
    const input = screen.getByLabelText(label, { exact: true });
    await user.clear(input);
    await user.click(input);
    await user.paste('x'.repeat(max + 12));
    expect((input as HTMLInputElement).value).toHaveLength(max);
    const field = input.closest('.field');
    if (!(field instanceof HTMLElement)) throw new Error('no field');
    expect(
      within(field).getByText(`At most ${max} characters (the limit of plan files and links).`),
    ).toBeTruthy();
  });
});
