import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate-plan.ts';
import {
  clusterNodesWorking,
  podBlocksWorking,
  podMaxNodesWorking,
  podMaxPodsWorking,
  podMinPrefixWorking,
  podRequiredWorking,
  serviceAfterDefaultsWorking,
  serviceAllocatableWorking,
  subnetIpsWorking,
  subnetMinPrefixWorking,
  subnetUsableWorking,
  surgeWorking,
} from './working.ts';
import { overlayPlan } from '../../testing/test-plans.ts';

// Overlay, pod CIDR 10.244.0.0/16 (default), service CIDR 10.0.0.0/16 (default), node subnet
// 10.224.0.0/22; pools system (3 nodes, maxSurge 10 % by default) and apps (10 nodes, maxSurge 2).
const evaluation = evaluate(
  overlayPlan({
    nodePools: [
      { name: 'system', mode: 'System', count: 3 },
      { name: 'apps', mode: 'User', count: 10, maxSurge: '2' },
    ],
  }),
);
const { report, model } = evaluation;
const pod = report.podRanges[0]!;
const service = report.serviceRanges[0]!;
const subnet = report.subnets[0]!;

describe('the working behind every figure, read from the evaluation', () => {
  it('pod CIDR: 2^(24−16) blocks, capped by the node limit, × 250 pods', () => {
    expect(podBlocksWorking(pod)).toEqual({ formula: '2^(24−16) = 256 blocks of /24', rule: 'R15' });
    expect(podMaxNodesWorking(pod, report).formula).toBe('min(256 blocks, 5,000 node limit) = 256 nodes');
    expect(podMaxPodsWorking(pod, report).formula).toBe(
      '256 nodes × 250 pods per node (largest maxPods) = 64,000 pods',
    );
  });

  it('blocks needed: 3 + 10 = 13 at rest; surge ceil(3 × 10 %) = 1 and 2 → 16 during upgrade', () => {
    expect(podRequiredWorking(report, false).formula).toBe(
      'Σ planned nodes (autoscaler maximums) = 3 + 10 = 13 blocks',
    );
    expect(podRequiredWorking(report, true).formula).toBe('13 nodes + Σ surge 1 + 2 = 3 = 16 blocks');
    expect(podMinPrefixWorking(pod)).toEqual({
      formula: '24 − ceil(log2 16) = /20: 2^(24−20) = 16 ≥ 16 blocks during upgrade (13 at rest)',
      rule: 'R70',
    });
  });

  it('surge from the resolved maxSurge: a percent of the planned nodes, or a node count', () => {
    expect(surgeWorking(model.pools[0]!)).toEqual({
      formula: 'min(ceil(3 × 10 %), 3) = 1 surge nodes',
      rule: 'R36',
    });
    expect(surgeWorking(model.pools[1]!).formula).toBe('min(2, 10) = 2 surge nodes');
  });

  it('node subnet /22: 1,024 − 5 = 1,019 usable; 13 IPs at rest, 16 during upgrade; /27 holds 16', () => {
    expect(subnetUsableWorking(evaluation.usages[0]!)).toEqual({
      formula: '2^(32−22) − 5 reserved by Azure = 1,019 usable',
      rule: 'R4',
    });
    expect(subnetIpsWorking(subnet, report, false).formula).toBe('system 3 × 1 + apps 10 × 1 = 13 IPs');
    expect(subnetIpsWorking(subnet, report, true).formula).toBe(
      'system (3 + 1) × 1 + apps (10 + 2) × 1 = 16 IPs',
    );
    // 2^(32−28) − 5 = 11 < 16 ≤ 27 = 2^(32−27) − 5
    expect(subnetMinPrefixWorking(subnet).formula).toBe(
      'largest p ≤ 29 with 2^(32−p) − 5 ≥ 16 IPs during upgrade: /27 = 27 usable',
    );
  });

  it('a subnet of two IPv4 prefixes: each prefix counted, 5 reserved in each', () => {
    const twoPrefixes = evaluate(
      overlayPlan({
        vnet: {
          addressSpace: ['10.224.0.0/12'],
          subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/24', '10.224.1.0/25'] }],
        },
      }),
    );
    // 256 + 128 − 2 × 5 = 374
    expect(subnetUsableWorking(twoPrefixes.usages[0]!)).toEqual({
      formula: '2^(32−24) + 2^(32−25) − 10 reserved by Azure = 374 usable',
      rule: 'R4',
    });
  });

  it('service CIDR /16: 65,536 − 2 = 65,534 ClusterIPs, 65,532 after kubernetes.default and kube-dns', () => {
    expect(serviceAllocatableWorking(service, report).formula).toBe(
      '2^(32−16) − 2 (network and broadcast) = 65,534 ClusterIPs',
    );
    expect(serviceAfterDefaultsWorking(service).formula).toBe(
      '65,534 − 1 kubernetes.default (10.0.0.1) − 1 kube-dns = 65,532',
    );
  });

  it('cluster nodes: Σ planned nodes against the Standard tier limit', () => {
    expect(clusterNodesWorking(report)).toEqual({
      formula: 'Σ planned nodes = 3 + 10 = 13; limit 5,000',
      rule: 'R30',
    });
  });
});
