import { AGC_DELEGATION } from '../model/constants.ts';
import type { SubnetPurpose } from '../types.ts';
import type { ImportFindings } from './import-finding.ts';
import type { ImportedPool, ImportedVnet } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { formatList } from '../model/format.ts';
import { parseSubnetId, subnetIdKey, subnetNameFromId, vnetKeyOfSubnetId } from './subnet-id.ts';

type Role = Exclude<SubnetPurpose, 'other' | 'appGatewayForContainers'>;

/** R68: this delegation exists only for Application Gateway for Containers, so it implies the purpose. */

function agcDelegated(entry: Entry): boolean {
  return entry.delegatedTo?.toLowerCase() === AGC_DELEGATION.toLowerCase();
}

interface SubnetRef {
  id: string;
  role: Role;
  /** The pool that names the subnet, or null for the API server. */
  pool: string | null;
  path: string;
}

interface Entry {
  name: string;
  addressPrefixes: unknown;
  id: string | undefined;
  delegatedTo: string | undefined;
  ipConfigurations: number;
  refs: SubnetRef[];
}

export interface ResolvedSubnets {
  /** The plan's vnet, or undefined for an AKS-managed VNet (nothing names a subnet and no VNet was pasted). */
  vnet: JsonObject | undefined;
  /** Subnet name for each referenced ID (by subnetIdKey). */
  nameOf: (id: string) => string | undefined;
}

const ROLE_ORDER: readonly Role[] = ['nodes', 'pods', 'apiServer'];
const ROLE_WORDS: Record<Role, string> = { nodes: 'node', pods: 'pod', apiServer: 'API server' };

function refsOf(
  pools: readonly ImportedPool[],
  apiServer: { value: string; path: string } | undefined,
): SubnetRef[] {
  const refs: SubnetRef[] = [];
  for (const pool of pools) {
    const name = pool.name ?? pool.path;
    if (pool.vnetSubnetId !== undefined)
      refs.push({ id: pool.vnetSubnetId, role: 'nodes', pool: name, path: `${pool.path}.vnetSubnetId` });
    if (pool.podSubnetId !== undefined)
      refs.push({ id: pool.podSubnetId, role: 'pods', pool: name, path: `${pool.path}.podSubnetId` });
  }
  if (apiServer !== undefined)
    refs.push({ id: apiServer.value, role: 'apiServer', pool: null, path: apiServer.path });
  return refs;
}

/** "pool a", "pools a and b", "the API server", "pools a and b and the API server". */
function usersOf(refs: readonly SubnetRef[]): string {
  const pools = [...new Set(refs.map((r) => r.pool).filter((p): p is string => p !== null))];
  const parts = [
    pools.length === 0 ? null : `${pools.length === 1 ? 'pool' : 'pools'} ${formatList(pools)}`,
    refs.some((r) => r.pool === null) ? 'the API server' : null,
  ].filter((p): p is string => p !== null);
  return parts.join(' and ');
}

function entryFromVnet(vnet: ImportedVnet, subnet: ImportedVnet['subnets'][number]): Entry {
  return {
    name: subnet.name,
    addressPrefixes: subnet.addressPrefixes,
    id: subnet.id ?? (vnet.id === undefined ? undefined : `${vnet.id}/subnets/${subnet.name}`),
    delegatedTo: subnet.delegatedTo,
    ipConfigurations: subnet.ipConfigurations,
    refs: [],
  };
}

function uniqueName(wanted: string, vnetName: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const qualified = `${vnetName}/${wanted}`.slice(0, 80);
  return taken.has(qualified.toLowerCase()) ? `${qualified.slice(0, 76)}-${taken.size}` : qualified;
}

function purposeOf(entry: Entry, findings: ImportFindings): SubnetPurpose {
  const roles = ROLE_ORDER.filter((role) => entry.refs.some((r) => r.role === role));
  const [first] = roles;
  if (first === undefined) return agcDelegated(entry) ? 'appGatewayForContainers' : 'other';
  if (roles.length > 1) {
    findings.add(
      'AZURE_IMPORT_UNSUPPORTED',
      'warning',
      entry.refs[0]?.path,
      `Subnet ${entry.name} is used as ${formatList(roles.map((role) => `${ROLE_WORDS[role]} subnet (by ${usersOf(entry.refs.filter((r) => r.role === role))})`))}; a subnet has one role (R58), so it was imported as a ${ROLE_WORDS[first]} subnet.`,
    );
  }
  return first;
}

