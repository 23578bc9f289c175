import fc from 'fast-check';
import type { NetworkPlugin, NodePoolPlan, PlanDocument, SubnetPlan } from '../core/types.ts';

/**
 * fast-check generators of plans a proposal should be able to lay out (test-only code): valid pools,
 * names and settings, with ranges that may be too small, misplaced or colliding with connected
 * networks, VNets that may be too small, and sometimes no ranges at all.
 */

const SUBNET_PREFIXES = [
  '10.50.0.0/24',
  '10.50.1.0/28',
  '10.50.0.0/20',
  '10.50.4.0/22',
  '10.50.8.0/29',
  '10.1.0.0/24',
];
const POD_CIDRS = [
  '10.244.0.0/16',
  '10.244.0.0/24',
  '10.50.0.0/16',
  '10.0.0.0/16',
  '172.16.0.0/16',
  '100.64.0.0/20',
];
const SERVICE_CIDRS = ['10.0.0.0/16', '10.50.0.0/24', '10.244.0.0/16', '192.168.0.0/24', '10.2.0.0/20'];
const CONNECTED = ['10.0.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '10.244.0.0/16', '10.1.0.0/16'];

const pool = (
  index: number,
  plugin: NetworkPlugin,
  nodeSubnets: number,
  podSubnets: number,
): fc.Arbitrary<NodePoolPlan> =>
  fc
    .record({
      count: fc.integer({ min: 2, max: 40 }),
      autoscale: fc.boolean(),
      maxExtra: fc.integer({ min: 0, max: 40 }),
      maxSurge: fc.constantFrom('10%', '33%', '1', '2', '50%'),
      maxPods:
        plugin === 'azureNodeSubnet' ? fc.integer({ min: 30, max: 60 }) : fc.integer({ min: 30, max: 250 }),
    })
    .map((r): NodePoolPlan => {
      const base: NodePoolPlan = {
        name: `pool${index}`,
        mode: index === 0 ? 'System' : 'User',
        osType: 'Linux',
        subnet: `nodes${index % nodeSubnets}`,
        maxSurge: r.maxSurge,
        maxPods: r.maxPods,
      };
      if (plugin === 'azurePodSubnet') base.podSubnet = `pods${index % podSubnets}`;
      return r.autoscale
        ? {
            ...base,
            enableAutoScaling: true,
            count: r.count,
            minCount: r.count,
            maxCount: r.count + r.maxExtra,
          }
        : { ...base, count: r.count };
    });

export const arbitraryProposablePlan: fc.Arbitrary<PlanDocument> = fc
  .record({
    plugin: fc.constantFrom<NetworkPlugin>(
      'overlay',
      'overlay',
      'kubenet',
      'azureNodeSubnet',
      'azurePodSubnet',
      'none',
    ),
    dualStack: fc.boolean(),
    staticBlock: fc.boolean(),
    nodeSubnets: fc.integer({ min: 1, max: 2 }),
    podSubnets: fc.integer({ min: 1, max: 2 }),
    poolCount: fc.integer({ min: 1, max: 4 }),
    space: fc.constantFrom('10.50.0.0/16', '10.50.0.0/20', '10.50.0.0/24', '192.168.10.0/23'),
    ipv6Space: fc.boolean(),
    subnetPrefixes: fc.array(fc.option(fc.constantFrom(...SUBNET_PREFIXES)), { minLength: 4, maxLength: 4 }),
    apiServer: fc.option(fc.constantFrom('10.50.255.0/28', '10.50.255.0/29', '10.50.0.0/28')),
    privateCluster: fc.boolean(),
    podCidr: fc.option(fc.constantFrom(...POD_CIDRS)),
    serviceCidr: fc.option(fc.constantFrom(...SERVICE_CIDRS)),
    connected: fc.subarray(CONNECTED),
    otherIps: fc.integer({ min: 0, max: 30 }),
  })
  .chain((r) => {
    const dual = r.dualStack && r.plugin === 'overlay';
    const nodeSubnets = Math.min(r.nodeSubnets, r.poolCount);
    const podSubnets = Math.min(r.podSubnets, r.poolCount);
    return fc
      .tuple(...Array.from({ length: r.poolCount }, (_, i) => pool(i, r.plugin, nodeSubnets, podSubnets)))
      .map((nodePools): PlanDocument => {
        const subnets: SubnetPlan[] = [];
        let at = 0;
        const prefixOf = (): string[] => {
          const text = r.subnetPrefixes[at++ % r.subnetPrefixes.length];
          return text === null || text === undefined ? [] : [text];
        };
        for (let i = 0; i < nodeSubnets; i++) {
          const subnet: SubnetPlan = { name: `nodes${i}`, addressPrefixes: prefixOf(), purpose: 'nodes' };
          if (i === 0 && r.otherIps > 0) subnet.otherIps = [{ name: 'ILBs', count: r.otherIps }];
          subnets.push(subnet);
        }
        if (r.plugin === 'azurePodSubnet')
          for (let i = 0; i < podSubnets; i++)
            subnets.push({ name: `pods${i}`, addressPrefixes: prefixOf(), purpose: 'pods' });
        if (r.apiServer !== null)
          subnets.push({ name: 'api', addressPrefixes: [r.apiServer], purpose: 'apiServer' });
        const cluster: PlanDocument['cluster'] = {
          kubernetesVersion: '1.33',
          tier: 'Standard',
          networkPlugin: r.plugin,
          privateCluster: r.privateCluster,
        };
        if (r.plugin === 'azurePodSubnet')
          cluster.podIpAllocationMode = r.staticBlock ? 'StaticBlock' : 'DynamicIndividual';
        if (dual) cluster.ipFamilies = ['IPv4', 'IPv6'];
        if (r.podCidr !== null && r.plugin !== 'azureNodeSubnet' && r.plugin !== 'azurePodSubnet')
          cluster.podCidrs = dual ? [r.podCidr, 'fd12:3456:789a::/64'] : [r.podCidr];
        if (r.serviceCidr !== null)
          cluster.serviceCidrs = dual ? [r.serviceCidr, 'fd12:3456:789a:1::/108'] : [r.serviceCidr];
        return {
          schemaVersion: 1,
          cluster,
          vnet: {
            name: 'vnet-spoke',
            addressSpace: dual && r.ipv6Space ? [r.space, 'fd00:50::/48'] : [r.space],
            subnets,
          },
          nodePools,
          connectedNetworks: r.connected.map((prefix, i) => ({
            name: `net${i}`,
            kind: 'peering',
            addressPrefixes: [prefix],
          })),
        };
      });
  });
