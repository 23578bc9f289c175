// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { templateById } from '../../state/templates.ts';
import { SCENARIOS, scenario } from '../../testing/scenarios.ts';
import { ResultsPanel } from './results-panel.tsx';

/** A count as the hooks show it: digits with thousands separators. */
const shown = (value: bigint | number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function renderResults() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <ResultsPanel />
    </EvaluationProvider>,
  );
  return user;
}

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe.each(SCENARIOS)('ResultsPanel, scenario $id', ({ plan, expected }) => {
  it('shows the expected figures in the stable hooks', () => {
    usePlanStore.getState().loadPlan(plan);
    renderResults();
    const hook = (id: string) => screen.getByTestId(id).textContent;
    if (expected.podNodeBlocksIpv4 !== undefined)
      expect(hook('pod-node-blocks-ipv4')).toBe(shown(expected.podNodeBlocksIpv4));
    if (expected.podMaxNodesIpv4 !== undefined)
      expect(hook('pod-max-nodes-ipv4')).toBe(shown(expected.podMaxNodesIpv4));
    if (expected.podNodeBlocksIpv6 !== undefined)
      expect(hook('pod-node-blocks-ipv6')).toBe(shown(expected.podNodeBlocksIpv6));
    expect(hook('service-allocatable-ipv4')).toBe(shown(expected.serviceAllocatableIpv4));
    if (expected.serviceAllocatableIpv6 !== undefined)
      expect(hook('service-allocatable-ipv6')).toBe(shown(expected.serviceAllocatableIpv6));
    else expect(screen.queryByTestId('service-allocatable-ipv6')).toBeNull();
    for (const [name, [usable, upgrade]] of Object.entries(expected.subnets)) {
      expect(hook(`subnet-usable-${name}`)).toBe(shown(usable));
      expect(hook(`subnet-upgrade-ips-${name}`)).toBe(shown(upgrade));
    }
    expect(hook('cluster-nodes')).toBe(shown(expected.clusterNodes));
    expect(hook('cluster-nodes-upgrade')).toBe(shown(expected.clusterNodesDuringUpgrade));
    // every hook holds plain digits with optional thousands separators, nothing else (plan-document.md §4)
    for (const element of document.querySelectorAll('[data-testid]')) {
      expect(element.textContent, element.getAttribute('data-testid') ?? '').toMatch(/^\d{1,3}(,\d{3})*$/);
    }
  });
});

describe('ResultsPanel', () => {
  it('shows the pool figures per pool', () => {
    usePlanStore.getState().loadPlan(scenario('production-autoscale').plan);
    renderResults();
    expect(screen.getByTestId('pool-nodes-apps').textContent).toBe('20');
    expect(screen.getByTestId('pool-surge-apps').textContent).toBe('7'); // ceil(20 × 33 %)
    expect(screen.getByTestId('pool-nodes-win22').textContent).toBe('2');
    expect(screen.getByTestId('pool-surge-win22').textContent).toBe('1');
  });

  it('"how?" shows the working with the plan’s values and the rule, and hides it again', async () => {
    const user = renderResults();
    const toggle = screen.getByRole('button', { name: 'how? working for Node blocks (/24)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('hide working for Node blocks (/24)');
    const working = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(working?.textContent).toContain('2^(24−16) = 256');
    expect(working?.textContent).toContain('R15');
    expect(
      within(working as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/2\^\(24−16\) = 256/)).toBeNull();
  });

  it('the working code loads on the first "how?"; every later one shows its working in the same render', async () => {
    const user = renderResults();
    await user.click(screen.getByRole('button', { name: 'how? working for Max nodes' }));
    expect(await screen.findByText(/= 256 nodes/)).toBeTruthy();
    // A synchronous click: no "Working it out…" in between once the code is there.
    act(() => screen.getByRole('button', { name: 'how? working for Allocatable ClusterIPs' }).click());
    expect(screen.getByText(/= 65,534 ClusterIPs/)).toBeTruthy();
    expect(screen.queryByText('Working it out…')).toBeNull();
  });

  it('shows the max nodes, service and subnet working', async () => {
    const user = renderResults();
    await user.click(screen.getByRole('button', { name: 'how? working for Max nodes' }));
    expect(screen.getByText(/min\(256 blocks, 5,000 node limit\) = 256 nodes/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'how? working for Allocatable ClusterIPs' }));
    expect(screen.getByText(/2\^\(32−16\) − 2 \(network and broadcast\) = 65,534 ClusterIPs/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'how? working for subnet nodes' }));
    expect(screen.getByText(/2\^\(32−22\) − 5 reserved by Azure = 1,019 usable/)).toBeTruthy();
    expect(screen.getByText(/system \(3 \+ 1\) × 1 = 4 IPs/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'how? working for pool system' }));
    expect(screen.getByText(/min\(ceil\(3 × 10 %\), 3\) = 1 surge nodes/)).toBeTruthy();
  });

  it('follows the draft as it changes', () => {
    renderResults();
    expect(screen.getByTestId('pod-node-blocks-ipv4').textContent).toBe('256');
    act(() => usePlanStore.getState().setCluster({ podCidrs: ['10.244.0.0/20'] }));
    expect(screen.getByTestId('pod-node-blocks-ipv4').textContent).toBe('16');
  });

  it('shows no hook, only a dash, where a figure has no value', () => {
    usePlanStore.getState().setCluster({ podCidrs: ['10.244.0.0/33'] });
    renderResults();
    expect(screen.queryByTestId('pod-node-blocks-ipv4')).toBeNull();
    expect(screen.getByText('No valid pod CIDR yet.')).toBeTruthy();
  });

  it('explains where pods take their IPs under flat Azure CNI', () => {
    usePlanStore.getState().loadPlan(scenario('flat-cni').plan);
    renderResults();
    expect(screen.getByText(/Pods take IPs from the node subnet/)).toBeTruthy();
    expect(screen.queryByTestId('pod-node-blocks-ipv4')).toBeNull();
  });
});

describe('ResultsPanel: "needs at least /N" (R70)', () => {
  it('shows the smallest pod CIDR and subnet beside each range, with the working behind "how?"', async () => {
    usePlanStore.getState().loadPlan({
      schemaVersion: 1,
      cluster: { podCidrs: ['10.244.0.0/18'] },
      vnet: {
        addressSpace: ['10.224.0.0/12'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/25'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 124 }],
    });
    const user = renderResults();
    // 124 nodes + 13 surge = 137 blocks: 24 − ceil(log2 137) = 16; 137 IPs: a /24 (251 usable)
    expect(screen.getByTestId('pod-min-prefix-ipv4').textContent).toBe('16');
    expect(screen.getByTestId('subnet-min-prefix-snet-nodes').textContent).toBe('24');
    await user.click(screen.getByRole('button', { name: /working for the smallest pod CIDR IPv4/ }));
    expect(screen.getByText(/24 − ceil\(log2 137\) = \/16/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: /working for subnet snet-nodes/ }));
    expect(screen.getByText(/2\^\(32−p\) − 5 ≥ 137 IPs during upgrade: \/24 = 251 usable/)).toBeDefined();
  });
});
