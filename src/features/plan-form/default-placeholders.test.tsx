// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { PlanForm } from './plan-form.tsx';

afterEach(cleanup);

function renderForm(kubernetesVersion: string) {
  usePlanStore.getState().loadPlan({
    schemaVersion: 1,
    cluster: { kubernetesVersion, networkPlugin: 'kubenet' },
    nodePools: [{ name: 'system', count: 3 }],
  });
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <PlanForm />
    </EvaluationProvider>,
  );
  return user;
}

const pool = () => screen.getByRole('group', { name: 'Node pool 1: system' });
const placeholder = (element: HTMLElement) => element.getAttribute('placeholder');

describe('the form shows the default the core applies to this plan', () => {
  it('max surge: 1 node below Kubernetes 1.32, 10 % from 1.32 (R35)', async () => {
    const user = renderForm('1.31');
    expect(placeholder(within(pool()).getByLabelText('Max surge'))).toBe('1 node (default)');
    await user.clear(screen.getByLabelText('Kubernetes version'));
    await user.type(screen.getByLabelText('Kubernetes version'), '1.32');
    expect(placeholder(within(pool()).getByLabelText('Max surge'))).toBe('10% (default)');
    await user.clear(screen.getByLabelText('Kubernetes version'));
    expect(placeholder(within(pool()).getByLabelText('Max surge'))).toBe('10% (default)');
  });

  it('max pods follows the plugin; kubenet routes follow the outbound type (R29, R21)', async () => {
    const user = renderForm('1.33');
    expect(placeholder(within(pool()).getByLabelText('Max pods per node'))).toBe('110 (default)');
    expect(placeholder(screen.getByLabelText('Custom routes in route table'))).toBe('0 (default)');
    await user.selectOptions(screen.getByLabelText('Outbound type'), 'userDefinedRouting');
    expect(placeholder(screen.getByLabelText('Custom routes in route table'))).toBe('1 (default)');
    await user.selectOptions(screen.getByLabelText('Network plugin'), 'azureNodeSubnet');
    expect(placeholder(within(pool()).getByLabelText('Max pods per node'))).toBe('30 (default)');
  });
});
