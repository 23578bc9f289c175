import { describe, expect, it } from 'vitest';
import { planToDraft } from '../../state/plan-draft.ts';
import { proposePlan } from '../../core/propose/propose-plan.ts';
import type { PlanDocument } from '../../core/index.ts';
import { applyToDraft, changeAnswers, isFixableFinding, undoFields } from './apply-to-draft.ts';

const PLAN: PlanDocument = {
  schemaVersion: 1,
  cluster: { networkPlugin: 'overlay', serviceCidrs: ['10.224.0.0/16'] },
  vnet: {
    name: 'vnet',
    addressSpace: ['10.224.0.0/12'],
    subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/22'], purpose: 'nodes' }],
  },
  nodePools: [{ name: 'system', mode: 'System', count: 3 }],
};

describe('applying a proposal to the draft', () => {
  it('writes the changed fields and keeps everything else as typed', () => {
    const draft = { ...planToDraft(PLAN), title: 'typed, not yet a plan: 10.x' };
    const proposal = proposePlan(PLAN);
    const { draft: next, touched } = applyToDraft(draft, proposal.changes, proposal.plan);
    expect(next.cluster.serviceCidrs[0]).toBe('10.0.0.0/16');
    expect(next.cluster.podCidrs[0]).toBe('10.244.0.0/22');
    expect(next.subnets[0]?.addressPrefixes).toBe('10.224.0.0/28');
    expect(next.title).toBe('typed, not yet a plan: 10.x');
    expect(touched).toContainEqual({ kind: 'cluster', key: 'serviceCidrs' });

    // Undo puts back only those fields: what was typed afterwards elsewhere stays.
    const typedLater = { ...next, title: 'typed after applying' };
    const undone = undoFields(typedLater, draft, touched);
    expect(undone.cluster.serviceCidrs[0]).toBe('10.224.0.0/16');
    expect(undone.cluster.podCidrs[0]).toBe(draft.cluster.podCidrs[0]);
    expect(undone.subnets[0]?.addressPrefixes).toBe('10.224.0.0/22');
    expect(undone.title).toBe('typed after applying');
  });

  it('a dual-stack pod CIDR change writes both families', () => {
    const plan: PlanDocument = {
      ...PLAN,
      cluster: { networkPlugin: 'overlay', ipFamilies: ['IPv4', 'IPv6'] },
    };
    const proposal = proposePlan(plan);
    const { draft } = applyToDraft(planToDraft(plan), proposal.changes, proposal.plan);
    expect(draft.cluster.podCidrs[0]).toBe('10.244.0.0/22');
    expect(draft.cluster.podCidrs[1]).toBe('fd12:3456:789a::/64');
  });

  it('matches a finding to the change for its field', () => {
    const change = { path: 'vnet.subnets[0].addressPrefixes', to: '10.0.0.0/28', reason: '' };
    expect(changeAnswers(change, 'vnet.subnets[0]')).toBe(true);
    expect(changeAnswers(change, 'vnet.subnets[0].addressPrefixes[0]')).toBe(true);
    expect(changeAnswers(change, 'vnet.subnets[1]')).toBe(false);
    expect(changeAnswers(change, 'vnet.subnets[01]')).toBe(false);
    expect(isFixableFinding('SERVICE_CIDR_OVERLAPS_SUBNET')).toBe(true);
    expect(isFixableFinding('POD_CIDR_INSUFFICIENT_BLOCKS')).toBe(true);
    expect(isFixableFinding('NO_SYSTEM_POOL')).toBe(false);
  });
});

describe('field labels in the diff', () => {
  it('names fields as the form does', async () => {
    const { fieldLabel } = await import('./proposal-view.tsx');
    const plan: PlanDocument = {
      schemaVersion: 1,
      vnet: { subnets: [{ name: 'nodes', addressPrefixes: [] }] },
      nodePools: [],
    };
    expect(fieldLabel('vnet.subnets[0].addressPrefixes', plan)).toBe('Subnet nodes: address prefixes');
    expect(fieldLabel('cluster.serviceCidrs[0]', plan)).toBe('Service CIDR (IPv4)');
    expect(fieldLabel('cluster.podCidrs[1]', plan)).toBe('Pod CIDR (IPv6)');
    expect(fieldLabel('vnet.addressSpace[1]', plan)).toBe('VNet address space (added)');
  });
});
