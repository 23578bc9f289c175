// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { usePlanStore } from '../state/plan-store.ts';
import { App } from './app.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a plan that repeats a name or a range renders every row of every view', () => {
  it('two subnets of one name, a pod and a service CIDR given twice, two pools of one name: no key or id clash', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    usePlanStore.getState().loadPlan({
      schemaVersion: 1,
      title: 'Repeated names',
      cluster: {
        podCidrs: ['10.244.0.0/16', '10.244.0.0/16'],
        serviceCidrs: ['10.96.0.0/16', '10.96.0.0/16'],
      },
      vnet: {
        addressSpace: ['10.0.0.0/16'],
        subnets: [
          { name: 'nodes', addressPrefixes: ['10.0.0.0/24'] },
          { name: 'nodes', addressPrefixes: ['10.0.1.0/24'] },
        ],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3, subnet: 'nodes' },
        { name: 'system', count: 2, subnet: 'nodes' },
      ],
    });
    render(<App pageEnd={document.body} />);
    // The later parts too: the comparison, the address map, the print view.
    await screen.findByRole('heading', { name: 'Compare network plugins' }, { timeout: 10_000 });
    await screen.findByRole('heading', { name: 'Address map' });
    await vi.waitFor(() => expect(document.querySelector('.print-view')).not.toBeNull(), { timeout: 10_000 });
    await new Promise((done) => setTimeout(done, 300));
    const clashes = errors.mock.calls
      .filter((call) => String(call[0]).includes('same key'))
      .map((call) => `key ${String(call[1])}`);
    expect(clashes).toEqual([]);
    expect(document.querySelectorAll('.print-view tbody tr').length).toBeGreaterThan(0);
    // Two result cards of one family: each its own heading id and test hooks, so labels and "how?" point right.
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Hooks named after a subnet or pool (subnet-usable-NAME, pool-nodes-NAME) are the contract's: two
    // subnets of one name share them. The family hooks of a second range of one family do not.
    const hooks = [...document.querySelectorAll('.workspace [data-testid]')]
      .map((el) => el.getAttribute('data-testid') ?? '')
      .filter((hook) => !/^(subnet|pool)-/.test(hook));
    expect(hooks.filter((hook, i) => hooks.indexOf(hook) !== i)).toEqual([]);
    expect(hooks).toContain('pod-max-nodes-ipv4-2');
  }, 30_000);
});
