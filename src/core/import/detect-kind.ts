import type { AzureJsonKind } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { asObject, hasAnyKey, jsonString } from './json-value.ts';

type ItemKind = 'vnet' | 'subnet' | 'cluster' | 'pool' | 'plan' | null;

const TYPES: Record<string, ItemKind> = {
  'microsoft.network/virtualnetworks': 'vnet',
  'microsoft.network/virtualnetworks/subnets': 'subnet',
  'microsoft.containerservice/managedclusters': 'cluster',
  'microsoft.containerservice/managedclusters/agentpools': 'pool',
};

function itemKind(object: JsonObject): ItemKind {
  if (hasAnyKey(object, 'schemaVersion') && hasAnyKey(object, 'nodePools')) return 'plan';
  const type = jsonString(object, '', 'type')?.toLowerCase();
  const byType = type === undefined ? undefined : TYPES[type];
  if (byType !== undefined) return byType;
  // No (or an unfamiliar) `type`: an output trimmed by hand or by --query. Judge by the keys.
  if (hasAnyKey(object, 'agentPoolProfiles', 'networkProfile', 'dnsPrefix', 'fqdn', 'nodeResourceGroup'))
    return 'cluster';
  if (hasAnyKey(object, 'addressSpace', 'virtualNetworkPeerings', 'subnets')) return 'vnet';
  if (hasAnyKey(object, 'addressPrefix', 'addressPrefixes')) return 'subnet';
  if (
    hasAnyKey(
      object,
      'vmSize',
      'typePropertiesType',
      'vnetSubnetId',
      'vnetSubnetID',
      'orchestratorVersion',
    ) ||
    (hasAnyKey(object, 'maxPods') && hasAnyKey(object, 'count', 'mode', 'osType'))
  )
    return 'pool';
  return null;
}

const SINGLE: Record<Exclude<ItemKind, null>, AzureJsonKind> = {
  vnet: 'vnetShow',
  subnet: 'subnetShow',
  cluster: 'aksShow',
  pool: 'nodepoolShow',
  plan: 'planDocument',
};

/**
 * Which `az` command printed this JSON, judged by its shape: the resource `type` when present, else
 * the keys only that command's output has. A list of agent pools is `az aks nodepool list`; a list of
 * VNets or clusters is the `list` command.
 *
 * @example detectAzureJsonKind([{ type: 'Microsoft.ContainerService/managedClusters/agentPools' }]) // 'nodepoolList'
 */
export function detectAzureJsonKind(value: unknown): AzureJsonKind {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'emptyList';
    const kinds = new Set(
      value.map((item: unknown) => {
        const object = asObject(item);
        return object === null ? null : itemKind(object);
      }),
    );
    if (kinds.size !== 1) return 'unknown';
    const [kind] = [...kinds];
    if (kind === 'pool') return 'nodepoolList';
    if (kind === 'vnet') return 'vnetList';
    if (kind === 'cluster') return 'aksList';
    return 'unknown';
  }
  const object = asObject(value);
  if (object === null) return 'unknown';
  const kind = itemKind(object);
  return kind === null ? 'unknown' : SINGLE[kind];
}