function planSubnet(entry: Entry, purpose: SubnetPurpose): JsonObject {
  return {
    name: entry.name,
    addressPrefixes: entry.addressPrefixes,
    purpose,
    ...(entry.id === undefined ? {} : { id: entry.id }),
    ...(entry.delegatedTo === undefined ? {} : { delegatedTo: entry.delegatedTo }),
  };
}

/**
 * One finding per VNet the missing subnets are in: "Subnets a (pool x) and b (pool y) were added
 * with their resource IDs only: paste `az network vnet show -g RG -n VNET -o json` …".
 */
function reportMissing(
  added: readonly Entry[],
  vnet: ImportedVnet | undefined,
  findings: ImportFindings,
): void {
  const groups = new Map<string, Entry[]>();
  for (const entry of added) {
    const key = entry.id === undefined ? '' : vnetKeyOfSubnetId(entry.id);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [entry]);
    else group.push(entry);
  }
  for (const [key, entries] of groups) {
    const [first] = entries;
    if (first === undefined) continue;
    const parsed = first.id === undefined ? null : parseSubnetId(first.id);
    const command =
      parsed === null
        ? '`az network vnet show -g RG -n VNET -o json`'
        : `\`az network vnet show -g ${parsed.resourceGroup} -n ${parsed.vnet} -o json\``;
    const many = entries.length > 1;
    const list = formatList(entries.map((e) => `${e.name} (${usersOf(e.refs)})`));
    const subject = `${many ? 'Subnets' : 'Subnet'} ${list}`;
    const sameVnet = vnet?.id !== undefined && key === subnetIdKey(vnet.id);
    const message =
      vnet === undefined
        ? `${subject} ${many ? 'were' : 'was'} added with ${many ? 'their resource IDs' : 'its resource ID'} only: paste ${command} to fill ${many ? 'their' : 'its'} prefixes.`
        : sameVnet
          ? `${subject} ${many ? 'are' : 'is'} not among the subnets of the pasted VNet ${vnet.name ?? ''} (was its output taken before ${many ? 'they were' : 'the subnet was'} created?). ${many ? 'They were' : 'It was'} added with no prefixes; paste a current ${command}.`
          : `${subject} ${many ? 'are' : 'is'} not in the pasted VNet ${vnet.name ?? ''}${parsed === null ? '' : `: ${many ? 'their IDs name' : 'its ID names'} VNet ${parsed.vnet} in ${parsed.resourceGroup}`}. ${many ? 'They were' : 'It was'} added with no prefixes; paste ${command} instead, or correct the ${many ? 'IDs' : 'ID'}.`;
    findings.add('AZURE_IMPORT_SUBNET_NOT_IN_VNET', 'warning', first.refs[0]?.path, message);
  }
}

function reportPurposes(
  entries: readonly Entry[],
  purposes: readonly SubnetPurpose[],
  findings: ImportFindings,
  path: string,
): void {
  const parts = entries.map((entry, i) => {
    const purpose = purposes[i] ?? 'other';
    if (purpose === 'other') return `${entry.name} other (nothing in the cluster uses it)`;
    if (purpose === 'appGatewayForContainers')
      return `${entry.name} appGatewayForContainers (delegated to Microsoft.ServiceNetworking/trafficControllers)`;
    return `${entry.name} ${purpose} (${usersOf(entry.refs.filter((r) => r.role === purpose))})`;
  });
  findings.add(
    'AZURE_IMPORT_SUBNET_PURPOSES',
    'info',
    path,
    `Subnet purposes inferred from the cluster's subnet IDs: ${parts.join('; ')}. Check them; add other consumers (internal load balancers, private endpoints) as other IPs.`,
  );
}

function reportPodSubnetUse(
  entries: readonly Entry[],
  purposes: readonly SubnetPurpose[],
  findings: ImportFindings,
): void {
  entries.forEach((entry, i) => {
    if (purposes[i] !== 'pods' || entry.ipConfigurations === 0) return;
    findings.add(
      'AZURE_IMPORT_NOTE',
      'info',
      undefined,
      `Pod subnet ${entry.name} lists ${entry.ipConfigurations} IP configurations: the pod IPs allocated now. They were not imported; the plan sizes the subnet by the pools' max pods (R57).`,
    );
  });
}

