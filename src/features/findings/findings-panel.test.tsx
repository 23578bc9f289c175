// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import type { PlanDocument } from '../../core/index.ts';
import { arbitraryPlan } from '../../testing/plan-arbitraries.ts';
import { EvaluationProvider, useEvaluation } from '../../state/evaluation.tsx';
import { fieldId } from '../../state/field-paths.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { templateById } from '../../state/templates.ts';
import { SCENARIOS, scenario } from '../../testing/scenarios.ts';
import { PlanForm } from '../plan-form/index.ts';
import { FindingsPanel } from './findings-panel.tsx';

function renderPage() {
  const user = userEvent.setup();
  render(
    <EvaluationProvider>
      <PlanForm />
      <FindingsPanel />
    </EvaluationProvider>,
  );
  return user;
}

/** kubenet on Free with 13 nodes (a warning and a note) plus a max pods that is not a number (an error). */
function loadMixedPlan(): void {
  usePlanStore.getState().loadPlan(scenario('kubenet').plan);
  const pool = usePlanStore.getState().draft.nodePools[1];
  if (pool === undefined) throw new Error('no pool');
  usePlanStore.getState().updateRow('nodePools', pool.id, { maxPods: 'abc' });
}

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no template');
  usePlanStore.getState().loadPlan(template.plan);
});
afterEach(cleanup);

