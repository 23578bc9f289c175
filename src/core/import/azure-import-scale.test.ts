import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_CODE } from '../model/finding.ts';
import { importAzureJson } from './azure-import.ts';

const subnetId = (i: number, name = `sn${i}`) =>
  `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/${name}`;

function aksShow(pools: number, subnetName?: (i: number) => string) {
  return {
    name: 'aks',
    networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay' },
    agentPoolProfiles: Array.from({ length: pools }, (_, i) => ({
      name: `p${i}`,
      mode: 'User',
      count: 3,
      vnetSubnetId: subnetId(i, subnetName?.(i)),
    })),
  };
}

describe('importAzureJson with thousands of pools (issue 13)', () => {
  it('lists at most MAX_FINDINGS_PER_CODE findings of a code and counts the rest in one more', () => {
    // Each of 3,000 pools has no max surge and no max pods (AZURE_IMPORT_MISSING, twice per pool).
    const result = importAzureJson({ aksShow: aksShow(3_000) });
    const missing = result.findings.filter((f) => f.code === 'AZURE_IMPORT_MISSING');
    expect(missing.length).toBe(MAX_FINDINGS_PER_CODE + 1);
    expect(missing[MAX_FINDINGS_PER_CODE]?.message).toMatch(/^5,907 more AZURE_IMPORT_MISSING/);
    expect(result.plan.nodePools).toHaveLength(3_000);
  });

  it('subnets the VNet lacks keep distinct names, also when many IDs end in the same name', () => {
    // 300 pools in 300 VNets' subnets all called "nodes": names are made unique as before.
    const doc = aksShow(300, () => 'nodes');
    doc.agentPoolProfiles.forEach((pool, i) => {
      pool.vnetSubnetId = `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v${i}/subnets/nodes`;
    });
    const result = importAzureJson({ aksShow: doc });
    const names = (result.plan.vnet?.subnets ?? []).map((s) => s.name);
    expect(names).toHaveLength(300);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(300);
    expect(names.slice(0, 3)).toEqual(['nodes', 'v1/nodes', 'v2/nodes']);
  });
});
