import type { Cidr } from '../ip/cidr.ts';
import { cidrOf } from '../ip/cidr.ts';
import {
  AKS_RESERVED_RANGES,
  DOCKER_BRIDGE_LEGACY_RANGE,
  MULTICAST_RANGES,
  VNET_FORBIDDEN_RANGES,
} from '../ip/special-ranges.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';

/**
 * Ranges nothing the proposal places may touch: AKS-reserved (R45), multicast and the other ranges
 * a VNet can't use (R7, R43), and the old Docker bridge (R46, only a note, but avoided).
 */
export const NEVER_USED: readonly Cidr[] = [
  ...AKS_RESERVED_RANGES,
  ...MULTICAST_RANGES,
  ...VNET_FORBIDDEN_RANGES,
  DOCKER_BRIDGE_LEGACY_RANGE,
].map((r) => r.cidr);

/** Ranges a VNet address space must not overlap (R7, R45); the Docker bridge is only a note there. */
export const VNET_CONFLICTS: readonly Cidr[] = [...AKS_RESERVED_RANGES, ...VNET_FORBIDDEN_RANGES].map(
  (r) => r.cidr,
);

/** Every connected network's prefixes (peerings, ExpressRoute, VPN, on-premises; R18, R43). */
export function connectedCidrs(plan: ResolvedPlan): Cidr[] {
  return plan.connected.flatMap((network) => network.prefixes.map((p) => p.cidr));
}

/**
 * Where new ranges are looked for, in order: RFC 1918 first (R15, R18, R43 prefer it), then the
 * RFC 6598 shared space for pods and services; IPv6 unique local addresses (fd00::/8, RFC 4193).
 * A VNet's new space is looked for in RFC 1918 only (R7).
 */
export const SEARCH_SPACES = {
  vnet: { IPv4: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], IPv6: ['fd00::/8'] },
  cluster: { IPv4: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'], IPv6: ['fd00::/8'] },
} as const;

export function searchSpaces(kind: keyof typeof SEARCH_SPACES, family: 'IPv4' | 'IPv6'): Cidr[] {
  return SEARCH_SPACES[kind][family].map((text) => cidrOf(text));
}
