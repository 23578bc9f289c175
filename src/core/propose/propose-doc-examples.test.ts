import { describe, expect, it } from 'vitest';
import { cidrOf, formatCidr } from '../ip/cidr.ts';
import { proposePlan } from './propose-plan.ts';
import { expansionTargets } from './expansion-targets.ts';
import { grownNodes, grownPlan, isFixedPath } from './propose-options.ts';
import { FreeSpace } from './free-space.ts';
import { smallestServicePrefixFor } from './size-cluster-ranges.ts';
import { describeOverlap } from './overlap-labels.ts';

describe('proposal doc-comment examples', () => {
  it('proposePlan: 3 nodes + 1 surge = 4 /24 blocks → /22', () => {
    const change = proposePlan({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).changes[0];
    expect(change).toMatchObject({ path: 'cluster.podCidrs[0]', to: '10.244.0.0/22' });
    expect(change?.reason).toContain('1 pool reaches 3 nodes + 1 surge = 4 /24 blocks → /22');
  });

  it('expansionTargets: 10.244.0.0/16 grows to /15 (512 nodes) first', () => {
    expect(expansionTargets({ schemaVersion: 1, nodePools: [{ count: 3 }] })[0]).toEqual({
      cidr: '10.244.0.0/15',
      maxNodes: 512,
    });
    // Not overlay: no targets (R19).
    expect(
      expansionTargets({ schemaVersion: 1, cluster: { networkPlugin: 'kubenet' }, nodePools: [] }),
    ).toEqual([]);
  });

  it('expansionTargets stop before a subnet, service CIDR or connected network', () => {
    const targets = expansionTargets({
      schemaVersion: 1,
      cluster: { podCidrs: ['10.244.0.0/16'], serviceCidrs: ['10.246.0.0/16'] },
      nodePools: [{ count: 3 }],
    });
    // /15 = 10.244–245 is clear; /14 = 10.244–247 holds the service CIDR 10.246.0.0/16.
    expect(targets).toEqual([{ cidr: '10.244.0.0/15', maxNodes: 512 }]);
  });

  it('growth', () => {
    expect(grownNodes(24, 30)).toBe(32); // 24 + ceil(7.2)
    expect(grownNodes(10, 0)).toBe(10);
    expect(grownNodes(3, 33.3)).toBe(4); // 3 + ceil(0.999)
    expect(grownPlan({ schemaVersion: 1, nodePools: [{ count: 10 }] }, 30).nodePools[0]?.count).toBe(13);
    expect(
      grownPlan({ schemaVersion: 1, nodePools: [{ enableAutoScaling: true, minCount: 1, maxCount: 10 }] }, 50)
        .nodePools[0]?.maxCount,
    ).toBe(15);
  });

  it('fixed paths', () => {
    expect(isFixedPath(['vnet.subnets[2]'], 'vnet.subnets[2].addressPrefixes[0]')).toBe(true);
    expect(isFixedPath(['vnet.subnets[2]'], 'vnet.subnets[20].addressPrefixes[0]')).toBe(false);
    expect(isFixedPath(['cluster.serviceCidrs'], 'cluster.serviceCidrs[1]')).toBe(true);
    expect(isFixedPath(['vnet'], 'vnet.addressSpace[0]')).toBe(true);
  });

  it('FreeSpace: first free aligned block, jumping over taken ranges', () => {
    const free = new FreeSpace([cidrOf('10.0.0.0/16')]);
    expect(formatCidr(free.firstFree(cidrOf('10.0.0.0/8'), 16) ?? cidrOf('0.0.0.0/0'))).toBe('10.1.0.0/16');
    free.add(cidrOf('10.1.0.0/24'));
    // A /22 can't start at 10.1.0.0 (its first /24 is taken): the next aligned /22 is 10.1.4.0.
    expect(formatCidr(free.firstFree(cidrOf('10.0.0.0/8'), 22) ?? cidrOf('0.0.0.0/0'))).toBe('10.1.4.0/22');
    expect(free.isFree(cidrOf('10.1.1.0/24'))).toBe(true);
    expect(free.isFree(cidrOf('10.0.128.0/17'))).toBe(false);
    expect(new FreeSpace([cidrOf('10.0.0.0/8')]).firstFree(cidrOf('10.0.0.0/8'), 24)).toBeNull();
  });

  it('smallestServicePrefixFor: 250 Services → /24 (256 − 2 − 2 = 252; a /25 has 124)', () => {
    expect(smallestServicePrefixFor('IPv4', 250, true)).toBe(24);
    expect(smallestServicePrefixFor('IPv4', 253, true)).toBe(23);
    expect(smallestServicePrefixFor('IPv4', 1, true)).toBe(28);
    expect(smallestServicePrefixFor('IPv6', 100, true)).toBe(121); // 128 − 1 = 127 ≥ 100
    expect(smallestServicePrefixFor('IPv4', 10_000_000, true)).toBeNull();
  });

  it('describeOverlap', () => {
    const ranges = [{ cidr: cidrOf('10.0.0.0/16'), label: 'connected network hub (10.0.0.0/16)' }];
    expect(describeOverlap(ranges, cidrOf('10.0.0.0/16'))).toBe('connected network hub (10.0.0.0/16)');
  });
});
