import type { Cidr } from './cidr.ts';
import { cidrContains, cidrOf, cidrsOverlap } from './cidr.ts';

/** A named range with the source that defines it (as ipaddr.js cites RFCs in SpecialRanges). */
export interface NamedRange {
  cidr: Cidr;
  text: string;
  name: string;
}

function named(text: string, name: string): NamedRange {
  return { cidr: cidrOf(text), text, name };
}

/** Private address space Azure recommends for a VNet: RFC 1918 and RFC 6598 (aks-rules R7, R18, R43). */
export const PRIVATE_IPV4_RANGES: readonly NamedRange[] = [
  named('10.0.0.0/8', 'RFC 1918 private'),
  named('172.16.0.0/12', 'RFC 1918 private'),
  named('192.168.0.0/16', 'RFC 1918 private'),
  named('100.64.0.0/10', 'RFC 6598 shared address space'),
];

/** IPv6 unique local addresses, RFC 4193: the planner's IPv6 "private" space (aks-rules R7, planner policy). */
export const PRIVATE_IPV6_RANGES: readonly NamedRange[] = [named('fc00::/7', 'RFC 4193 unique local')];

/** Multicast: 224.0.0.0/4 (RFC 5771) and ff00::/8 (RFC 4291) (aks-rules R7, R43). */
export const MULTICAST_RANGES: readonly NamedRange[] = [
  named('224.0.0.0/4', 'multicast'),
  named('ff00::/8', 'IPv6 multicast'),
];

/** Ranges a VNet or subnet can't use (aks-rules R7, S21; ff00::/8 is planner policy). */
export const VNET_FORBIDDEN_RANGES: readonly NamedRange[] = [
  named('224.0.0.0/4', 'multicast'),
  named('255.255.255.255/32', 'broadcast'),
  named('127.0.0.0/8', 'loopback'),
  named('169.254.0.0/16', 'link-local'),
  named('168.63.129.16/32', 'Azure internal DNS'),
  named('ff00::/8', 'IPv6 multicast'),
];

/** Ranges AKS reserves: no service CIDR, pod CIDR or cluster VNet may overlap them (aks-rules R45, S4). */
export const AKS_RESERVED_RANGES: readonly NamedRange[] = [
  named('169.254.0.0/16', 'link-local, reserved by AKS'),
  named('172.30.0.0/16', 'reserved by AKS'),
  named('172.31.0.0/16', 'reserved by AKS'),
  named('192.0.2.0/24', 'TEST-NET-1, reserved by AKS'),
];

/** The old Docker bridge default; not reserved any more (aks-rules R46). */
export const DOCKER_BRIDGE_LEGACY_RANGE: NamedRange = named('172.17.0.0/16', 'old Docker bridge default');

/**
 * True when the network lies wholly inside private space for its family (RFC 1918/6598 or fc00::/7).
 *
 * @example cidrIsPrivate(cidrOf('10.244.0.0/16')) // true
 */
export function cidrIsPrivate(cidr: Cidr): boolean {
  const ranges = cidr.family === 'IPv4' ? PRIVATE_IPV4_RANGES : PRIVATE_IPV6_RANGES;
  return ranges.some((range) => cidrContains(range.cidr, cidr));
}

/**
 * The named ranges of `list` that the network overlaps.
 *
 * @example rangesOverlapping(cidrOf('172.16.0.0/12'), AKS_RESERVED_RANGES).map((r) => r.text) // ['172.30.0.0/16', '172.31.0.0/16']
 */
export function rangesOverlapping(cidr: Cidr, list: readonly NamedRange[]): NamedRange[] {
  return list.filter((range) => cidrsOverlap(range.cidr, cidr));
}
