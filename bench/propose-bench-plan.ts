import type { PlanDocument } from '../src/core/index.ts';

/**
 * The `npm run bench` case for proposePlan (issue 17, target ≤ 50 ms): 100 autoscaling pools, each in
 * its own subnet (all too small), a hub and on-premises networks to avoid, and the default service
 * CIDR colliding with the hub.
 */
export function hundredPoolPlan(): PlanDocument {
  return {
    schemaVersion: 1,
    cluster: { networkPlugin: 'overlay', tier: 'Standard', kubernetesVersion: '1.33' },
    vnet: {
      name: 'vnet-spoke',
      addressSpace: ['10.64.0.0/12'],
      subnets: Array.from({ length: 100 }, (_, i) => ({
        name: `snet-${i}`,
        addressPrefixes: [`10.64.${i}.0/28`],
      })),
    },
    nodePools: Array.from({ length: 100 }, (_, i) => ({
      name: `pool${i}`,
      mode: i === 0 ? ('System' as const) : ('User' as const),
      subnet: `snet-${i}`,
      enableAutoScaling: true,
      minCount: 2,
      maxCount: 10 + (i % 40),
      maxSurge: i % 3 === 0 ? '33%' : '10%',
    })),
    connectedNetworks: [
      { name: 'hub', kind: 'peering', addressPrefixes: ['10.0.0.0/16'] },
      { name: 'on-premises', kind: 'onPremises', addressPrefixes: ['172.16.0.0/12', '192.168.0.0/16'] },
    ],
  };
}
