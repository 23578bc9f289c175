import type { ConnectedNetworkKind, IpFamily, SubnetRole } from '../../types.ts';
import type { Cidr } from '../../ip/cidr.ts';
import { cidrLast, cidrsOverlap } from '../../ip/cidr.ts';
import type { Evaluation } from '../../report/evaluation.ts';
import type { ParsedPrefix } from '../../model/parse-cidr-field.ts';
import type { NamedRange } from '../../ip/special-ranges.ts';
import {
  AKS_RESERVED_RANGES,
  DOCKER_BRIDGE_LEGACY_RANGE,
  MULTICAST_RANGES,
  VNET_FORBIDDEN_RANGES,
} from '../../ip/special-ranges.ts';

/** What a range on the address map is. */
export type AddressMapKind =
  'vnet' | 'subnet' | 'pod' | 'podExpansion' | 'service' | 'connected' | 'reserved';

/** Display order of the kinds: the VNet and its subnets, the cluster's own ranges, then the outside world. */
export const ADDRESS_MAP_KIND_ORDER: readonly AddressMapKind[] = [
  'vnet',
  'subnet',
  'pod',
  'podExpansion',
  'service',
  'connected',
  'reserved',
];

/** A range of the map before conflicts and layout: what it is, its network, and how to name it. */
export interface RangeDraft {
  kind: AddressMapKind;
  cidr: Cidr;
  canonical: string;
  /** Shown as the row's title, e.g. `Subnet snet-aks-nodes`. */
  label: string;
  /** The name alone (subnet, VNet, connected network), or the label for ranges without one. */
  name: string;
  /** How other ranges refer to it, e.g. `subnet snet-aks-nodes`. */
  reference: string;
  /** A short qualifier, e.g. `node subnet`, `default`, `on-premises`. */
  detail: string | null;
  /** Reserved ranges only: the kinds an overlap is an error for, each with the rules that say so. */
  forbids: ReadonlyMap<AddressMapKind, string>;
  /** The old Docker bridge range: an overlap is a note, never an error (aks-rules R46). */
  informational: boolean;
}

const NO_KINDS: ReadonlyMap<AddressMapKind, string> = new Map();

/** A range of the plan, from the evaluation's parsed prefix (never its text parsed again). */
function draft(
  kind: AddressMapKind,
  prefix: ParsedPrefix,
  label: string,
  name: string,
  reference: string,
  detail: string | null,
): RangeDraft {
  const { cidr, canonical } = prefix;
  return { kind, cidr, canonical, label, name, reference, detail, forbids: NO_KINDS, informational: false };
}

const ROLE_DETAIL: Record<SubnetRole, string> = {
  nodes: 'node subnet',
  pods: 'pod subnet',
  apiServer: 'API server subnet',
  appGatewayForContainers: 'Application Gateway for Containers subnet',
  other: 'other subnet',
};

const CONNECTED_TITLE: Record<ConnectedNetworkKind, string> = {
  peering: 'Peering',
  expressRoute: 'ExpressRoute',
  vpn: 'VPN',
  onPremises: 'On-premises',
  other: 'Connected',
};

const CONNECTED_DETAIL: Record<ConnectedNetworkKind, string> = {
  peering: 'peering',
  expressRoute: 'ExpressRoute',
  vpn: 'VPN',
  onPremises: 'on-premises',
  other: 'connected network',
};

