import type {
  ConnectedNetworkKind,
  Finding,
  NetworkDataplane,
  NetworkPlugin,
  NetworkPolicy,
  OsType,
  OutboundType,
  PlanDocument,
  PodIpAllocationMode,
  PoolMode,
  SubnetPurpose,
  Tier,
} from '../core/index.ts';
import { formatCount } from '../core/model/format.ts';
import { integerRange } from '../core/plan/plan-schema.ts';
import { draftFamilies } from './cidr-lists.ts';

/**
 * What the user typed, exactly: every value is a string or a boolean, nothing derived, no bigint.
 * An empty string means "not set" (the documented default applies). Rows carry stable ids for
 * React keys and reordering. `draftToPlan` turns it into a plan document; `planToDraft` back.
 */
export interface DraftOtherIps {
  id: string;
  name: string;
  count: string;
}

export interface DraftSubnet {
  id: string;
  name: string;
  addressPrefixes: string;
  purpose: SubnetPurpose | '';
  delegatedTo: string;
  sharedByClusters: string;
  resourceId: string;
  otherIps: DraftOtherIps[];
}

export interface DraftPool {
  id: string;
  name: string;
  mode: PoolMode | '';
  osType: OsType | '';
  subnet: string;
  podSubnet: string;
  podIpAllocationMode: PodIpAllocationMode | '';
  count: string;
  enableAutoScaling: boolean;
  minCount: string;
  maxCount: string;
  maxSurge: string;
  maxPods: string;
}

export interface DraftConnected {
  id: string;
  name: string;
  kind: ConnectedNetworkKind;
  addressPrefixes: string;
}

export interface DraftCluster {
  name: string;
  kubernetesVersion: string;
  tier: Tier | '';
  networkPlugin: NetworkPlugin | '';
  podIpAllocationMode: PodIpAllocationMode | '';
  networkDataplane: NetworkDataplane | '';
  networkPolicy: NetworkPolicy | '';
  outboundType: OutboundType | '';
  routeTableCustomRoutes: string;
  dualStack: boolean;
  /** The plan names its IP families even when IPv4 only (`ipFamilies: ["IPv4"]`), so it round-trips. */
  ipFamiliesExplicit: boolean;
  /** Dual-stack with IPv6 listed first (`ipFamilies: ["IPv6", "IPv4"]`, which AKS rejects, R48), kept as planned. */
  ipv6First: boolean;
  /**
   * IPv6 only (`ipFamilies: ["IPv6"]`, which AKS rejects, R48), kept as planned: `dualStack` is on (the plan
   * has IPv6 ranges) and the lists hold the IPv6 entries. Turning dual-stack off or on plans IPv4 again.
   */
  ipv6Only: boolean;
  /** The plan's pod CIDRs as typed, entry for entry in the plan's order; an empty entry is left out of the plan. */
  podCidrs: string[];
  /** The plan's service CIDRs as typed, entry for entry in the plan's order. */
  serviceCidrs: string[];
  /** The IPv6 pod CIDR the dual-stack checkbox took out when turned off; turning it on puts it back. */
  podCidrAside: string;
  /** The IPv6 service CIDR set aside the same way. */
  serviceCidrAside: string;
  dnsServiceIp: string;
  privateCluster: boolean;
  podCidrExpansion: string;
}

export interface PlanDraft {
  title: string;
  notes: string;
  cluster: DraftCluster;
  hasVnet: boolean;
  vnetName: string;
  vnetResourceGroup: string;
  vnetAddressSpace: string;
  subnets: DraftSubnet[];
  nodePools: DraftPool[];
  connectedNetworks: DraftConnected[];
}

let nextId = 0;
/** A fresh row id (unique within the page). */
export function newRowId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function emptyPool(name = ''): DraftPool {
  return {
    id: newRowId('pool'),
    name,
    mode: '',
    osType: '',
    subnet: '',
    podSubnet: '',
    podIpAllocationMode: '',
    count: '3',
    enableAutoScaling: false,
    minCount: '',
    maxCount: '',
    maxSurge: '',
    maxPods: '',
  };
}

export function emptySubnet(name = ''): DraftSubnet {
  return {
    id: newRowId('subnet'),
    name,
    addressPrefixes: '',
    purpose: '',
    delegatedTo: '',
    sharedByClusters: '',
    resourceId: '',
    otherIps: [],
  };
}

export function emptyConnected(): DraftConnected {
  return { id: newRowId('net'), name: '', kind: 'peering', addressPrefixes: '' };
}

/** Splits a list typed as "a, b c" into its items. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const WHOLE_NUMBER = /^(0|[1-9][0-9]*)$/;

/** Reads plans from the draft; bad numbers become findings (the value is left out, nothing else is lost). */
class DraftReader {
  readonly findings: Finding[] = [];

