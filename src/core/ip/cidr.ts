import type { IpFamily } from '../types.ts';
import { addressBits, formatAddress, parseAddress } from './address.ts';

/** A network: a family, its network address as one integer, and a prefix length. Always canonical. */
export interface Cidr {
  family: IpFamily;
  network: bigint;
  prefixLength: number;
}

export type CidrParse =
  { ok: true; cidr: Cidr; hostBitsSet: boolean; canonical: string } | { ok: false; reason: string };

const PREFIX_DIGITS = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Results by text: a plan is evaluated once per edit, but an edit changes one field, so every other
 * CIDR text of the plan is the same as in the last evaluation (and the plugin comparison evaluates the
 * same texts under the other plugins); a big plan also repeats prefixes. So each text is parsed once.
 * Results are frozen (shared). The cache
 * only holds texts a CIDR field can hold and is bounded: two generations of CACHE_ENTRIES each. When
 * the young one is full it becomes the old one (the old one is dropped), and a text found in the old
 * one moves back to the young one: a plan with more prefixes than one generation (10,000 dual-stack
 * subnets) stays cached instead of clearing the cache on every evaluation.
 */
let young = new Map<string, CidrParse>();
let old = new Map<string, CidrParse>();
const CACHE_ENTRIES = 32_768;
const CACHE_TEXT_LENGTH = 64;

function remember(text: string, result: CidrParse): void {
  if (young.size >= CACHE_ENTRIES) {
    old = young;
    young = new Map();
  }
  young.set(text, result);
}

/**
 * Parses `address/prefix` strictly. A missing prefix, a bad address or an out-of-range prefix is
 * rejected with a reason for people; host bits set are reported (`hostBitsSet`) and the canonical
 * network is returned, so callers decide the severity (aks-rules R1, R2). Never throws.
 *
 * @example parseCidr('10.244.1.0/16') // ok, hostBitsSet: true, canonical: '10.244.0.0/16'
 */
export function parseCidr(text: string): CidrParse {
  const cached = young.get(text);
  if (cached !== undefined) return cached;
  const older = old.get(text);
  if (older !== undefined) {
    remember(text, older);
    return older;
  }
  const result = parseCidrText(text);
  if (result.ok) Object.freeze(result.cidr);
  Object.freeze(result);
  if (text.length <= CACHE_TEXT_LENGTH) remember(text, result);
  return result;
}

function parseCidrText(text: string): CidrParse {
  const trimmed = text.trim();
  if (trimmed === '')
    return {
      ok: false,
      reason: 'the CIDR is empty: write an address and a prefix length, e.g. 10.244.0.0/16',
    };
  const slash = trimmed.indexOf('/');
  if (slash < 0) {
    // Suggest the text itself with a prefix only when it is a whole address (`10.1` is not one).
    const alone = parseAddress(trimmed);
    const example = !alone.ok ? '10.244.0.0/16' : `${trimmed}/${alone.address.family === 'IPv4' ? 24 : 64}`;
    return {
      ok: false,
      reason: `"${trimmed}" has no prefix length: write it as address/prefix, e.g. ${example}`,
    };
  }
  const addressText = trimmed.slice(0, slash);
  const prefixText = trimmed.slice(slash + 1);
  const address = parseAddress(addressText);
  if (!address.ok) return { ok: false, reason: address.reason };
  const family = address.address.family;
  const bits = addressBits(family);
  if (!PREFIX_DIGITS.test(prefixText)) {
    return {
      ok: false,
      reason: `"${prefixText}" is not a prefix length: use a whole number 0-${bits} for ${family}`,
    };
  }
  const prefixLength = Number(prefixText);
  if (prefixLength > bits) {
    return { ok: false, reason: `Prefix length ${prefixLength} is out of range for ${family} (0-${bits})` };
  }
  const network = address.address.value & cidrMask(family, prefixLength);
  const cidr: Cidr = { family, network, prefixLength };
  return { ok: true, cidr, hostBitsSet: network !== address.address.value, canonical: formatCidr(cidr) };
}

/** Per family, indexed by prefix length: the size 2^(bits − prefix), the host mask (size − 1) and the netmask. */
interface PrefixTables {
  size: readonly bigint[];
  hostMask: readonly bigint[];
  netmask: readonly bigint[];
}

function prefixTables(bits: number): PrefixTables {
  const all = (1n << BigInt(bits)) - 1n;
  const size: bigint[] = [];
  const hostMask: bigint[] = [];
  const netmask: bigint[] = [];
  for (let prefix = 0; prefix <= bits; prefix++) {
    const s = 1n << BigInt(bits - prefix);
    size.push(s);
    hostMask.push(s - 1n);
    netmask.push(all ^ (s - 1n));
  }
  return { size, hostMask, netmask };
}

