import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrContainsAddress,
  cidrFirst,
  cidrIntersection,
  cidrLast,
  cidrOf,
  cidrSize,
  cidrSubnetOf,
  cidrsOverlap,
  formatCidr,
  parseCidr,
} from './cidr.ts';
import { parseAddress } from './address.ts';

function addr(text: string): bigint {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.address.value;
}

describe('parseCidr', () => {
  it.each([
    ['10.244.0.0/16', '10.244.0.0/16', false],
    ['10.244.1.0/16', '10.244.0.0/16', true], // R1 example
    ['0.0.0.0/0', '0.0.0.0/0', false],
    ['10.1.2.3/32', '10.1.2.3/32', false],
    ['10.1.2.3/31', '10.1.2.2/31', true],
    ['fd12:3456:789a::/64', 'fd12:3456:789a::/64', false],
    ['FD12:3456:789A:0:0::/64', 'fd12:3456:789a::/64', false],
    ['fd12:3456:789a:1::/108', 'fd12:3456:789a:1::/108', false],
    ['fd12:3456:789a:1::5/120', 'fd12:3456:789a:1::/120', true],
    ['::/0', '::/0', false],
    ['::1/128', '::1/128', false],
    [' 10.0.0.0/8 ', '10.0.0.0/8', false],
  ])('%s → %s (host bits %s)', (text, canonical, hostBits) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.canonical).toBe(canonical);
    expect(parsed.hostBitsSet).toBe(hostBits);
  });

  it.each([
    ['10.1/16', 'short form'],
    ['010.0.0.0/8', 'leading zero (octal in ipaddr.js)'],
    ['0x0a.0.0.0/8', 'hex'],
    ['10.0.0.256/24', 'octet out of range'],
    ['10.0.0.0/33', 'prefix out of range for IPv4'],
    ['fd00::/129', 'prefix out of range for IPv6'],
    ['10.0.0.0', 'no prefix (R2)'],
    ['10.0.0.0/', 'empty prefix'],
    ['10.0.0.0/08', 'leading zero in prefix'],
    ['10.0.0.0/-1', 'negative prefix'],
    ['10.0.0.0/8/8', 'two slashes'],
    ['fe80::1%eth0/64', 'zone id'],
    ['1::2::3/64', 'two ::'],
    ['', 'empty'],
    ['banana', 'not an address'],
  ])('rejects %s (%s)', (text) => {
    const parsed = parseCidr(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.length).toBeGreaterThan(10);
  });

  it('says the prefix range for people', () => {
    const parsed = parseCidr('10.0.0.0/33');
    expect(!parsed.ok && parsed.reason).toBe('Prefix length 33 is out of range for IPv4 (0-32)');
  });
});

describe('cidrSize, cidrFirst, cidrLast', () => {
  it.each([
    ['0.0.0.0/0', 4294967296n],
    ['10.0.0.0/8', 16777216n],
    ['10.0.0.0/16', 65536n],
    ['10.0.0.0/24', 256n],
    ['10.0.0.0/25', 128n],
    ['10.0.0.0/29', 8n],
    ['10.0.0.0/30', 4n],
    ['10.0.0.0/31', 2n],
    ['10.0.0.1/32', 1n],
    ['::/0', 2n ** 128n],
    ['fd00::/64', 2n ** 64n],
    ['fd00::/108', 2n ** 20n], // 1,048,576
    ['fd00::/120', 256n],
    ['fd00::1/128', 1n],
  ])('%s has %s addresses', (text, size) => {
    expect(cidrSize(cidrOf(text))).toBe(size);
  });

  it('first and last of 10.0.0.0/16 are 10.0.0.0 and 10.0.255.255', () => {
    const cidr = cidrOf('10.0.0.0/16');
    expect(cidrFirst(cidr)).toBe(addr('10.0.0.0'));
    expect(cidrLast(cidr)).toBe(addr('10.0.255.255'));
  });

  it('last of fd12:3456:789a:1::/108 is fd12:3456:789a:1::f:ffff', () => {
    expect(cidrLast(cidrOf('fd12:3456:789a:1::/108'))).toBe(addr('fd12:3456:789a:1::f:ffff'));
  });

  it('formats canonically', () => {
    expect(formatCidr(cidrOf('fd12:3456:789a::/64'))).toBe('fd12:3456:789a::/64');
  });
});