  whole(text: string, path: string, label: string): number | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    if (!WHOLE_NUMBER.test(trimmed) || !Number.isSafeInteger(Number(trimmed))) {
      this.findings.push({
        code: 'FIELD_NOT_A_NUMBER',
        severity: 'error',
        path,
        message: `${label} "${text}" is not a whole number. Type digits only, e.g. 3; until then the default is used.`,
      });
      return undefined;
    }
    const value = Number(trimmed);
    const range = integerRange(path);
    if (range !== null && (value < range.min || (range.max !== undefined && value > range.max))) {
      const bound = value < range.min ? range.min : (range.max ?? value);
      this.findings.push({
        code: 'FIELD_OUT_OF_RANGE',
        severity: 'error',
        path,
        message: `${label} ${formatCount(value)} is ${value < range.min ? 'less' : 'more'} than ${formatCount(bound)}, the ${value < range.min ? 'least' : 'most'} a plan allows; until then the default is used.`,
      });
      return undefined;
    }
    return value;
  }
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined | ''): void {
  if (value !== undefined && value !== '') target[key] = value as T[K];
}

/**
 * Turns the draft into a plan document: empty fields are left out (their defaults apply), lists are
 * split, numbers read strictly. Rows keep their order, so finding paths (`nodePools[1].maxPods`)
 * point back at the same rows.
 *
 * @example draftToPlan(planToDraft({ schemaVersion: 1, nodePools: [{ count: 3 }] })).plan.nodePools[0]?.count // 3
 */
export function draftToPlan(draft: PlanDraft): { plan: PlanDocument; findings: Finding[] } {
  const reader = new DraftReader();
  const c = draft.cluster;
  const cluster: NonNullable<PlanDocument['cluster']> = {};
  setIf(cluster, 'name', c.name.trim());
  setIf(cluster, 'kubernetesVersion', c.kubernetesVersion.trim());
  setIf(cluster, 'tier', c.tier);
  setIf(cluster, 'networkPlugin', c.networkPlugin);
  setIf(cluster, 'podIpAllocationMode', c.podIpAllocationMode);
  setIf(cluster, 'networkDataplane', c.networkDataplane);
  setIf(cluster, 'networkPolicy', c.networkPolicy);
  setIf(cluster, 'outboundType', c.outboundType);
  setIf(
    cluster,
    'routeTableCustomRoutes',
    reader.whole(c.routeTableCustomRoutes, 'cluster.routeTableCustomRoutes', 'Custom routes'),
  );
  if (c.dualStack || c.ipFamiliesExplicit) cluster.ipFamilies = draftFamilies(c);
  setIf(cluster, 'podCidrs', typedEntries(c.podCidrs));
  setIf(cluster, 'serviceCidrs', typedEntries(c.serviceCidrs));
  setIf(cluster, 'dnsServiceIp', c.dnsServiceIp.trim());
  if (c.privateCluster) cluster.privateCluster = true;
  setIf(cluster, 'podCidrExpansion', c.podCidrExpansion.trim());

  const plan: PlanDocument = { schemaVersion: 1, nodePools: [] };
  setIf(plan, 'title', draft.title.trim());
  setIf(plan, 'notes', draft.notes.trim());
  if (Object.keys(cluster).length > 0) plan.cluster = cluster;

  if (draft.hasVnet) {
    const vnet: NonNullable<PlanDocument['vnet']> = {};
    setIf(vnet, 'name', draft.vnetName.trim());
    setIf(vnet, 'resourceGroup', draft.vnetResourceGroup.trim());
    vnet.addressSpace = splitList(draft.vnetAddressSpace);
    vnet.subnets = draft.subnets.map((s, i) => {
      const path = `vnet.subnets[${i}]`;
      const subnet: NonNullable<NonNullable<PlanDocument['vnet']>['subnets']>[number] = {
        name: s.name.trim(),
        addressPrefixes: splitList(s.addressPrefixes),
      };
      setIf(subnet, 'purpose', s.purpose);
      setIf(subnet, 'delegatedTo', s.delegatedTo.trim());
      setIf(
        subnet,
        'sharedByClusters',
        reader.whole(s.sharedByClusters, `${path}.sharedByClusters`, 'Clusters sharing the subnet'),
      );
      setIf(subnet, 'id', s.resourceId.trim());
      const others = s.otherIps.map((o, j) => {
        const count = reader.whole(o.count, `${path}.otherIps[${j}].count`, 'Other IPs count') ?? 0;
        return o.name.trim() === '' ? { count } : { name: o.name.trim(), count };
      });
      if (others.length > 0) subnet.otherIps = others;
      return subnet;
    });
    plan.vnet = vnet;
  }

  plan.nodePools = draft.nodePools.map((p, i) => {
    const path = `nodePools[${i}]`;
    const pool: PlanDocument['nodePools'][number] = {};
    setIf(pool, 'name', p.name.trim());
    setIf(pool, 'mode', p.mode);
    setIf(pool, 'osType', p.osType);
    // Without a VNet of your own AKS creates the subnet: the pool's choice is kept in the draft, not planned.
    if (draft.hasVnet) setIf(pool, 'subnet', p.subnet);
    setIf(pool, 'podSubnet', p.podSubnet);
    setIf(pool, 'podIpAllocationMode', p.podIpAllocationMode);
    setIf(pool, 'count', reader.whole(p.count, `${path}.count`, 'Node count'));
    if (p.enableAutoScaling) {
      pool.enableAutoScaling = true;
      setIf(pool, 'minCount', reader.whole(p.minCount, `${path}.minCount`, 'Autoscaler minimum'));
      setIf(pool, 'maxCount', reader.whole(p.maxCount, `${path}.maxCount`, 'Autoscaler maximum'));
    }
    setIf(pool, 'maxSurge', p.maxSurge.trim());
    setIf(pool, 'maxPods', reader.whole(p.maxPods, `${path}.maxPods`, 'Max pods'));
    return pool;
  });

  if (draft.connectedNetworks.length > 0) {
    plan.connectedNetworks = draft.connectedNetworks.map((n) => {
      const network: NonNullable<PlanDocument['connectedNetworks']>[number] = {
        kind: n.kind,
        addressPrefixes: splitList(n.addressPrefixes),
      };
      setIf(network, 'name', n.name.trim());
      return network;
    });
  }
  return { plan, findings: reader.findings };
}

