// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { templateById } from '../../state/templates.ts';
import { PlanForm } from './plan-form.tsx';

const draft = () => usePlanStore.getState().draft;

function renderForm() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <PlanForm />
    </EvaluationProvider>,
  );
  return user;
}

beforeEach(() => {
  const template = templateById('production-autoscale');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe('removing a row can be undone (issue 13)', () => {
  it('a removed node pool comes back, in its place, with the Undo button', async () => {
    const user = renderForm();
    const before = draft().nodePools.map((p) => p.name);
    const second = before[1] ?? '';
    await user.click(screen.getByRole('button', { name: `Remove node pool ${second}` }));
    expect(draft().nodePools.map((p) => p.name)).not.toContain(second);
    await user.click(screen.getByRole('button', { name: `Undo removing node pool ${second}` }));
    expect(draft().nodePools.map((p) => p.name)).toEqual(before);
  });

  it('a removed subnet and a removed connected network come back, and edits made since are kept', async () => {
    const user = renderForm();
    const subnets = draft().subnets.map((s) => s.name);
    const first = subnets[0] ?? '';
    await user.click(screen.getByRole('button', { name: `Remove subnet ${first}` }));
    usePlanStore.getState().setTop({ title: 'Edited after the removal' });
    await user.click(screen.getByRole('button', { name: `Undo removing subnet ${first}` }));
    expect(draft().subnets.map((s) => s.name)).toEqual(subnets);
    expect(draft().title).toBe('Edited after the removal');
  });

  it('Ctrl+Z outside a text field undoes the last removal', async () => {
    const user = renderForm();
    const nets = draft().connectedNetworks.length;
    const name = draft().connectedNetworks[0]?.name ?? '';
    await user.click(screen.getByRole('button', { name: `Remove connected network ${name}` }));
    expect(draft().connectedNetworks).toHaveLength(nets - 1);
    await user.keyboard('{Control>}z{/Control}');
    expect(draft().connectedNetworks).toHaveLength(nets);
  });
});