describe('containment and overlap', () => {
  it.each([
    // a, b, overlap, a contains b
    ['10.0.0.0/24', '10.0.1.0/24', false, false], // adjacent: touching does not overlap
    ['10.0.0.0/23', '10.0.1.0/24', true, true], // contained
    ['10.0.0.0/24', '10.0.0.0/24', true, true], // equal
    ['10.0.0.0/8', '11.0.0.0/8', false, false],
    ['0.0.0.0/0', '192.168.1.0/24', true, true],
    ['10.0.0.0/25', '10.0.0.128/25', false, false], // /25 halves
    ['10.0.0.0/24', '10.0.0.128/25', true, true],
    ['10.0.0.4/30', '10.0.0.8/29', false, false],
    ['10.0.0.8/29', '10.0.0.12/30', true, true],
    ['fd00::/64', 'fd00:0:0:1::/64', false, false],
    ['fd00::/48', 'fd00:0:0:1::/64', true, true],
    ['fd00::/120', 'fd00::100/120', false, false],
    ['fd00::/108', 'fd00::1/128', true, true],
    ['::/0', '10.0.0.0/8', false, false], // mixed families never overlap
    ['10.0.0.0/8', '::a00:0/104', false, false],
  ])('%s vs %s: overlap %s, contains %s', (a, b, overlap, contains) => {
    const ca = cidrOf(a);
    const cb = cidrOf(b);
    expect(cidrsOverlap(ca, cb)).toBe(overlap);
    expect(cidrsOverlap(cb, ca)).toBe(overlap);
    expect(cidrContains(ca, cb)).toBe(contains);
    expect(cidrSubnetOf(cb, ca)).toBe(contains);
  });

  it('a network contains itself; a smaller one does not contain a larger', () => {
    expect(cidrContains(cidrOf('10.1.0.0/16'), cidrOf('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(cidrOf('10.1.0.0/16'), cidrOf('10.0.0.0/8'))).toBe(false);
  });

  it('doc examples: 10.0.0.0/8 contains 10.1.0.0/16; 10.0.0.0/23 overlaps 10.0.1.0/24', () => {
    expect(cidrContains(cidrOf('10.0.0.0/8'), cidrOf('10.1.0.0/16'))).toBe(true);
    expect(cidrsOverlap(cidrOf('10.0.0.0/23'), cidrOf('10.0.1.0/24'))).toBe(true);
  });

  it('contains an address', () => {
    expect(cidrContainsAddress(cidrOf('10.0.0.0/16'), 'IPv4', addr('10.0.0.10'))).toBe(true);
    expect(cidrContainsAddress(cidrOf('10.0.0.0/16'), 'IPv4', addr('10.1.0.0'))).toBe(false);
    expect(cidrContainsAddress(cidrOf('10.0.0.0/16'), 'IPv6', addr('10.0.0.10'))).toBe(false);
  });

  it('intersection is the smaller network, or null', () => {
    expect(cidrIntersection(cidrOf('10.0.0.0/8'), cidrOf('10.1.0.0/16'))).toEqual(cidrOf('10.1.0.0/16'));
    expect(cidrIntersection(cidrOf('10.0.0.0/24'), cidrOf('10.0.1.0/24'))).toBeNull();
  });

  it('cidrOf throws on a programmer error', () => {
    expect(() => cidrOf('10.0.0.1/24')).toThrow();
  });
});

describe('parseCidr cache', () => {
  it('keeps every prefix of a plan with more than 20,000 of them between evaluations', () => {
    // 10,000 dual-stack subnets and a few more: the old cache (20,000 entries, cleared when full) was
    // emptied on every evaluation of such a plan, so each one parsed every prefix again.
    const texts = Array.from({ length: 10_002 }, (_, i) => [
      `10.${(i >> 8) & 255}.${i & 255}.0/24`,
      `fd00:10:0:${i.toString(16)}::/64`,
    ]).flat();
    const first = texts.map((t) => parseCidr(t));
    const second = texts.map((t) => parseCidr(t));
    expect(second.every((result, i) => result === first[i])).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});

describe('parseCidr hints suggest only valid examples (issue 13)', () => {
  it.each([
    ['10.1', 'e.g. 10.244.0.0/16'],
    ['10.1.0.0', 'e.g. 10.1.0.0/24'],
    ['fd00:10::', 'e.g. fd00:10::/64'],
    ['nonsense', 'e.g. 10.244.0.0/16'],
  ])('%s → %s', (text, hint) => {
    const result = parseCidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(hint);
      const suggested = /e\.g\. (\S+)$/.exec(result.reason)?.[1] ?? '';
      expect(parseCidr(suggested).ok).toBe(true);
    }
  });
});
