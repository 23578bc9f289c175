import fc from 'fast-check';
import type { Cidr } from '../core/ip/cidr.ts';
import { formatCidr } from '../core/ip/cidr.ts';
import type { PlanDocument } from '../core/types.ts';

/** fast-check generators for property tests and the fuzzer (test-only code, no runtime use). */

export const arbitraryIpv4Cidr: fc.Arbitrary<Cidr> = fc
  .record({ value: fc.bigInt(0n, 2n ** 32n - 1n), prefix: fc.integer({ min: 0, max: 32 }) })
  .map(({ value, prefix }) => {
    const host = 32n - BigInt(prefix);
    return { family: 'IPv4' as const, network: (value >> host) << host, prefixLength: prefix };
  });

export const arbitraryIpv6Cidr: fc.Arbitrary<Cidr> = fc
  .record({ value: fc.bigInt(0n, 2n ** 128n - 1n), prefix: fc.integer({ min: 0, max: 128 }) })
  .map(({ value, prefix }) => {
    const host = 128n - BigInt(prefix);
    return { family: 'IPv6' as const, network: (value >> host) << host, prefixLength: prefix };
  });

export const arbitraryCidr: fc.Arbitrary<Cidr> = fc.oneof(arbitraryIpv4Cidr, arbitraryIpv6Cidr);

/** CIDR text: mostly plausible private ranges, sometimes anything, sometimes junk. */
export const arbitraryCidrText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 8, max: 30 })
      .chain((p) =>
        fc.constantFrom(`10.${p}.0.0/${p}`, `10.0.0.0/${p}`, `172.16.0.0/${p}`, `100.64.0.0/${p}`),
      ),
  },
  { weight: 3, arbitrary: arbitraryCidr.map(formatCidr) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '10.1/16',
      '010.0.0.0/8',
      '10.0.0.0',
      '10.0.0.0/33',
      'fd00::/64',
      '',
      '::/0',
      '169.254.0.0/16',
      '224.0.0.0/4',
    ),
  },
  { weight: 1, arbitrary: fc.string() },
);

const smallInt = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1200 }));

/** Plan documents of the right TypeScript type with values anywhere from sensible to absurd. */
export const arbitraryPlan: fc.Arbitrary<PlanDocument> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    title: fc.string(),
    cluster: fc.record(
      {
        kubernetesVersion: fc.constantFrom(
          '1.27',
          '1.28',
          '1.29',
          '1.31',
          '1.32',
          '1.33',
          '1.34',
          '1.35',
          'x',
        ),
        tier: fc.constantFrom('Free', 'Standard', 'Premium'),
        networkPlugin: fc.constantFrom('overlay', 'kubenet', 'azureNodeSubnet', 'azurePodSubnet', 'none'),
        podIpAllocationMode: fc.constantFrom('DynamicIndividual', 'StaticBlock'),
        networkDataplane: fc.constantFrom('azure', 'cilium'),
        networkPolicy: fc.constantFrom('none', 'azure', 'calico', 'cilium'),
        outboundType: fc.constantFrom(
          'loadBalancer',
          'managedNATGateway',
          'userAssignedNATGateway',
          'userDefinedRouting',
          'none',
        ),
        routeTableCustomRoutes: fc.integer({ min: 0, max: 500 }),
        ipFamilies: fc.constantFrom(
          ['IPv4' as const],
          ['IPv4' as const, 'IPv6' as const],
          ['IPv6' as const],
          ['IPv6' as const, 'IPv4' as const],
        ),
        podCidrs: fc.array(arbitraryCidrText, { maxLength: 3 }),
        serviceCidrs: fc.array(arbitraryCidrText, { maxLength: 3 }),
        dnsServiceIp: fc.oneof(
          fc.constantFrom('10.0.0.10', '10.0.0.0', '10.0.0.1', 'fd00::10', '10.0.255.255'),
          fc.string(),
        ),
        privateCluster: fc.boolean(),
        podCidrExpansion: arbitraryCidrText,
      },
      { requiredKeys: [] },
    ),
    vnet: fc.record(
      {
        name: fc.string({ maxLength: 70 }),
        resourceGroup: fc.string({ maxLength: 70 }),
        addressSpace: fc.array(arbitraryCidrText, { maxLength: 3 }),
        subnets: fc.array(
          fc.record(
            {
              name: fc.constantFrom('a', 'b', 'c', 'nodes', 'pods', 'api'),
              addressPrefixes: fc.array(arbitraryCidrText, { maxLength: 3 }),
              purpose: fc.constantFrom('nodes', 'pods', 'apiServer', 'appGatewayForContainers', 'other'),
              otherIps: fc.array(fc.record({ name: fc.string(), count: smallInt }), { maxLength: 2 }),
              id: fc.constantFrom(
                '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a',
                'bad',
              ),
              delegatedTo: fc.string(),
              sharedByClusters: fc.integer({ min: 1, max: 5 }),
            },
            { requiredKeys: ['name', 'addressPrefixes'] },
          ),
          { maxLength: 5 },
        ),
      },
      { requiredKeys: [] },
    ),
    nodePools: fc.array(
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('system', 'apps', 'win', 'Bad-Name'), fc.string({ maxLength: 14 })),
          mode: fc.constantFrom('System', 'User'),
          osType: fc.constantFrom('Linux', 'Windows'),
          subnet: fc.constantFrom('a', 'b', 'c', 'nodes', 'missing'),
          podSubnet: fc.constantFrom('a', 'b', 'pods', 'missing'),
          podIpAllocationMode: fc.constantFrom('DynamicIndividual', 'StaticBlock'),
          count: smallInt,
          enableAutoScaling: fc.boolean(),
          minCount: smallInt,
          maxCount: smallInt,
          maxSurge: fc.oneof(
            fc.constantFrom('10%', '33%', '0', '1', '0%', '100%', '101%', 'x'),
            fc.string({ maxLength: 5 }),
          ),
          maxPods: fc.integer({ min: 0, max: 300 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    ),
    connectedNetworks: fc.array(
      fc.record(
        {
          name: fc.string(),
          kind: fc.constantFrom('peering', 'expressRoute', 'vpn', 'onPremises', 'other'),
          addressPrefixes: fc.array(arbitraryCidrText, { maxLength: 3 }),
        },
        { requiredKeys: ['addressPrefixes'] },
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ['schemaVersion', 'nodePools'] },
);