describe('FindingsPanel', () => {
  it('says so when there are no findings', () => {
    usePlanStore.getState().loadPlan(scenario('small-dev').plan);
    renderPage();
    expect(screen.getByRole('status').textContent).toBe('No findings: the plan passes every rule.');
    expect(document.querySelectorAll('[data-finding-code]')).toHaveLength(0);
  });

  it('groups findings by severity, errors first, each with its code and severity', () => {
    loadMixedPlan();
    renderPage();
    const panel = screen.getByRole('region', { name: 'Findings' });
    expect(within(panel).getByRole('status').textContent).toBe('1 error, 1 warning, 1 note.');
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Errors (1)', 'Warnings (1)', 'Notes (1)']);
    const groups = Array.from(panel.querySelectorAll('.finding-group'));
    const inGroups = groups.map((g) =>
      Array.from(g.querySelectorAll('[data-finding-code]')).map(
        (f) => `${f.getAttribute('data-severity')}:${f.getAttribute('data-finding-code')}`,
      ),
    );
    expect(inGroups).toEqual([
      ['error:FIELD_NOT_A_NUMBER'],
      ['warning:FREE_TIER_OVER_10_NODES'],
      ['info:KUBENET_RETIRING'],
    ]);
    const error = panel.querySelector('[data-finding-code="FIELD_NOT_A_NUMBER"]');
    expect(error?.textContent).toContain('Max pods "abc" is not a whole number');
    expect(within(error as HTMLElement).getByRole('button').textContent).toBe(
      'Go to Max pods per node (Node pool 2: batch)',
    );
  });

  it('says the plan is valid when there are only warnings and notes, and links the rule', () => {
    usePlanStore.getState().loadPlan(scenario('kubenet').plan);
    renderPage();
    expect(screen.getByRole('status').textContent).toBe('1 warning, 1 note. The plan is valid.');
    const warning = document.querySelector('[data-finding-code="FREE_TIER_OVER_10_NODES"]') as HTMLElement;
    const rule = within(warning).getByRole('link');
    expect(rule.textContent).toMatch(/^R\d+$/);
    expect(rule.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('"Go to" focuses the field the finding is about', async () => {
    loadMixedPlan();
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Go to Max pods per node (Node pool 2: batch)' }));
    const pool = screen.getByRole('group', { name: 'Node pool 2: batch' });
    expect(document.activeElement).toBe(within(pool).getByLabelText('Max pods per node'));
    await user.click(screen.getByRole('button', { name: 'Go to Pricing tier' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Pricing tier'));
    await user.click(screen.getByRole('button', { name: 'Go to Network plugin' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Network plugin'));
  });

  it('"Go to" a pod CIDR finding focuses the pod CIDR field', async () => {
    usePlanStore.getState().loadPlan(scenario('overlapping-peering').plan);
    const user = renderPage();
    const finding = document.querySelector('[data-finding-code="OVERLAPS_CONNECTED_NETWORK"]') as HTMLElement;
    await user.click(within(finding).getByRole('button', { name: /^Go to / }));
    expect(document.activeElement).toBe(screen.getByLabelText('Pod CIDR (IPv4)'));
  });
});

/** Plans whose findings are about fields that only some settings show. */
const EDGE_PLANS: Record<string, PlanDocument> = {
  'a subnet resource ID in another VNet': {
    schemaVersion: 1,
    vnet: {
      name: 'vnet-a',
      addressSpace: ['10.0.0.0/16'],
      subnets: [
        {
          name: 'snet',
          addressPrefixes: ['10.0.0.0/24'],
          id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-b/subnets/snet',
        },
      ],
    },
    nodePools: [{ name: 'system', count: 3 }],
  },
  'a pod CIDR under flat Azure CNI': {
    schemaVersion: 1,
    cluster: { networkPlugin: 'azureNodeSubnet', podCidrs: ['10.244.0.0/16'] },
    nodePools: [{ name: 'system', count: 3 }],
  },
  'a pod CIDR under Azure CNI Pod Subnet': {
    schemaVersion: 1,
    cluster: { networkPlugin: 'azurePodSubnet', podCidrs: ['10.244.0.0/16'] },
    vnet: {
      addressSpace: ['10.0.0.0/16'],
      subnets: [
        { name: 'nodes', addressPrefixes: ['10.0.0.0/24'] },
        { name: 'pods', addressPrefixes: ['10.0.1.0/24'], purpose: 'pods' },
      ],
    },
    nodePools: [{ name: 'system', count: 3, podSubnet: 'pods' }],
  },
  'only an IPv6 pod CIDR under flat Azure CNI, dual-stack': {
    schemaVersion: 1,
    cluster: { networkPlugin: 'azureNodeSubnet', ipFamilies: ['IPv4', 'IPv6'], podCidrs: ['fd00:1::/64'] },
    nodePools: [{ name: 'system', count: 3 }],
  },
  'pools naming subnets of a VNet that is switched off': {
    schemaVersion: 1,
    nodePools: [{ name: 'system', count: 3, subnet: 'snet-aks-nodes' }],
  },
  'kubenet custom routes under overlay': {
    schemaVersion: 1,
    cluster: { networkPlugin: 'overlay', routeTableCustomRoutes: 500 },
    nodePools: [{ name: 'system', count: 3 }],
  },
  'a pod CIDR expansion under kubenet': {
    schemaVersion: 1,
    cluster: { networkPlugin: 'kubenet', podCidrs: ['10.244.0.0/16'], podCidrExpansion: '10.0.0.0/8' },
    nodePools: [{ name: 'system', count: 3 }],
  },
  'a pod subnet under overlay': {
    schemaVersion: 1,
    vnet: { addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/24'] }] },
    nodePools: [{ name: 'system', count: 3, podSubnet: 'nowhere', podIpAllocationMode: 'StaticBlock' }],
  },
  'clusters sharing a node subnet': {
    schemaVersion: 1,
    vnet: {
      addressSpace: ['10.0.0.0/16'],
      subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/24'], sharedByClusters: 0 }],
    },
    nodePools: [{ name: 'system', count: 3 }],
  },
};

/** Renders the form for `plan` and lists the findings whose "Go to" field is not in it. */
function missingFields(plan: PlanDocument): string[] {
  usePlanStore.getState().loadPlan(plan);
  let evaluation: ReturnType<typeof useEvaluation> | null = null;
  function Capture() {
    evaluation = useEvaluation();
    return null;
  }
  render(
    <EvaluationProvider>
      <PlanForm />
      <Capture />
    </EvaluationProvider>,
  );
  const { findings, fieldOf } = evaluation as unknown as ReturnType<typeof useEvaluation>;
  const missing = findings
    .map((f) => ({ f, field: fieldOf(f) }))
    .filter(({ field }) => field !== null && document.getElementById(fieldId(field)) === null)
    .map(({ f, field }) => `${f.code} at ${f.path ?? ''} → ${field ?? ''}`);
  cleanup();
  return missing;
}

describe('every finding can be reached: its field is in the form', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.plan] as const))('scenario %s', (_id, plan) => {
    expect(missingFields(plan)).toEqual([]);
  });

  it.each(Object.entries(EDGE_PLANS))('%s', (_what, plan) => {
    expect(missingFields(plan)).toEqual([]);
  });

  it('generated plans', { timeout: 30_000 }, () => {
    const plans = fc.sample(arbitraryPlan, { numRuns: 40, seed: 4 });
    const missing = new Set(plans.flatMap((plan) => missingFields(plan)).map((m) => m.replace(/\d+/g, 'N')));
    expect([...missing]).toEqual([]);
  });
});
