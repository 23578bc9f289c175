import type { AppliedDefault, PlanDocument } from '../types.ts';
import type { FindingList } from './finding.ts';
import { parseCidrField } from './parse-cidr-field.ts';
import type { ParsedPrefix } from './parse-cidr-field.ts';
import { isPositiveInteger } from './resolve-pool.ts';
import { applyDefault, PLAN_DEFAULTS as D } from './defaults.ts';
import {
  AGC_DELEGATION,
  MANAGED_VNET_ADDRESS_SPACE,
  MANAGED_VNET_SUBNET,
  MANAGED_VNET_SUBNET_NAME,
} from './constants.ts';
import type { IpFamily } from '../types.ts';
import type { ResolvedConnectedNetwork, ResolvedSubnet } from './resolved-model.ts';

/**
 * The prefixes that parsed. Arrays here are made at their final size (map, slice, or an empty
 * literal): a list grown by push or filter reserves room for 16 entries, and a 10,000-subnet plan
 * keeps 30,000 of these lists for the whole evaluation.
 */
function parsedOnly(list: (ParsedPrefix | null)[]): ParsedPrefix[] {
  return list.includes(null) ? list.filter((p): p is ParsedPrefix => p !== null) : (list as ParsedPrefix[]);
}

const AGC_DELEGATION_LOWER = AGC_DELEGATION.toLowerCase();

const NO_PREFIXES: readonly ParsedPrefix[] = Object.freeze([]);
const NO_TEXTS: readonly string[] = Object.freeze([]);

/** The prefixes of one family, in order: `prefixes` itself when all are of that family (lists here are read only). */
function ofFamily(prefixes: readonly ParsedPrefix[], family: IpFamily): readonly ParsedPrefix[] {
  let count = 0;
  for (const p of prefixes) if (p.cidr.family === family) count += 1;
  if (count === prefixes.length) return prefixes;
  if (count === 0) return NO_PREFIXES;
  const out = new Array<ParsedPrefix>(count);
  let at = 0;
  for (const p of prefixes) if (p.cidr.family === family) out[at++] = p;
  return out;
}

/** `.addressPrefixes[i]`, made once for the usual indexes: each prefix path is then one concatenation. */
const PREFIX_SUFFIXES: readonly string[] = Array.from({ length: 16 }, (_, i) => `.addressPrefixes[${i}]`);
const prefixSuffix = (i: number): string => PREFIX_SUFFIXES[i] ?? `.addressPrefixes[${i}]`;

/**
 * The plan's VNet, or the AKS-managed one when it has none (listed as a default): its space and
 * subnets, every prefix parsed once, and each subnet name's first subnet.
 *
 * @example resolveVnet({ schemaVersion: 1, nodePools: [] }, findings, defaults).subnets[0]?.prefixes[0]?.canonical // '10.224.0.0/16' (aks-subnet)
 */
export function resolveVnet(
  plan: PlanDocument,
  findings: FindingList,
  defaults: AppliedDefault[],
): {
  managedVnet: boolean;
  vnetName: string | null;
  vnetResourceGroup: string | null;
  vnetSpace: ParsedPrefix[];
  vnetSpaceGiven: boolean;
  subnets: ResolvedSubnet[];
  subnetByName: Map<string, ResolvedSubnet>;
} {
  // VNet and subnets; no vnet = the AKS-managed VNet.
  const managedVnet = plan.vnet === undefined;
  const vnet = plan.vnet ?? {
    name: 'AKS-managed VNet',
    addressSpace: [MANAGED_VNET_ADDRESS_SPACE],
    subnets: [
      { name: MANAGED_VNET_SUBNET_NAME, addressPrefixes: [MANAGED_VNET_SUBNET], purpose: 'nodes' as const },
    ],
  };
  if (managedVnet) applyDefault(defaults, 'vnet', D.vnet, {});
  const vnetSpaceGiven = vnet.addressSpace !== undefined && vnet.addressSpace.length > 0;
  const vnetSpace = (vnet.addressSpace ?? [])
    .map((text, i) =>
      parseCidrField(text, managedVnet ? 'vnet' : `vnet.addressSpace[${i}]`, 'vnet', findings),
    )
    .filter((p): p is ParsedPrefix => p !== null);
  const subnets: ResolvedSubnet[] = (vnet.subnets ?? []).map((subnet, index) => {
    const path = managedVnet ? 'vnet' : `vnet.subnets[${index}]`;
    // A loop, not map with an arrow: no closure per subnet. A hole is skipped, as map skips it.
    const texts = subnet.addressPrefixes ?? NO_TEXTS;
    const parsed = new Array<ParsedPrefix | null>(texts.length);
    for (let i = 0; i < texts.length; i++)
      parsed[i] =
        i in texts
          ? parseCidrField(
              texts[i] as string,
              path + prefixSuffix(i),
              'subnet',
              findings,
              // As the label always read: a subnet a plan file left unnamed is "subnet undefined".
              String(subnet.name),
              'subnet ',
            )
          : null;
    const prefixes = parsedOnly(parsed);
    const agcDelegated =
      subnet.delegatedTo !== undefined && subnet.delegatedTo.toLowerCase() === AGC_DELEGATION_LOWER;
    let otherIps = 0;
    if (subnet.otherIps !== undefined)
      for (const item of subnet.otherIps) otherIps += isPositiveInteger(item.count) ? item.count : 0;
    return {
      index,
      path,
      // A plan file may leave the required name out (PLAN_MISSING_FIELD): read it as empty, as links do.
      name: subnet.name ?? '',
      prefixes,
      ipv4: ofFamily(prefixes, 'IPv4'),
      ipv6: ofFamily(prefixes, 'IPv6'),
      purpose: subnet.purpose ?? (agcDelegated ? 'appGatewayForContainers' : 'nodes'),
      purposeStated: subnet.purpose ?? null,
      agcDelegated,
      otherIps,
      id: subnet.id ?? null,
      delegatedTo: subnet.delegatedTo ?? null,
      sharedByClusters:
        isPositiveInteger(subnet.sharedByClusters) && subnet.sharedByClusters >= 1
          ? subnet.sharedByClusters
          : 1,
    };
  });
  const subnetByName = new Map<string, ResolvedSubnet>();
  for (const subnet of subnets) if (!subnetByName.has(subnet.name)) subnetByName.set(subnet.name, subnet);
  return {
    managedVnet,
    vnetName: vnet.name ?? null,
    vnetResourceGroup: plan.vnet?.resourceGroup ?? null,
    vnetSpace,
    vnetSpaceGiven,
    subnets,
    subnetByName,
  };
}

/**
 * Connected networks (peerings, ExpressRoute, VPN, on-premises), each prefix parsed once; an unnamed
 * one is "connected network N".
 *
 * @example resolveConnected({ schemaVersion: 1, nodePools: [], connectedNetworks: [{ addressPrefixes: ['10.50.0.0/16'] }] }, findings)[0]?.name // 'connected network 1'
 */
export function resolveConnected(plan: PlanDocument, findings: FindingList): ResolvedConnectedNetwork[] {
  return (plan.connectedNetworks ?? []).map((network, index) => {
    const path = `connectedNetworks[${index}]`;
    const name = network.name ?? `connected network ${index + 1}`;
    return {
      index,
      path,
      name,
      kind: network.kind ?? 'other',
      prefixes: parsedOnly(
        (network.addressPrefixes ?? []).map((text, i) =>
          parseCidrField(text, path + prefixSuffix(i), 'connected', findings, name),
        ),
      ),
    };
  });
}
