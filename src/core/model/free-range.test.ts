import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../types.ts';
import { FindingList } from './finding.ts';
import { freeRangeLike } from './free-range.ts';
import { resolvePlan } from './resolve-plan.ts';
import { dualStackPlan, evaluate, findingsWith, overlayPlan, subnet } from '../../testing/test-plans.ts';

function resolved(plan: PlanDocument) {
  return resolvePlan(plan, new FindingList(), []);
}

/** freeRangeLike on one resolved plan: the range asked about doesn't count as taken. */
function freeLike(plan: PlanDocument, field: 'podCidrs' | 'serviceCidrs', index: number) {
  const resolvedPlan = resolved(plan);
  const prefix = resolvedPlan[field][index];
  if (prefix === null || prefix === undefined) throw new Error(`no ${field}[${index}]`);
  return freeRangeLike(resolvedPlan, prefix, field === 'podCidrs' ? 'pods' : 'services');
}

describe('freeRangeLike', () => {
  it('doc example: VNet 10.0.0.0/16 and service CIDR 10.0.0.0/16 → 172.16.0.0/16', () => {
    // Services look in 172.16.0.0/12 first; its first /16, 172.16.0.0/16, is used by nothing.
    const plan = overlayPlan({
      vnet: { addressSpace: ['10.0.0.0/16'], subnets: [subnet('snet-nodes', '10.0.0.0/22')] },
      cluster: { serviceCidrs: ['10.0.0.0/16'], dnsServiceIp: '10.0.0.10' },
    });
    expect(freeLike(plan, 'serviceCidrs', 0)).toBe('172.16.0.0/16');
  });

  it('skips taken blocks: 172.16.0.0/16 in the VNet and 172.17.0.0/16 (old Docker bridge) → 172.18.0.0/16', () => {
    const plan = overlayPlan({
      vnet: {
        addressSpace: ['172.16.0.0/16', '10.0.0.0/16'],
        subnets: [subnet('snet-nodes', '10.0.0.0/22')],
      },
      cluster: { serviceCidrs: ['10.0.0.0/16'], dnsServiceIp: '10.0.0.10' },
    });
    expect(freeLike(plan, 'serviceCidrs', 0)).toBe('172.18.0.0/16');
  });

  it('pods: all of 100.64.0.0/10 connected, VNet 10.0.0.0/16 → 10.1.0.0/16', () => {
    // 100.64.0.0/10 holds 2^(16-10) = 64 /16 blocks, all inside the peered network; in 10.0.0.0/8 the
    // first block is the VNet (and the pod CIDR itself, which doesn't count), the second is free.
    const plan = overlayPlan({
      vnet: { addressSpace: ['10.0.0.0/16'], subnets: [subnet('snet-nodes', '10.0.0.0/22')] },
      cluster: { podCidrs: ['10.0.0.0/16'] },
      connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['100.64.0.0/10'] }],
    });
    expect(freeLike(plan, 'podCidrs', 0)).toBe('10.1.0.0/16');
  });

  it('IPv6 service CIDR: the first /108 of fd00::/8 that nothing uses', () => {
    const plan = dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', 'fd00::/108'] } });
    const plan2 = {
      ...plan,
      vnet: { ...plan.vnet, addressSpace: [...(plan.vnet?.addressSpace ?? []), 'fd00::/64'] },
    };
    // fd00::/108 lies in the VNet's fd00::/64, and so does every /108 tried after it (2^20 of them
    // in that /64, more than the 4,096 tried), so nothing free is found there.
    expect(freeLike(plan2, 'serviceCidrs', 1)).toBeNull();
    // Without it, fd00::/108 is free apart from the service CIDR itself.
    expect(freeLike(plan, 'serviceCidrs', 1)).toBe('fd00::/108');
  });

  it('null when every candidate is taken: pod CIDR 10.0.0.0/8 in a 10.0.0.0/8 VNet', () => {
    // A /8 fits only in 10.0.0.0/8 (the other private spaces are smaller), and the VNet takes it.
    const plan = overlayPlan({
      vnet: { addressSpace: ['10.0.0.0/8'], subnets: [subnet('snet-nodes', '10.0.0.0/22')] },
      cluster: { podCidrs: ['10.0.0.0/8'] },
    });
    expect(freeLike(plan, 'podCidrs', 0)).toBeNull();
  });
});

describe('overlap advice names a free range', () => {
  it('the default service CIDR inside a 10.0.0.0/16 VNet: the advice is 172.16.0.0/16, not 10.0.0.0/16', () => {
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: ['10.0.0.0/16'], subnets: [subnet('snet-nodes', '10.0.0.0/22')] },
      }),
    );
    const [finding] = findingsWith(report, 'SERVICE_CIDR_OVERLAPS_SUBNET');
    expect(finding?.message).toContain('e.g. 172.16.0.0/16, which nothing in this plan uses');
    expect(finding?.message).not.toContain('e.g. 10.0.0.0/16');
  });

  it('a pod CIDR overlapping a subnet: the advice is a free block of the same size', () => {
    // Pods look in 100.64.0.0/10 first: 100.64.0.0/16 is free.
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: ['10.244.0.0/16'], subnets: [subnet('snet-nodes', '10.244.0.0/22')] },
      }),
    );
    const [finding] = findingsWith(report, 'POD_CIDR_OVERLAPS_SUBNET');
    expect(finding?.message).toContain('e.g. 100.64.0.0/16, which nothing in this plan uses');
  });

  it('no free block: the advice says where to look instead', () => {
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: ['10.0.0.0/8'], subnets: [subnet('snet-nodes', '10.0.0.0/22')] },
        cluster: { podCidrs: ['10.0.0.0/8'] },
      }),
    );
    const [finding] = findingsWith(report, 'POD_CIDR_OVERLAPS_SUBNET');
    expect(finding?.message).toContain('Pick a pod range outside the VNet and its connected networks.');
  });
});

describe('overlap advice for a pod CIDR expansion target', () => {
  it('names no range that would not contain the current pod CIDR', () => {
    // Target 10.240.0.0/15 must contain the pod CIDR 10.241.0.0/16; a free /15 elsewhere (100.64.0.0/15)
    // would not, so the advice is to expand less or move the subnet.
    const report = evaluate(
      overlayPlan({
        vnet: {
          addressSpace: ['10.224.0.0/12', '10.240.0.0/16'],
          subnets: [subnet('snet-nodes', '10.224.0.0/22'), subnet('snet-x', '10.240.0.0/24')],
        },
        cluster: { podCidrs: ['10.241.0.0/16'], podCidrExpansion: '10.240.0.0/15' },
      }),
    );
    const finding = findingsWith(report, 'POD_CIDR_OVERLAPS_SUBNET').find(
      (f) => f.path === 'cluster.podCidrExpansion',
    );
    expect(finding?.message).not.toContain('100.64.0.0/15');
    expect(finding?.message).toContain(
      "An expansion target must contain the pod CIDR 10.241.0.0/16, so it can't be placed elsewhere: move the subnet, or expand by fewer bits if that keeps clear of it.",
    );
  });
});
