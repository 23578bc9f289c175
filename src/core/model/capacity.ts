import {
  AZURE_RESERVED_IPS_PER_SUBNET,
  DYNAMIC_POD_SUBNET_BATCH,
  DYNAMIC_POD_SUBNET_MIN_FREE,
  DYNAMIC_POD_SUBNET_MAX_IPS,
  SERVICE_BITMAP_IPV6_CAP,
  STATIC_BLOCK_SIZE,
  SUBNET_MAX_PREFIX_IPV4,
  SUBNET_MIN_PREFIX_IPV4,
} from './constants.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrSize } from '../ip/cidr.ts';
import { addressBits } from '../ip/address.ts';

/**
 * Per-node blocks of `blockPrefixLength` a pod CIDR holds: 2^(block − prefix), 0 when the CIDR is
 * smaller than one block (aks-rules R15, R22, R52).
 *
 * @example podNodeBlocks(cidrOf('10.244.0.0/16'), 24) // 2^(24−16) = 256n
 */
export function podNodeBlocks(podCidr: Cidr, blockPrefixLength: number): bigint {
  if (podCidr.prefixLength > blockPrefixLength) return 0n;
  return 1n << BigInt(blockPrefixLength - podCidr.prefixLength);
}

const RESERVED_PER_SUBNET = BigInt(AZURE_RESERVED_IPS_PER_SUBNET);

/**
 * Usable addresses in an Azure IPv4 subnet: 2^(32 − prefix) − 5, never below 0 (aks-rules R3, R4, D8).
 *
 * @example subnetUsableAddresses(cidrOf('10.224.0.0/24')) // 256 − 5 = 251n
 */
export function subnetUsableAddresses(subnet: Cidr): bigint {
  const usable = cidrSize(subnet) - RESERVED_PER_SUBNET;
  return usable > 0n ? usable : 0n;
}

/**
 * Nodes that fit when each takes `ipsPerNode` of `available` addresses: floor(available / ipsPerNode).
 *
 * @example nodesThatFit(251n, 31) // floor(251 / 31) = 8 (aks-rules R11: /24 at 30 pods per node)
 */
export function nodesThatFit(available: bigint, ipsPerNode: number): bigint {
  if (available <= 0n || ipsPerNode <= 0) return 0n;
  return available / BigInt(ipsPerNode);
}

/**
 * Pod-subnet IPs a StaticBlock node takes: 16 × ceil((maxPods + 1) / 16) (aks-rules R26).
 *
 * @example staticBlockIpsPerNode(30) // 16 × ceil(31 / 16) = 16 × 2 = 32
 */
export function staticBlockIpsPerNode(maxPods: number): number {
  return STATIC_BLOCK_SIZE * Math.ceil((maxPods + 1) / STATIC_BLOCK_SIZE);
}

/**
 * IPs a StaticBlock node leaves unused: 16 × blocks − 1 − maxPods (aks-rules R26).
 *
 * @example staticBlockWaste(30) // 32 − 1 − 30 = 1
 */
export function staticBlockWaste(maxPods: number): number {
  return staticBlockIpsPerNode(maxPods) - 1 - maxPods;
}

/**
 * Pod-subnet IPs a DynamicIndividual node holds at full density P = maxPods:
 * 16 × ceil(0.5 + P / 16), computed in integers as 16 × ceil((P + 8) / 16), capped at CNS's
 * DefaultMaxIPs of 250 (aks-rules R25: `pm.scaler.max = min(MaxIPCount, DefaultMaxIPs)`).
 *
 * @example dynamicFullDensityIps(30) // 16 × ceil(38 / 16) = 48
 */
export function dynamicFullDensityIps(maxPods: number): number {
  const batch = DYNAMIC_POD_SUBNET_BATCH;
  return Math.min(
    batch * Math.ceil((maxPods + DYNAMIC_POD_SUBNET_MIN_FREE) / batch),
    DYNAMIC_POD_SUBNET_MAX_IPS,
  );
}

/**
 * ClusterIPs Kubernetes can allocate from a service CIDR (aks-rules R40): IPv4 2^(32−p) − 2;
 * IPv6 2^(128−p) − 1 from Kubernetes 1.34 (or no version), min(2^(128−p), 65,536) − 1 below 1.34.
 *
 * @example serviceAllocatable(cidrOf('10.0.0.0/16'), true) // 65,536 − 2 = 65,534n
 */
export function serviceAllocatable(serviceCidr: Cidr, ipAddressAllocatorOnly: boolean): bigint {
  const size = cidrSize(serviceCidr);
  let allocatable: bigint;
  if (serviceCidr.family === 'IPv4') {
    allocatable = size - 2n;
  } else if (ipAddressAllocatorOnly) {
    allocatable = size - 1n;
  } else {
    allocatable = (size < SERVICE_BITMAP_IPV6_CAP ? size : SERVICE_BITMAP_IPV6_CAP) - 1n;
  }
  return allocatable > 0n ? allocatable : 0n;
}

/** Host bits of a network (bits − prefix length). */
export function cidrHostBits(cidr: Cidr): number {
  return addressBits(cidr.family) - cidr.prefixLength;
}

/**
 * The longest IPv4 subnet prefix whose usable addresses (2^(32−p) − 5) hold `neededIps`, never longer
 * than /29 (R5); null when even a /`shortest` (default /2, R5) is too small.
 *
 * @example smallestSubnetPrefixFor(260) // /23: 512 − 5 = 507 ≥ 260, while a /24 has 251
 */
export function smallestSubnetPrefixFor(
  neededIps: number,
  shortest: number = SUBNET_MAX_PREFIX_IPV4,
): number | null {
  for (let prefix = SUBNET_MIN_PREFIX_IPV4; prefix >= shortest; prefix--) {
    if ((1n << BigInt(32 - prefix)) - RESERVED_PER_SUBNET >= BigInt(neededIps)) return prefix;
  }
  return null;
}

/**
 * The longest pod CIDR prefix that holds `blocks` per-node blocks of `blockPrefixLength`.
 *
 * @example smallestPodCidrPrefixFor(20, 24) // /19: 2^(24−19) = 32 ≥ 20, while a /20 has 16
 */
export function smallestPodCidrPrefixFor(blocks: number, blockPrefixLength: number): number {
  let prefix = blockPrefixLength;
  while (prefix > 0 && 1n << BigInt(blockPrefixLength - prefix) < BigInt(blocks)) prefix--;
  return prefix;
}
