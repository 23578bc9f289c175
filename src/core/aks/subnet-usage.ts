import type { SubnetRole } from '../types.ts';
import {
  APISERVER_IPS_PER_CLUSTER,
  AZURE_RESERVED_IPS_PER_SUBNET,
  PRIVATE_CLUSTER_ENDPOINT_IPS,
} from './constants.ts';
import { subnetUsableAddresses } from './capacity.ts';
import type { ResolvedPlan, ResolvedPool, ResolvedSubnet } from './resolve-plan.ts';
import { cidrSize } from '../ip/cidr.ts';

/** What the plan takes from one subnet, at rest and during an upgrade (aks-rules R12, R13, R57). */
export interface SubnetUsage {
  subnet: ResolvedSubnet;
  roles: Set<'nodes' | 'pods' | 'apiServer'>;
  role: SubnetRole;
  nodePools: ResolvedPool[];
  podPools: ResolvedPool[];
  totalAddresses: bigint;
  reserved: number;
  usable: bigint;
  /** Σ plannedNodes × ipsPerNode over the pools whose node subnet this is. */
  nodeIpsSteady: number;
  nodeIpsDuringUpgrade: number;
  /** Σ plannedNodes × pod-subnet IPs per node over the pools whose pod subnet this is. */
  podIpsSteady: number;
  podIpsDuringUpgrade: number;
  /** otherIps + the private-cluster endpoint + API-server reservations. */
  otherIps: number;
  privateEndpoint: number;
  ipsSteady: number;
  ipsDuringUpgrade: number;
}

/**
 * Works out each subnet's roles (R58) and the IPs the plan takes from it (R13, R57).
 *
 * @example subnetUsages(plan)[0].ipsSteady // 3 nodes × 1 IP + 6 otherIps = 9 for an overlay pool of 3 and 6 ILBs
 */
export function subnetUsages(plan: ResolvedPlan): SubnetUsage[] {
  const firstPoolSubnet = plan.pools[0]?.subnet ?? null;
  // Pools grouped by subnet in one pass (in plan order): thousands of pools and subnets stay linear.
  const nodePoolsOf = new Map<ResolvedSubnet, ResolvedPool[]>();
  const podPoolsOf = new Map<ResolvedSubnet, ResolvedPool[]>();
  const group = (
    map: Map<ResolvedSubnet, ResolvedPool[]>,
    subnet: ResolvedSubnet | null,
    pool: ResolvedPool,
  ) => {
    if (subnet === null) return;
    const list = map.get(subnet);
    if (list === undefined) map.set(subnet, [pool]);
    else list.push(pool);
  };
  for (const pool of plan.pools) {
    group(nodePoolsOf, pool.subnet, pool);
    group(podPoolsOf, pool.podSubnet, pool);
  }
  return plan.subnets.map((subnet) => {
    const nodePools = nodePoolsOf.get(subnet) ?? [];
    const podPools = podPoolsOf.get(subnet) ?? [];
    const roles = new Set<'nodes' | 'pods' | 'apiServer'>();
    if (nodePools.length > 0 || subnet.purposeStated === 'nodes') roles.add('nodes');
    if (podPools.length > 0 || subnet.purposeStated === 'pods') roles.add('pods');
    if (subnet.purpose === 'apiServer') roles.add('apiServer');
    const role: SubnetRole = roles.has('apiServer')
      ? 'apiServer'
      : roles.has('pods')
        ? 'pods'
        : roles.has('nodes')
          ? 'nodes'
          : subnet.purposeStated === null
            ? 'nodes'
            : 'other';

    const nodeIpsSteady = nodePools.reduce((sum, pool) => sum + pool.plannedNodes * pool.ipsPerNode, 0);
    const nodeIpsDuringUpgrade = nodePools.reduce(
      (sum, pool) => sum + (pool.plannedNodes + pool.surgeNodes) * pool.ipsPerNode,
      0,
    );
    const podIpsSteady = podPools.reduce(
      (sum, pool) => sum + pool.plannedNodes * pool.podSubnetIpsPerNode,
      0,
    );
    const podIpsDuringUpgrade = podPools.reduce(
      (sum, pool) => sum + (pool.plannedNodes + pool.surgeNodes) * pool.podSubnetIpsPerNodeDuringUpgrade,
      0,
    );
    const privateEndpoint =
      plan.privateCluster && firstPoolSubnet === subnet && plan.pools.length > 0
        ? PRIVATE_CLUSTER_ENDPOINT_IPS
        : 0;
    const apiServerIps = roles.has('apiServer') ? APISERVER_IPS_PER_CLUSTER * subnet.sharedByClusters : 0;
    const otherIps = subnet.otherIps + privateEndpoint + apiServerIps;
    const totalAddresses = subnet.ipv4.reduce((sum, p) => sum + cidrSize(p.cidr), 0n);
    const usable = subnet.ipv4.reduce((sum, p) => sum + subnetUsableAddresses(p.cidr), 0n);
    return {
      subnet,
      roles,
      role,
      nodePools,
      podPools,
      totalAddresses,
      reserved: AZURE_RESERVED_IPS_PER_SUBNET * subnet.ipv4.length,
      usable,
      nodeIpsSteady,
      nodeIpsDuringUpgrade,
      podIpsSteady,
      podIpsDuringUpgrade,
      otherIps,
      privateEndpoint,
      ipsSteady: nodeIpsSteady + podIpsSteady + otherIps,
      ipsDuringUpgrade: nodeIpsDuringUpgrade + podIpsDuringUpgrade + otherIps,
    };
  });
}
