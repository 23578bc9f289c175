import ipaddr from 'ipaddr.js';
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

function bytesToBigint(bytes: number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function bigintToBytes(value: bigint, count: number): number[] {
  const bytes: number[] = new Array<number>(count);
  let rest = value;
  for (let i = count - 1; i >= 0; i--) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/**
 * Parses an IPv4 or IPv6 address strictly: IPv4 must be four decimal parts without leading zeros
 * (ipaddr.js alone accepts `10.1` and octal `010.0.0.1`); IPv6 takes no zone ID.
 * Never throws.
 *
 * @example parseAddress('10.0.0.10') // { ok: true, address: { family: 'IPv4', value: 167772170n } }
 */
export function parseAddress(text: string): AddressParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'the address is empty' };
  if (trimmed.includes(':')) {
    if (!IPV6_CHARS.test(trimmed) || !ipaddr.IPv6.isValid(trimmed)) {
      return { ok: false, reason: `"${trimmed}" is not a valid IPv6 address` };
    }
    const parsed = ipaddr.IPv6.parse(trimmed);
    return { ok: true, address: { family: 'IPv6', value: bytesToBigint(parsed.toByteArray()) } };
  }
  if (!IPV4_STRICT.test(trimmed)) {
    return {
      ok: false,
      reason: `"${trimmed}" is not a valid IPv4 address: write four decimal numbers 0-255 without leading zeros, e.g. 10.0.0.0`,
    };
  }
  const parsed = ipaddr.IPv4.parse(trimmed);
  return { ok: true, address: { family: 'IPv4', value: bytesToBigint(parsed.toByteArray()) } };
}

/**
 * Formats an address in its canonical text form (dotted quad, or RFC 5952 for IPv6).
 *
 * @example formatAddress({ family: 'IPv6', value: 1n }) // '::1'
 */
export function formatAddress(address: IpAddress): string {
  if (address.family === 'IPv4') {
    return bigintToBytes(address.value, 4).join('.');
  }
  const bytes = bigintToBytes(address.value, 16);
  return (ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String();
}
