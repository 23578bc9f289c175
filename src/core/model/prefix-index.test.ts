import { describe, expect, it } from 'vitest';
import { cidrOf } from '../ip/cidr.ts';
import { FindingList } from './finding.ts';
import { connectedPrefixIndex, subnetPrefixIndex } from './prefix-index.ts';
import { resolvePlan } from './resolve-plan.ts';
import type { PlanDocument } from '../types.ts';

const plan: PlanDocument = {
  schemaVersion: 1,
  vnet: {
    name: 'vnet',
    addressSpace: ['10.0.0.0/8'],
    subnets: [
      { name: 'nodes', addressPrefixes: ['10.244.0.0/24'] },
      { name: 'other', addressPrefixes: ['10.1.0.0/24', 'fd00:1::/64'] },
      { name: 'more', addressPrefixes: ['10.244.1.0/24'] },
    ],
  },
  connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['10.0.0.0/16', '192.168.0.0/16'] }],
  nodePools: [{ name: 'system', count: 3 }],
};

describe('subnetPrefixIndex and connectedPrefixIndex', () => {
  const resolved = resolvePlan(plan, new FindingList(), []);

  it('doc example: the subnet prefixes a pod CIDR overlaps, in plan order', () => {
    const { items, total } = subnetPrefixIndex(resolved).overlapping(cidrOf('10.244.0.0/16'), 3);
    expect(total).toBe(2);
    expect(items.map((hit) => `${hit.subnet.name} ${hit.prefix.canonical}`)).toEqual([
      'nodes 10.244.0.0/24',
      'more 10.244.1.0/24',
    ]);
  });

  it('doc example: the connected prefixes a VNet space overlaps', () => {
    const { items, total } = connectedPrefixIndex(resolved).overlapping(cidrOf('10.0.0.0/16'), 3);
    expect(total).toBe(1);
    expect(items.map((hit) => `${hit.network.name} ${hit.prefix.canonical}`)).toEqual(['hub 10.0.0.0/16']);
  });

  it('is built once per resolved plan', () => {
    expect(subnetPrefixIndex(resolved)).toBe(subnetPrefixIndex(resolved));
    expect(subnetPrefixIndex(resolved).size).toBe(4);
    expect(connectedPrefixIndex(resolved).size).toBe(2);
  });
});