function vnetDrafts({ model, usages }: Evaluation): RangeDraft[] {
  const roleByName = new Map<string, SubnetRole>();
  for (const usage of usages)
    if (!roleByName.has(usage.subnet.name)) roleByName.set(usage.subnet.name, usage.role);
  // The model holds the AKS-managed VNet (name, space and subnet) when the plan has none.
  const vnetName = (model.vnetName ?? '').trim();
  const vnetLabel = model.managedVnet
    ? vnetName
    : vnetName === ''
      ? 'VNet address space'
      : `VNet ${vnetName}`;
  const drafts = model.vnetSpace.map((prefix) =>
    draft('vnet', prefix, vnetLabel, vnetName === '' ? vnetLabel : vnetName, vnetLabel, null),
  );
  for (const subnet of model.subnets) {
    const name = subnet.name.trim() === '' ? '(unnamed)' : subnet.name;
    const role = roleByName.get(subnet.name);
    for (const prefix of subnet.prefixes) {
      drafts.push(
        draft('subnet', prefix, `Subnet ${name}`, name, `subnet ${name}`, role ? ROLE_DETAIL[role] : null),
      );
    }
  }
  return drafts;
}

/** Plugins whose pods take addresses from a pod CIDR (overlay, kubenet, BYO CNI; aks-rules R18, R56). */
const PLUGINS_WITH_POD_CIDR: ReadonlySet<string> = new Set(['overlay', 'kubenet', 'none']);

function clusterDrafts({ plan, model }: Evaluation): RangeDraft[] {
  const drafts: RangeDraft[] = [];
  const podDetail = model.podCidrsGiven ? null : 'default';
  for (const pod of model.podCidrs) {
    if (pod !== null) drafts.push(draft('pod', pod, 'Pod CIDR', 'Pod CIDR', 'pod CIDR', podDetail));
  }
  const expansion = model.podCidrExpansion;
  if (expansion !== null && PLUGINS_WITH_POD_CIDR.has(model.plugin)) {
    drafts.push(
      draft(
        'podExpansion',
        expansion,
        'Pod CIDR expansion',
        'Pod CIDR expansion',
        'pod CIDR expansion target',
        'planned',
      ),
    );
  }
  const serviceDetail = model.serviceCidrsGiven ? null : 'default';
  for (const service of model.serviceCidrs) {
    if (service !== null)
      drafts.push(draft('service', service, 'Service CIDR', 'Service CIDR', 'service CIDR', serviceDetail));
  }
  for (const network of model.connected) {
    const kind = network.kind;
    // The name as the plan gives it: the model names an unnamed network "connected network N".
    const name = (plan.connectedNetworks?.[network.index]?.name ?? '').trim();
    const shown = name === '' ? CONNECTED_DETAIL[kind] : name;
    const title = CONNECTED_TITLE[kind];
    const label =
      name === '' || name.toLowerCase() === title.toLowerCase() ? `${title} network` : `${title} ${name}`;
    for (const prefix of network.prefixes) {
      drafts.push(
        draft('connected', prefix, label, shown, `connected network ${shown}`, CONNECTED_DETAIL[kind]),
      );
    }
  }
  return drafts;
}

/**
 * Every range the plan itself declares or implies, as the evaluation resolved it: the VNet space and
 * subnets (or the AKS-managed VNet), pod and service CIDRs with their defaults, a pod CIDR expansion
 * target, connected networks. Text that did not parse is not in the model (the findings say why).
 */
export function planRangeDrafts(evaluation: Evaluation): RangeDraft[] {
  return [...vnetDrafts(evaluation), ...clusterDrafts(evaluation)];
}

const PLAN_KINDS_R45: AddressMapKind[] = ['vnet', 'subnet', 'pod', 'podExpansion', 'service'];
const PLAN_KINDS_R7: AddressMapKind[] = ['vnet', 'subnet'];

interface SpecialSource {
  range: NamedRange;
  forbids: readonly AddressMapKind[];
  rule: string;
}

