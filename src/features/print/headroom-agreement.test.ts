import { describe, expect, it } from 'vitest';
import { comparePlugins, formatCount, planHeadroom } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';
import { SCENARIOS } from '../../testing/scenarios.ts';
import { TEMPLATES } from '../../state/templates.ts';
import { printHeadroomSentence } from './print-headroom-text.ts';
import { evaluate } from '../../core/index.ts';

/** Issue 13: "how far can this grow and what runs out first" has one answer in every view. */
const PLANS: { id: string; plan: PlanDocument }[] = [
  ...SCENARIOS.map((s) => ({ id: `scenario ${s.id}`, plan: s.plan })),
  ...TEMPLATES.map((t) => ({ id: `template ${t.id}`, plan: t.plan })),
];

describe.each(PLANS)('$id: pool, cluster, comparison and print agree', ({ plan }) => {
  const { pools, cluster } = planHeadroom(evaluate(plan));

  it('the comparison column of the plan’s own plugin is the cluster headroom', () => {
    const own = comparePlugins(evaluate(plan)).find((c) => c.current);
    if (own === undefined) return; // BYO CNI has no column
    expect(own?.firstLimit ?? null).toBe(cluster.firstLimit?.label ?? null);
    if (cluster.firstLimit !== null)
      expect(own?.maxClusterNodes.duringUpgrade).toBe(cluster.firstLimit.maxNodesDuringUpgrade);
  });

  it('the print names the cluster’s first limit and its node count', () => {
    const sentence = printHeadroomSentence(cluster);
    if (cluster.firstLimit !== null) {
      expect(sentence).toContain(
        `${cluster.firstLimit.label} at ${formatCount(cluster.firstLimit.maxNodesDuringUpgrade)} nodes`,
      );
    }
  });

  it('the cluster counts every node and pod subnet a pool uses', () => {
    const subnets = new Set(
      pools.flatMap((p) => p.limits.filter((l) => l.resource === 'nodeSubnet' || l.resource === 'podSubnet')),
    );
    for (const limit of subnets) expect(cluster.limits.map((l) => l.label)).toContain(limit.label);
  });

  it('at today’s size, pool and cluster see the same use of every range they share', () => {
    for (const pool of pools) {
      for (const limit of pool.limits) {
        const same = cluster.limits.find((l) => l.label === limit.label);
        if (same === undefined || limit.resource === 'poolNodeLimit') continue;
        expect(same.usedDuringUpgrade(cluster.current), limit.label).toBe(
          limit.usedDuringUpgrade(pool.current),
        );
      }
    }
  });

  it('with one pool, the pool view and the cluster view give the same answer', () => {
    if (pools.length !== 1) return;
    expect(cluster.firstLimit?.label).toBe(pools[0]?.firstLimit?.label);
    expect(cluster.firstLimit?.maxNodesDuringUpgrade).toBe(pools[0]?.firstLimit?.maxNodesDuringUpgrade);
  });
});

describe('cluster headroom, worked examples (issue 13)', () => {
  it('one overlay pool of 3 in a /24 with 1 surge node: 232 nodes in every view, not 192', () => {
    // /24: 251 usable. At n nodes with 10 % surge: n + ceil(n / 10) IPs ≤ 251 → n = 228 (228 + 23 = 251).
    // With maxSurge 1: n + 1 ≤ 251 → 250; the pool limit 1,000 and the rest are further away.
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'overlay', kubernetesVersion: '1.33' },
      vnet: { addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/24'] }] },
      nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'nodes' }],
    };
    const { pools, cluster } = planHeadroom(evaluate(plan));
    expect(pools[0]?.firstLimit?.maxNodesDuringUpgrade).toBe(228);
    expect(cluster.firstLimit?.label).toBe('Node subnet nodes');
    expect(cluster.firstLimit?.maxNodesDuringUpgrade).toBe(228);
  });

  it('flat CNI with a /22 node subnet: the node subnet runs out first, not VNet private IPs', () => {
    // /22: 1,019 usable; each node takes 1 + 30 pods = 31 IPs: 31 × (n + ceil(n / 10)) ≤ 1,019 → n + surge ≤ 32 → n = 29.
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'azureNodeSubnet', kubernetesVersion: '1.33' },
      vnet: { addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/22'] }] },
      nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'nodes' }],
    };
    const { cluster } = planHeadroom(evaluate(plan));
    expect(cluster.firstLimit?.label).toBe('Node subnet nodes');
    expect(cluster.firstLimit?.maxNodesDuringUpgrade).toBe(29);
  });
});