/**
 * Matches the subnet IDs the cluster names (pools' vnetSubnetId and podSubnetId, the API server's
 * subnetId) with the pasted VNet's subnets, case-insensitively (R59), and gives each subnet its
 * purpose: nodes, pods, apiServer, or other when nothing in the cluster uses it. A named subnet the
 * VNet doesn't have (or every one, when no VNet was pasted) is added with its name and ID only.
 */
export function resolveSubnets(
  vnet: ImportedVnet | undefined,
  pools: readonly ImportedPool[],
  apiServer: { value: string; path: string } | undefined,
  clusterRead: boolean,
  findings: ImportFindings,
): ResolvedSubnets {
  const entries: Entry[] = vnet === undefined ? [] : vnet.subnets.map((s) => entryFromVnet(vnet, s));
  const byId = new Map<string, Entry>();
  for (const entry of entries) if (entry.id !== undefined) byId.set(subnetIdKey(entry.id), entry);
  const added: Entry[] = [];
  // Names taken so far, kept as entries are added (rebuilt per reference, it grew with the square of the pools).
  const taken = new Set(entries.map((e) => e.name.toLowerCase()));
  const refs = refsOf(pools, apiServer);
  for (const ref of refs) {
    const key = subnetIdKey(ref.id);
    let entry = byId.get(key);
    if (entry === undefined) {
      const parsed = parseSubnetId(ref.id);
      entry = {
        name: uniqueName(subnetNameFromId(ref.id), parsed?.vnet ?? 'vnet', taken),
        addressPrefixes: [],
        id: ref.id,
        delegatedTo: undefined,
        ipConfigurations: 0,
        refs: [],
      };
      entries.push(entry);
      taken.add(entry.name.toLowerCase());
      added.push(entry);
      byId.set(key, entry);
    }
    entry.refs.push(ref);
  }

  const purposes = entries.map((entry) => purposeOf(entry, findings));
  reportMissing(added, vnet, findings);
  if (vnet !== undefined && refs.length > 0) reportPurposes(entries, purposes, findings, 'vnetShow.subnets');
  reportPodSubnetUse(entries, purposes, findings);
  if (vnet !== undefined && refs.length === 0 && entries.length > 0) {
    const agc = entries.filter((_, i) => purposes[i] === 'appGatewayForContainers').map((e) => e.name);
    const agcNote =
      agc.length === 0
        ? ''
        : ` ${agc.length === 1 ? 'Subnet' : 'Subnets'} ${formatList(agc)} ${agc.length === 1 ? 'is' : 'are'} delegated to Microsoft.ServiceNetworking/trafficControllers, so ${agc.length === 1 ? 'it was' : 'they were'} marked appGatewayForContainers (R68).`;
    findings.add(
      'AZURE_IMPORT_SUBNET_PURPOSES',
      clusterRead ? 'warning' : 'info',
      'vnetShow.subnets',
      (clusterRead
        ? "The cluster's node pools name no subnet (an AKS-managed VNet), so every other subnet of the pasted VNet was marked other. Set the node subnet's purpose if you plan the cluster in this VNet."
        : 'Only a VNet was pasted, so every other subnet was marked other. Paste `az aks show` to mark the node, pod and API server subnets, or set their purposes yourself.') +
        agcNote,
    );
  }
  if (vnet === undefined && refs.length === 0 && clusterRead && pools.length > 0) {
    findings.add(
      'AZURE_IMPORT_NOTE',
      'info',
      undefined,
      'The node pools name no subnet: the cluster uses an AKS-managed VNet, so the plan has no vnet (AKS creates 10.224.0.0/12 with a 10.224.0.0/16 node subnet).',
    );
  }

  const nameOf = (id: string): string | undefined => byId.get(subnetIdKey(id))?.name;
  const subnets = entries.map((entry, i) => planSubnet(entry, purposes[i] ?? 'other'));
  if (vnet !== undefined) {
    return {
      vnet: {
        ...(vnet.name === undefined ? {} : { name: vnet.name }),
        ...(vnet.resourceGroup === undefined ? {} : { resourceGroup: vnet.resourceGroup }),
        ...(vnet.addressSpace === undefined ? {} : { addressSpace: vnet.addressSpace }),
        subnets,
      },
      nameOf,
    };
  }
  if (entries.length === 0) return { vnet: undefined, nameOf };
  const first = entries[0]?.id === undefined ? null : parseSubnetId(entries[0].id);
  return {
    vnet: {
      ...(first === null ? {} : { name: first.vnet, resourceGroup: first.resourceGroup }),
      subnets,
    },
    nameOf,
  };
}
