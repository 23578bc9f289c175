// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { PlanForm } from './plan-form.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a plan with two subnets of one name (an import, a link; SUBNET_NAME_DUPLICATE says so)', () => {
  it('renders every row, and each pool’s subnet list names each subnet once', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    usePlanStore.getState().loadPlan({
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.0.0.0/16'],
        subnets: [
          { name: 'nodes', addressPrefixes: ['10.0.0.0/24'] },
          { name: 'nodes', addressPrefixes: ['10.0.1.0/24'] },
        ],
      },
      nodePools: [{ name: 'system', count: 3, subnet: 'nodes' }],
    });
    render(
      <EvaluationProvider>
        <PlanForm />
      </EvaluationProvider>,
    );
    expect(screen.getAllByText(/two subnets|same name|duplicate/i).length).toBeGreaterThan(0);
    const keyWarnings = errors.mock.calls.filter((call) => String(call[0]).includes('same key'));
    expect(keyWarnings).toEqual([]);
    const select = screen.getByLabelText('Node subnet', { exact: true });
    const names = [...select.querySelectorAll('option')].map((o) => o.value).filter((v) => v !== '');
    expect(names).toEqual(['nodes']);
  });
});
