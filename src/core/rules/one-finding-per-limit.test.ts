/**
 * aks-rules §1 "One finding per resource and limit": when a steady-state check fails with an ERROR,
 * the upgrade-time WARN for the same resource (node subnet R13, pod CIDR R16, kubenet route table
 * R21, cluster node limit R38, pod subnet R57) isn't reported as well.
 */
import { describe, expect, it } from 'vitest';
import type { NodePoolPlan, PlanDocument } from '../types.ts';
import {
  evaluate,
  kubenetPlan,
  overlayPlan,
  podSubnetPlan,
  subnet,
  userPool,
} from '../../testing/test-plans.ts';

function poolsOf(total: number): NodePoolPlan[] {
  return Array.from({ length: Math.ceil(total / 1000) }, (_, i) =>
    i === 0
      ? { name: 'system', mode: 'System' as const, count: Math.min(1000, total) }
      : userPool(`user${i}`, { count: Math.min(1000, total - i * 1000) }),
  );
}
function clusterPlan(total: number): PlanDocument {
  return overlayPlan({
    cluster: { tier: 'Free', podCidrs: ['100.64.0.0/10'] },
    vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/16')] },
    nodePools: poolsOf(total),
  });
}
function podSubnet(nodes: number): PlanDocument {
  // /26 = 59 usable; StaticBlock maxPods 30 = 32 IPs per node.
  return podSubnetPlan({
    cluster: { podIpAllocationMode: 'StaticBlock' },
    vnet: {
      subnets: [
        subnet('snet-nodes', '10.224.0.0/22'),
        subnet('snet-pods', '10.228.0.0/26', { purpose: 'pods' }),
      ],
    },
    pool: { count: nodes },
  });
}

const cases: {
  resource: string;
  rule: string;
  error: string;
  warn: string;
  warnOnly: PlanDocument;
  errorPlan: PlanDocument;
}[] = [
  {
    resource: 'node subnet /28 (11 usable): 11 nodes vs 12 nodes',
    rule: 'R13',
    error: 'SUBNET_INSUFFICIENT_FOR_NODES',
    warn: 'SUBNET_INSUFFICIENT_FOR_UPGRADE',
    warnOnly: overlayPlan({
      vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/28')] },
      pool: { count: 11 },
    }),
    errorPlan: overlayPlan({
      vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/28')] },
      pool: { count: 12 },
    }),
  },
  {
    resource: 'pod CIDR /20 (16 blocks): 16 nodes vs 17 nodes',
    rule: 'R16',
    error: 'POD_CIDR_INSUFFICIENT_BLOCKS',
    warn: 'POD_CIDR_INSUFFICIENT_FOR_UPGRADE',
    warnOnly: overlayPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: 16 } }),
    errorPlan: overlayPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: 17 } }),
  },
  {
    resource: 'kubenet route table (400): 400 nodes vs 401 nodes',
    rule: 'R21',
    error: 'KUBENET_NODE_LIMIT',
    warn: 'KUBENET_UPGRADE_EXCEEDS_400',
    warnOnly: kubenetPlan({ cluster: { podCidrs: ['10.244.0.0/14'] }, pool: { count: 400 } }),
    errorPlan: kubenetPlan({ cluster: { podCidrs: ['10.244.0.0/14'] }, pool: { count: 401 } }),
  },
  {
    resource: 'cluster node limit (Free 1,000): 1,000 nodes vs 1,001 nodes',
    rule: 'R38',
    error: 'CLUSTER_NODE_LIMIT',
    warn: 'UPGRADE_BLOCKED_AT_NODE_LIMIT',
    warnOnly: clusterPlan(1_000),
    errorPlan: clusterPlan(1_001),
  },
  {
    resource: 'pod subnet /26 (59 usable, 32 IPs per node): 1 node vs 2 nodes',
    rule: 'R57',
    error: 'POD_SUBNET_INSUFFICIENT',
    warn: 'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
    warnOnly: podSubnet(1),
    errorPlan: podSubnet(2),
  },
];

describe('one finding per resource and limit', () => {
  it.each(cases)('$rule $resource: WARN alone, then ERROR alone', ({ error, warn, warnOnly, errorPlan }) => {
    const atLimit = evaluate(warnOnly).findings.map((f) => f.code);
    expect(atLimit).toContain(warn);
    expect(atLimit).not.toContain(error);
    const over = evaluate(errorPlan).findings.map((f) => f.code);
    expect(over).toContain(error);
    expect(over).not.toContain(warn);
  });

  it('the pool node limit likewise: POOL_NODE_LIMIT replaces UPGRADE_EXCEEDS_POOL_LIMIT (R31, R38)', () => {
    const plan = (count: number) =>
      overlayPlan({
        cluster: { podCidrs: ['100.64.0.0/10'] },
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/16')] },
        pool: { count },
      });
    const atLimit = evaluate(plan(1_000)).findings.map((f) => f.code);
    expect(atLimit).toContain('UPGRADE_EXCEEDS_POOL_LIMIT');
    const over = evaluate(plan(1_001)).findings.map((f) => f.code);
    expect(over).toContain('POOL_NODE_LIMIT');
    expect(over).not.toContain('UPGRADE_EXCEEDS_POOL_LIMIT');
  });
});
