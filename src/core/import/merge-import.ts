import type { ImportFindings } from './import-finding.ts';
import type { ImportedCluster, ImportedPool, ImportedVnet } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { mergePools } from './merge-pools.ts';
import { networkPluginOf, podCidrsOf } from './network-plugin.ts';
import { resolveSubnets } from './resolve-subnets.ts';

/** What was read from each input (undefined: not given, or not usable). */
export interface ImportParts {
  vnet: ImportedVnet | undefined;
  cluster: ImportedCluster | undefined;
  listPools: ImportedPool[] | undefined;
}

/** The plan document's field order (plan-document.md §1), so an imported plan reads like a written one. */
const CLUSTER_ORDER = [
  'name',
  'kubernetesVersion',
  'tier',
  'networkPlugin',
  'podIpAllocationMode',
  'networkDataplane',
  'networkPolicy',
  'outboundType',
  'routeTableCustomRoutes',
  'ipFamilies',
  'podCidrs',
  'serviceCidrs',
  'dnsServiceIp',
  'privateCluster',
] as const;
const POOL_ORDER = [
  'name',
  'mode',
  'osType',
  'subnet',
  'podSubnet',
  'podIpAllocationMode',
  'count',
  'enableAutoScaling',
  'minCount',
  'maxCount',
  'maxSurge',
  'maxPods',
] as const;

function ordered(fields: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of order) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

function clusterFields(
  cluster: ImportedCluster,
  pools: readonly ImportedPool[],
  findings: ImportFindings,
): JsonObject {
  const fields: JsonObject = { ...cluster.fields };
  const plugin = networkPluginOf(cluster.networkPlugin, cluster.networkPluginMode, pools, findings);
  if (plugin !== undefined) fields['networkPlugin'] = plugin;
  else if (cluster.hasNetworkProfile && cluster.networkPlugin === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      `${cluster.networkProfilePath}.networkPlugin`,
      'The network profile names no network plugin; the planner assumes Azure CNI Overlay. Check it.',
    );
  }
  const podCidrs = podCidrsOf(plugin, cluster, findings);
  if (podCidrs !== undefined) fields['podCidrs'] = podCidrs;
  return ordered(fields, CLUSTER_ORDER);
}

/**
 * Puts the pieces together into a plan document (not yet checked by parsePlanDocument): the cluster
 * from `az aks show`, the pools (nodepool list winning), the VNet with every subnet's purpose, and
 * the peerings as connected networks.
 */
export function mergeImport(parts: ImportParts, findings: ImportFindings): JsonObject {
  const pools = mergePools(parts.cluster?.pools, parts.listPools, findings);
  if (parts.cluster !== undefined && parts.cluster.pools === undefined && parts.listPools === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      'aksShow.agentPoolProfiles',
      'The cluster lists no node pools (agentPoolProfiles); paste `az aks nodepool list` too.',
    );
  }
  const plan: JsonObject = { schemaVersion: 1 };
  if (parts.cluster !== undefined) {
    plan['cluster'] = clusterFields(parts.cluster, pools, findings);
  } else if (pools.length > 0) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      'aksShow',
      'Only node pools were pasted: the network plugin, pod and service CIDRs and tier are unknown, so the planner defaults apply. Paste `az aks show` too.',
    );
  }
  const subnets = resolveSubnets(
    parts.vnet,
    pools,
    parts.cluster?.apiServerSubnetId,
    parts.cluster !== undefined,
    findings,
  );
  if (subnets.vnet !== undefined) plan['vnet'] = subnets.vnet;
  plan['nodePools'] = pools.map((pool) => {
    const fields: JsonObject = { ...pool.fields };
    const subnet = pool.vnetSubnetId === undefined ? undefined : subnets.nameOf(pool.vnetSubnetId);
    const podSubnet = pool.podSubnetId === undefined ? undefined : subnets.nameOf(pool.podSubnetId);
    if (subnet !== undefined) fields['subnet'] = subnet;
    if (podSubnet !== undefined) fields['podSubnet'] = podSubnet;
    return ordered(fields, POOL_ORDER);
  });
  if (parts.vnet !== undefined && parts.vnet.connectedNetworks.length > 0) {
    plan['connectedNetworks'] = parts.vnet.connectedNetworks;
  }
  return plan;
}
