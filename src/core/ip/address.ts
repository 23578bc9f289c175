import type { IpFamily } from '../types.ts';

/** One IP address as a single integer, as CPython's `ipaddress` keeps it. */
export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

export type AddressParse = { ok: true; address: IpAddress } | { ok: false; reason: string };

/** Address width in bits: 32 for IPv4, 128 for IPv6. */
export function addressBits(family: IpFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4_STRICT = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);
const IPV6_CHARS = /^[0-9A-Fa-f:.]+$/;
const MAX_IPV6 = (1n << 128n) - 1n;

const HEX_DIGIT = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Hex-only IPv6 (`fd00:10::/64`, no dotted tail), as RFC 4291 §2.2 writes it: groups of 1-4 hex digits,
 * eight of them, or at most seven around one `::`. One string and one bigint per address.
 */
function parseIpv6Hex(text: string): bigint | null {
  const gap = text.indexOf('::');
  if (gap >= 0 && text.indexOf('::', gap + 1) >= 0) return null;
  const head = gap < 0 ? text : text.slice(0, gap);
  const tail = gap < 0 ? '' : text.slice(gap + 2);
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const count = headGroups.length + tailGroups.length;
  if (gap < 0 ? count !== 8 : count > 7) return null;
  let hex = '0x';
  for (const group of headGroups) {
    if (!HEX_DIGIT.test(group)) return null;
    hex += group.padStart(4, '0');
  }
  hex += '0000'.repeat(8 - count);
  for (const group of tailGroups) {
    if (!HEX_DIGIT.test(group)) return null;
    hex += group.padStart(4, '0');
  }
  return BigInt(hex);
}

/**
 * IPv6 with a dotted IPv4 tail: the tail (strict dotted quad, as IPv4 addresses are read) becomes the
 * last two hex groups, e.g. `::ffff:10.0.0.1` reads as `::ffff:a00:1`.
 */
function parseIpv6DottedTail(text: string): bigint | null {
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (!IPV4_STRICT.test(tail)) return null;
  const v4 = Number(ipv4Value(tail));
  return parseIpv6Hex(
    `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`,
  );
}

/** Dotted-quad text already checked by IPV4_STRICT, as one integer. */
function ipv4Value(text: string): bigint {
  let value = 0;
  let octet = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */) {
      value = value * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + (code - 48);
  }
  return BigInt(value * 256 + octet);
}

/**
 * Parses an IPv4 or IPv6 address strictly: IPv4 must be four decimal parts without leading zeros
 * (ipaddr.js alone accepts `10.1` and octal `010.0.0.1`, also in an IPv6 address's dotted tail); IPv6
 * takes no zone ID.
 * Never throws.
 *
 * @example parseAddress('10.0.0.10') // { ok: true, address: { family: 'IPv4', value: 167772170n } }
 */
export function parseAddress(text: string): AddressParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'the address is empty' };
  if (trimmed.includes(':')) {
    const invalid: AddressParse = { ok: false, reason: `"${trimmed}" is not a valid IPv6 address` };
    if (!IPV6_CHARS.test(trimmed)) return invalid;
    if (!trimmed.includes('.')) {
      const value = parseIpv6Hex(trimmed);
      return value === null ? invalid : { ok: true, address: { family: 'IPv6', value } };
    }
    // A dotted IPv4 tail (::ffff:10.0.0.1, RFC 4291 §2.2 form 3) stands for the last two groups.
    const value = parseIpv6DottedTail(trimmed);
    return value === null ? invalid : { ok: true, address: { family: 'IPv6', value } };
  }
  if (!IPV4_STRICT.test(trimmed)) {
    return {
      ok: false,
      reason: `"${trimmed}" is not a valid IPv4 address: write four decimal numbers 0-255 without leading zeros, e.g. 10.0.0.0`,
    };
  }
  return { ok: true, address: { family: 'IPv4', value: ipv4Value(trimmed) } };
}

/**
 * Formats an address in its canonical text form (dotted quad, or RFC 5952 for IPv6).
 *
 * @example formatAddress({ family: 'IPv6', value: 1n }) // '::1'
 */
export function formatAddress(address: IpAddress): string {
  if (address.family === 'IPv4') {
    const n = Number(address.value & 0xffffffffn);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  // Eight groups from one hex string; the longest run of two or more zero groups (the first of
  // equal runs) becomes `::`, as RFC 5952 says.
  const hex = (address.value & MAX_IPV6).toString(16).padStart(32, '0');
  const groups: string[] = new Array<string>(8);
  let bestAt = -1;
  let bestLength = 1;
  let runAt = -1;
  for (let i = 0; i < 8; i++) {
    const group = Number.parseInt(hex.slice(i * 4, i * 4 + 4), 16);
    groups[i] = group.toString(16);
    if (group !== 0) runAt = -1;
    else {
      if (runAt < 0) runAt = i;
      if (i - runAt + 1 > bestLength) {
        bestAt = runAt;
        bestLength = i - runAt + 1;
      }
    }
  }
  if (bestAt < 0) return groups.join(':');
  return `${groups.slice(0, bestAt).join(':')}::${groups.slice(bestAt + bestLength).join(':')}`;
}