function specialLabel(name: string): string {
  const base = name.replace(/, reserved by AKS$/, '');
  if (base === 'reserved by AKS') return 'AKS reserved';
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function specialReference(label: string): string {
  const second = label.charAt(1);
  const lowered =
    second !== '' && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return `${lowered} range`;
}

const RULE_DETAIL: Record<string, string> = {
  R45: 'AKS refuses VNet, pod and service ranges that overlap it',
  R7: "Azure doesn't allow it in a VNet",
  R43: 'AKS blocks service CIDRs in it',
};

/**
 * The reserved and forbidden ranges of one family (aks-rules R7, R43, R45), merged by network, with the
 * kinds each one forbids; 169.254.0.0/16 is both AKS-reserved and forbidden in a VNet.
 */
function specialDrafts(family: IpFamily): RangeDraft[] {
  const sources: SpecialSource[] = [
    ...AKS_RESERVED_RANGES.map((range) => ({ range, forbids: PLAN_KINDS_R45, rule: 'R45' })),
    ...VNET_FORBIDDEN_RANGES.map((range) => ({ range, forbids: PLAN_KINDS_R7, rule: 'R7' })),
    ...MULTICAST_RANGES.map((range) => ({ range, forbids: ['service'] as AddressMapKind[], rule: 'R43' })),
  ];
  interface Merged {
    range: NamedRange;
    forbids: Map<AddressMapKind, string>;
    rules: string[];
  }
  const byText = new Map<string, Merged>();
  for (const source of sources) {
    if (source.range.cidr.family !== family) continue;
    const entry: Merged = byText.get(source.range.text) ?? {
      range: source.range,
      forbids: new Map(),
      rules: [],
    };
    for (const kind of source.forbids) {
      const known = entry.forbids.get(kind);
      entry.forbids.set(kind, known === undefined ? source.rule : `${known}, ${source.rule}`);
    }
    if (!entry.rules.includes(source.rule)) entry.rules.push(source.rule);
    byText.set(source.range.text, entry);
  }
  return [...byText.values()].map(({ range, forbids, rules }) => {
    const label = specialLabel(range.name);
    const detail = rules.map((rule) => `${RULE_DETAIL[rule] ?? 'reserved'} (${rule})`).join('; ');
    return {
      kind: 'reserved',
      cidr: range.cidr,
      canonical: range.text,
      label,
      name: label,
      reference: specialReference(label),
      detail,
      forbids,
      informational: false,
    };
  });
}

function dockerDraft(): RangeDraft {
  const range = DOCKER_BRIDGE_LEGACY_RANGE;
  return {
    kind: 'reserved',
    cidr: range.cidr,
    canonical: range.text,
    label: 'Old Docker bridge',
    name: 'Old Docker bridge',
    reference: 'old Docker bridge default',
    detail: 'not reserved since containerd; check older tooling (R46)',
    forbids: NO_KINDS,
    informational: true,
  };
}

/**
 * The reserved ranges worth drawing next to `planDrafts` of one family: each one that overlaps a plan
 * range, and the AKS-reserved ones (R45) that lie within the span of the plan's ranges, so the map
 * shows what to steer clear of without clutter (loopback or Azure DNS only when something hits them). The old Docker bridge range (R46) only when something overlaps it.
 */
export function reservedDrafts(family: IpFamily, planDrafts: readonly RangeDraft[]): RangeDraft[] {
  const own = planDrafts.filter((d) => d.cidr.family === family);
  if (own.length === 0) return [];
  const spanFirst = own.reduce(
    (min, d) => (d.cidr.network < min ? d.cidr.network : min),
    own[0]?.cidr.network ?? 0n,
  );
  const spanLast = own.reduce((max, d) => {
    const last = cidrLast(d.cidr);
    return last > max ? last : max;
  }, 0n);
  const overlapsPlan = (cidr: Cidr): boolean => own.some((d) => cidrsOverlap(d.cidr, cidr));
  const aksReserved = (cidr: Cidr): boolean => AKS_RESERVED_RANGES.some((r) => cidrsOverlap(r.cidr, cidr));
  const shown = specialDrafts(family).filter(
    (d) =>
      overlapsPlan(d.cidr) ||
      (aksReserved(d.cidr) && d.cidr.network >= spanFirst && cidrLast(d.cidr) <= spanLast),
  );
  const docker = dockerDraft();
  if (docker.cidr.family === family && overlapsPlan(docker.cidr)) shown.push(docker);
  return shown;
}
