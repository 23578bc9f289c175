import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comparePlugins, planWithPlugin } from './compare-plugins.ts';
import type { PluginComparison } from './compare-plugins.ts';
import type { ClusterPlan, PlanDocument } from '../types.ts';
import { arbitraryPlan } from '../../testing/plan-arbitraries.ts';
import { scenario } from '../../testing/scenarios.ts';
import { evaluate } from '../report/evaluate-plan.ts';

/** Two pools of 3 and 4 nodes in one /24 (251 usable); 10 % surge rounds up to 1 node each → 2 surge nodes. */
const twoPools = (cluster: ClusterPlan = {}): PlanDocument => ({
  schemaVersion: 1,
  cluster: { kubernetesVersion: '1.33', ...cluster },
  vnet: {
    addressSpace: ['10.50.0.0/16'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
  },
  nodePools: [
    { name: 'system', mode: 'System', count: 3 },
    { name: 'apps', mode: 'User', count: 4 },
  ],
});

function byPlugin(rows: PluginComparison[], plugin: PluginComparison['plugin']): PluginComparison {
  const row = rows.find((r) => r.plugin === plugin);
  if (row === undefined) throw new Error(`no ${plugin} column`);
  return row;
}

describe('comparePlugins', () => {
  it('doc example: overlay needs (7 + 2) × 1 = 9 IPs → a /28 (11 usable) suffices', () => {
    const overlay = byPlugin(comparePlugins(evaluate(twoPools())), 'overlay');
    expect(overlay.current).toBe(true);
    expect(overlay.ipsPerNode).toBe(1);
    expect(overlay.podsPerNode).toBe(250); // overlay default (R29)
    expect(overlay.nodeSubnetIpsDuringUpgrade).toBe(9);
    expect(overlay.smallestNodeSubnetPrefix).toBe(28); // /29 has 3 usable, /28 has 16 − 5 = 11
    expect(overlay.nodeSubnets).toEqual([
      {
        name: 'snet-nodes',
        cidr: '10.50.0.0/24',
        usable: 251,
        ipsDuringUpgrade: 9,
        smallestPrefix: 28,
        fits: true,
      },
    ]);
    expect(overlay.errors).toBe(0);
    expect(overlay.warnings).toBe(0);
    expect(overlay.verdict).toMatch(/^Fits: node subnets need 9 IPs during upgrade \(a \/28 at least\)/);
  });

  it('flat CNI at maxPods 30 needs (7 + 2) × 31 = 279 IPs → a /23 (507 usable); a /24 (251) warns', () => {
    const flat = byPlugin(comparePlugins(evaluate(twoPools())), 'azureNodeSubnet');
    expect(flat.current).toBe(false);
    expect(flat.ipsPerNode).toBe(31); // maxPods 30 + the node's own IP (R11)
    expect(flat.podsPerNode).toBe(30);
    expect(flat.nodeSubnetIpsDuringUpgrade).toBe(279);
    expect(flat.smallestNodeSubnetPrefix).toBe(23);
    expect(flat.nodeSubnets[0]?.fits).toBe(false);
    expect(flat.warningCodes).toEqual(['SUBNET_INSUFFICIENT_FOR_UPGRADE']);
    expect(flat.errors).toBe(0);
  });

  it('flat CNI max nodes: at rest floor(251 × 7 / 217) = 8; during upgrade floor(251 × 7 / 279) = 6', () => {
    const flat = byPlugin(comparePlugins(evaluate(twoPools())), 'azureNodeSubnet');
    expect(flat.maxClusterNodes).toEqual({ atRest: 8, duringUpgrade: 6 });
    expect(flat.firstLimit).toBe('Node subnet snet-nodes');
    expect(flat.firstLimitRule).toBe('R13');
    expect(flat.verdict).toContain('short already');
  });

  it('overlay max nodes: each pool surges 10 % at its own size: n₀ = ⌊3n/7⌋, n₁ = n − n₀; 227 + ⌈97/10⌉ + ⌈130/10⌉ = 250 ≤ 251, 228 + 10 + 14 = 252 → 227 (a fixed 9/7 ratio said 195)', () => {
    const overlay = byPlugin(comparePlugins(evaluate(twoPools())), 'overlay');
    expect(overlay.maxClusterNodes).toEqual({ atRest: 251, duringUpgrade: 227 });
    expect(overlay.firstLimit).toBe('Node subnet snet-nodes');
  });

  it('kubenet: node limit 400 (R21), 1 IP per node, default 110 pods per node', () => {
    const kubenet = byPlugin(comparePlugins(evaluate(twoPools())), 'kubenet');
    expect(kubenet.nodeLimit).toBe(400);
    expect(kubenet.ipsPerNode).toBe(1);
    expect(kubenet.podsPerNode).toBe(110);
    expect(kubenet.nodeSubnetIpsDuringUpgrade).toBe(9);
    expect(kubenet.smallestNodeSubnetPrefix).toBe(28);
  });

  it('kubenet with UDR: 400 − 1 custom route = 399 (R21)', () => {
    const kubenet = byPlugin(
      comparePlugins(evaluate(twoPools({ outboundType: 'userDefinedRouting' }))),
      'kubenet',
    );
    expect(kubenet.nodeLimit).toBe(399);
  });

  it('overlay and flat on the Standard tier have the 5,000 tier limit (R30)', () => {
    const rows = comparePlugins(evaluate(twoPools()));
    expect(byPlugin(rows, 'overlay').nodeLimit).toBe(5000);
    expect(byPlugin(rows, 'azureNodeSubnet').nodeLimit).toBe(5000);
  });

  it('an explicit maxPods is kept under every plugin: 50 pods → flat CNI needs 9 × 51 = 459 IPs, a /23', () => {
    const plan = twoPools();
    plan.nodePools = plan.nodePools.map((pool) => ({ ...pool, maxPods: 50 }));
    const rows = comparePlugins(evaluate(plan));
    expect(rows.map((r) => r.podsPerNode)).toEqual([50, 50, 50]);
    expect(byPlugin(rows, 'azureNodeSubnet').nodeSubnetIpsDuringUpgrade).toBe(459);
    expect(byPlugin(rows, 'azureNodeSubnet').smallestNodeSubnetPrefix).toBe(23);
  });

  it('the flat-cni scenario: its own column is the plan unchanged and matches the scenario figures', () => {
    const s = scenario('flat-cni');
    const rows = comparePlugins(evaluate(s.plan));
    expect(rows.map((r) => r.plugin)).toEqual(['overlay', 'kubenet', 'azureNodeSubnet']);
    expect(rows.filter((r) => r.current).map((r) => r.plugin)).toEqual(['azureNodeSubnet']);
    expect(byPlugin(rows, 'azureNodeSubnet').nodeSubnetIpsDuringUpgrade).toBe(
      s.expected.subnets['snet-nodes']?.[1],
    );
    expect(byPlugin(rows, 'overlay').nodeSubnetIpsDuringUpgrade).toBe(9);
  });

  it('the 5,000-node overlay plan: kubenet cannot hold it (KUBENET_NODE_LIMIT)', () => {
    const kubenet = byPlugin(comparePlugins(evaluate(scenario('large-overlay-5000').plan)), 'kubenet');
    expect(kubenet.errorCodes).toContain('KUBENET_NODE_LIMIT');
    expect(kubenet.firstLimit).toBe('Kubenet route table');
    expect(kubenet.verdict).toMatch(/^Does not deploy as planned \(.*KUBENET_NODE_LIMIT/);
  });

  it('adds Azure CNI Pod Subnet only when the plan uses it, keeping its pod subnets', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'azurePodSubnet' },
      vnet: {
        addressSpace: ['10.60.0.0/16'],
        subnets: [
          { name: 'snet-nodes', addressPrefixes: ['10.60.0.0/24'] },
          { name: 'snet-pods', addressPrefixes: ['10.60.4.0/22'] },
        ],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3, maxPods: 30, podSubnet: 'snet-pods' }],
    };
    const rows = comparePlugins(evaluate(plan));
    expect(rows.map((r) => r.plugin)).toEqual(['overlay', 'kubenet', 'azureNodeSubnet', 'azurePodSubnet']);
    const podSubnet = byPlugin(rows, 'azurePodSubnet');
    expect(podSubnet.current).toBe(true);
    expect(podSubnet.ipsPerNode).toBe(1 + 16); // node IP + one dynamic batch of 16 (R25)
    expect(podSubnet.podSubnets.map((s) => s.name)).toEqual(['snet-pods']);
    // Without pod subnets the other plugins must not turn snet-pods into a node subnet.
    for (const plugin of ['overlay', 'kubenet', 'azureNodeSubnet'] as const) {
      expect(byPlugin(rows, plugin).nodeSubnets.map((s) => s.name)).toEqual(['snet-nodes']);
      expect(byPlugin(rows, plugin).errorCodes).toEqual([]);
    }
    expect(comparePlugins(evaluate(twoPools())).map((r) => r.plugin)).not.toContain('azurePodSubnet');
  });

  it('planWithPlugin keeps pod CIDRs for overlay and kubenet, drops them for flat CNI, and never mutates', () => {
    const plan = twoPools({ podCidrs: ['100.64.0.0/16'], podCidrExpansion: '100.64.0.0/15' });
    const before = JSON.stringify(plan);
    expect(planWithPlugin(plan, 'kubenet').cluster?.podCidrs).toEqual(['100.64.0.0/16']);
    expect(planWithPlugin(plan, 'overlay').cluster?.podCidrExpansion).toBe('100.64.0.0/15');
    const flat = planWithPlugin(plan, 'azureNodeSubnet');
    expect(flat.cluster?.networkPlugin).toBe('azureNodeSubnet');
    expect(flat.cluster).not.toHaveProperty('podCidrs');
    expect(flat.cluster).not.toHaveProperty('podCidrExpansion');
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('BYO CNI plans get the three columns, none marked current', () => {
    const rows = comparePlugins(evaluate(scenario('byo-cni-reserved').plan));
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.current)).toBe(false);
  });

  it('never throws on generated plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const rows = comparePlugins(evaluate(plan));
        expect(rows.length).toBeGreaterThanOrEqual(3);
        for (const row of rows) expect(typeof row.verdict).toBe('string');
      }),
      { numRuns: 100 },
    );
  });
});
