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
type Role = 'nodes' | 'pods' | 'apiServer' | 'appGatewayForContainers';

export interface SubnetUsage {
  subnet: ResolvedSubnet;
  /** Shared between usages with the same roles (never changed), in the order nodes, pods, apiServer. */
  roles: ReadonlySet<Role>;
  role: SubnetRole;
  /** The pools whose node (pod) subnet this is; read only (subnets without pools share one empty list). */
  nodePools: readonly ResolvedPool[];
  podPools: readonly ResolvedPool[];
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

const NO_POOLS: readonly ResolvedPool[] = Object.freeze([]);

/**
 * One set per combination of roles (bit 1 nodes, 2 pods, 4 apiServer, 8 appGatewayForContainers):
 * 10,000 subnets share sixteen sets.
 */
const ROLE_SETS: readonly ReadonlySet<Role>[] = Array.from({ length: 16 }, (_, bits) => {
  const roles: Role[] = [];
  if (bits & 1) roles.push('nodes');
  if (bits & 2) roles.push('pods');
  if (bits & 4) roles.push('apiServer');
  if (bits & 8) roles.push('appGatewayForContainers');
  return new Set(roles);
});

/** Σ addresses and Σ usable addresses of a subnet's IPv4 prefixes (no bigint made for the usual single prefix). */
function ipv4Totals(subnet: ResolvedSubnet): { total: bigint; usable: bigint } {
  const [only] = subnet.ipv4;
  if (subnet.ipv4.length === 1 && only !== undefined)
    return { total: cidrSize(only.cidr), usable: subnetUsableAddresses(only.cidr) };
  let total = 0n;
  let usable = 0n;
  for (const p of subnet.ipv4) {
    total += cidrSize(p.cidr);
    usable += subnetUsableAddresses(p.cidr);
  }
  return { total, usable };
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
    const nodePools = nodePoolsOf.get(subnet) ?? NO_POOLS;
    const podPools = podPoolsOf.get(subnet) ?? NO_POOLS;
    const roles =
      ROLE_SETS[
        (nodePools.length > 0 || subnet.purposeStated === 'nodes' ? 1 : 0) |
          (podPools.length > 0 || subnet.purposeStated === 'pods' ? 2 : 0) |
          (subnet.purpose === 'apiServer' ? 4 : 0) |
          (subnet.purpose === 'appGatewayForContainers' || subnet.agcDelegated ? 8 : 0)
      ] ?? new Set<Role>();
    const role: SubnetRole = roles.has('apiServer')
      ? 'apiServer'
      : roles.has('appGatewayForContainers')
        ? 'appGatewayForContainers'
        : roles.has('pods')
          ? 'pods'
          : roles.has('nodes')
            ? 'nodes'
            : subnet.purposeStated === null
              ? 'nodes'
              : 'other';

    let nodeIpsSteady = 0;
    let nodeIpsDuringUpgrade = 0;
    for (const pool of nodePools) {
      nodeIpsSteady += pool.plannedNodes * pool.ipsPerNode;
      nodeIpsDuringUpgrade += pool.nodesDuringUpgrade * pool.ipsPerNode;
    }
    let podIpsSteady = 0;
    let podIpsDuringUpgrade = 0;
    for (const pool of podPools) {
      podIpsSteady += pool.plannedNodes * pool.podSubnetIpsPerNode;
      podIpsDuringUpgrade += pool.nodesDuringUpgrade * pool.podSubnetIpsPerNodeDuringUpgrade;
    }
    const privateEndpoint =
      // R12, R65: with API Server VNet Integration there is no private endpoint in the node subnet.
      plan.privateCluster &&
      !plan.apiServerVnetIntegration &&
      firstPoolSubnet === subnet &&
      plan.pools.length > 0
        ? PRIVATE_CLUSTER_ENDPOINT_IPS
        : 0;
    const apiServerIps = roles.has('apiServer') ? APISERVER_IPS_PER_CLUSTER * subnet.sharedByClusters : 0;
    const otherIps = subnet.otherIps + privateEndpoint + apiServerIps;
    const { total: totalAddresses, usable } = ipv4Totals(subnet);
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