/** The entries of a draft list that go into the plan, in order: trimmed, empty ones left out. */
function typedEntries(entries: readonly string[]): string[] | undefined {
  const typed = entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
  return typed.length > 0 ? typed : undefined;
}

const text = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

/**
 * The draft a plan document is typed as (templates, imports, share links).
 *
 * @example planToDraft({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).nodePools[0]?.count // '3'
 */
export function planToDraft(plan: PlanDocument): PlanDraft {
  const c = plan.cluster ?? {};
  const families = c.ipFamilies ?? ['IPv4'];
  const dualStack = families.includes('IPv6');
  return {
    title: plan.title ?? '',
    notes: plan.notes ?? '',
    cluster: {
      name: c.name ?? '',
      kubernetesVersion: c.kubernetesVersion ?? '',
      tier: c.tier ?? '',
      networkPlugin: c.networkPlugin ?? '',
      podIpAllocationMode: c.podIpAllocationMode ?? '',
      networkDataplane: c.networkDataplane ?? '',
      networkPolicy: c.networkPolicy ?? '',
      outboundType: c.outboundType ?? '',
      routeTableCustomRoutes: text(c.routeTableCustomRoutes),
      dualStack,
      ipFamiliesExplicit: c.ipFamilies !== undefined,
      ipv6First: dualStack && families[0] === 'IPv6',
      ipv6Only: families.length === 1 && families[0] === 'IPv6',
      podCidrs: [...(c.podCidrs ?? [])],
      serviceCidrs: [...(c.serviceCidrs ?? [])],
      podCidrAside: '',
      serviceCidrAside: '',
      dnsServiceIp: c.dnsServiceIp ?? '',
      privateCluster: c.privateCluster ?? false,
      podCidrExpansion: c.podCidrExpansion ?? '',
    },
    hasVnet: plan.vnet !== undefined,
    vnetName: plan.vnet?.name ?? '',
    vnetResourceGroup: plan.vnet?.resourceGroup ?? '',
    vnetAddressSpace: (plan.vnet?.addressSpace ?? []).join(', '),
    subnets: (plan.vnet?.subnets ?? []).map((s) => ({
      id: newRowId('subnet'),
      name: s.name,
      addressPrefixes: s.addressPrefixes.join(', '),
      purpose: s.purpose ?? '',
      delegatedTo: s.delegatedTo ?? '',
      sharedByClusters: text(s.sharedByClusters),
      resourceId: s.id ?? '',
      otherIps: (s.otherIps ?? []).map((o) => ({
        id: newRowId('ips'),
        name: o.name ?? '',
        count: String(o.count),
      })),
    })),
    nodePools: plan.nodePools.map((p) => ({
      id: newRowId('pool'),
      name: p.name ?? '',
      mode: p.mode ?? '',
      osType: p.osType ?? '',
      subnet: p.subnet ?? '',
      podSubnet: p.podSubnet ?? '',
      podIpAllocationMode: p.podIpAllocationMode ?? '',
      count: text(p.count),
      enableAutoScaling: p.enableAutoScaling ?? false,
      minCount: text(p.minCount),
      maxCount: text(p.maxCount),
      maxSurge: p.maxSurge ?? '',
      maxPods: text(p.maxPods),
    })),
    connectedNetworks: (plan.connectedNetworks ?? []).map((n) => ({
      id: newRowId('net'),
      name: n.name ?? '',
      kind: n.kind ?? 'other',
      addressPrefixes: n.addressPrefixes.join(', '),
    })),
  };
}