// Computed once, so mask, size and last-address arithmetic makes no bigint but its result.
const IPV4_TABLES = prefixTables(32);
const IPV6_TABLES = prefixTables(128);
/** As addressBits: any family but IPv4 has 128 bits. */
const tablesOf = (family: IpFamily): PrefixTables => (family === 'IPv4' ? IPV4_TABLES : IPV6_TABLES);

/**
 * The netmask of a prefix length as an integer.
 *
 * @example cidrMask('IPv4', 24) // 0xffffff00n
 */
export function cidrMask(family: IpFamily, prefixLength: number): bigint {
  const mask = tablesOf(family).netmask[prefixLength];
  if (mask !== undefined) return mask;
  // Not a prefix length of the family (no canonical Cidr has one): computed as before the tables.
  const bits = BigInt(addressBits(family));
  const hostBits = bits - BigInt(prefixLength);
  return ((1n << bits) - 1n) ^ ((1n << hostBits) - 1n);
}

/**
 * Number of addresses in the network: 2^(bits − prefix).
 *
 * @example cidrSize({ family: 'IPv4', network: 0n, prefixLength: 24 }) // 256n
 */
export function cidrSize(cidr: Cidr): bigint {
  return (
    tablesOf(cidr.family).size[cidr.prefixLength] ??
    1n << BigInt(addressBits(cidr.family) - cidr.prefixLength)
  );
}

/** First address (the network address). */
export function cidrFirst(cidr: Cidr): bigint {
  return cidr.network;
}

/**
 * Last address (the broadcast address for IPv4).
 *
 * @example cidrLast(parsed('10.0.0.0/16')) // 10.0.255.255 as an integer
 */
export function cidrLast(cidr: Cidr): bigint {
  const hostMask = tablesOf(cidr.family).hostMask[cidr.prefixLength];
  return hostMask === undefined ? cidr.network + cidrSize(cidr) - 1n : cidr.network + hostMask;
}

/** Canonical text: `network/prefix`. */
export function formatCidr(cidr: Cidr): string {
  return `${formatAddress({ family: cidr.family, value: cidr.network })}/${cidr.prefixLength}`;
}

/**
 * True when `address` (same family) lies inside `cidr`.
 *
 * @example cidrContainsAddress(parsed('10.0.0.0/16'), 10.0.0.10) // true
 */
export function cidrContainsAddress(cidr: Cidr, family: IpFamily, address: bigint): boolean {
  return cidr.family === family && address >= cidr.network && address <= cidrLast(cidr);
}

/**
 * True when `inner` lies wholly inside `outer` (same family). A network contains itself.
 *
 * @example cidrContains(parsed('10.0.0.0/8'), parsed('10.1.0.0/16')) // true
 */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    outer.prefixLength <= inner.prefixLength &&
    (inner.network & cidrMask(outer.family, outer.prefixLength)) === outer.network
  );
}

/**
 * True when `inner` is a subnet of `outer` (CPython's `subnet_of`): contained, itself included.
 *
 * @example cidrSubnetOf(parsed('10.1.0.0/16'), parsed('10.0.0.0/8')) // true
 */
export function cidrSubnetOf(inner: Cidr, outer: Cidr): boolean {
  return cidrContains(outer, inner);
}

/**
 * Overlap, defined once: two networks overlap when they share at least one address. For prefixes
 * that is exactly "one contains the other" (aks-rules §1 M). Containment counts as overlap; networks
 * that only touch (10.0.0.0/24 and 10.0.1.0/24) do not overlap. Different families never overlap.
 *
 * @example cidrsOverlap(parsed('10.0.0.0/23'), parsed('10.0.1.0/24')) // true
 */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.network <= cidrLast(b) && b.network <= cidrLast(a);
}

/**
 * The shared part of two overlapping networks (the smaller of the two), or null.
 *
 * @example cidrIntersection(parsed('10.0.0.0/8'), parsed('10.1.0.0/16')) // 10.1.0.0/16
 */
export function cidrIntersection(a: Cidr, b: Cidr): Cidr | null {
  if (!cidrsOverlap(a, b)) return null;
  return a.prefixLength >= b.prefixLength ? a : b;
}

/** Parses a CIDR known to be valid (constants, tests). Throws on a programmer error. */
export function cidrOf(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok || parsed.hostBitsSet) throw new Error(`cidrOf: not a canonical CIDR: ${text}`);
  return parsed.cidr;
}
