import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { formatAddress, parseAddress } from './address.ts';

describe('parseAddress', () => {
  it('doc example: 10.0.0.10 → 167772170', () => {
    expect(parseAddress('10.0.0.10')).toEqual({ ok: true, address: { family: 'IPv4', value: 167772170n } });
  });

  it.each([
    ['0.0.0.0', 0n],
    ['255.255.255.255', 4294967295n],
    ['::', 0n],
    ['::1', 1n],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 2n ** 128n - 1n],
    ['::ffff:10.0.0.1', 0xffff0a000001n],
  ])('%s', (text, value) => {
    const parsed = parseAddress(text);
    expect(parsed.ok && parsed.address.value).toBe(value);
  });

  it.each([
    '10.1',
    '010.0.0.1',
    '10.0.0.01',
    '0x0a.0.0.1',
    '1.2.3.4.5',
    '256.0.0.0',
    '1.2.3',
    '',
    ' ',
    'fe80::1%eth0',
    ':::',
    '1.2.3.-4',
  ])('rejects %j', (text) => {
    expect(parseAddress(text).ok).toBe(false);
  });
});

describe('formatAddress', () => {
  it('doc example: ::1', () => {
    expect(formatAddress({ family: 'IPv6', value: 1n })).toBe('::1');
  });
  it('RFC 5952 and dotted quad', () => {
    expect(formatAddress({ family: 'IPv6', value: 0xfd123456789a0001000000000000000an })).toBe(
      'fd12:3456:789a:1::a',
    );
    expect(formatAddress({ family: 'IPv4', value: 167772170n })).toBe('10.0.0.10');
  });
});

/**
 * The parser and formatter read IPv4 and hex-only IPv6 themselves (no ipaddr.js objects, one bigint
 * per address: a 10,000-subnet plan parses 20,000 addresses). They must accept, reject and print
 * exactly what ipaddr.js does; this is the ipaddr.js-based reader they replaced. One deliberate
 * difference: the dotted IPv4 tail of an IPv6 address is read as strictly as an IPv4 address (ipaddr.js
 * reads `::ffff:010.0.0.1` as octal 8.0.0.1; aks-rules R1 wants no leading zeros), so the reference
 * rejects a tail with a leading zero; and `::1.2.3.4` is ::102:304 as RFC 4291 §2.2 writes it, where
 * ipaddr.js reads ::ffff:1.2.3.4.
 */
const IPV4_REFERENCE =
  /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

function referenceParse(text: string): bigint | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const bytes = (list: number[]): bigint => list.reduce((v, b) => (v << 8n) | BigInt(b), 0n);
  if (trimmed.includes(':')) {
    if (!/^[0-9A-Fa-f:.]+$/.test(trimmed) || !ipaddr.IPv6.isValid(trimmed)) return null;
    const tail = trimmed.slice(trimmed.lastIndexOf(':') + 1);
    if (tail.includes('.') && /(?:^|\.)0\d/.test(tail)) return null;
    // ipaddr.js reads the deprecated `::a.b.c.d` as `::ffff:a.b.c.d`; RFC 4291 §2.2 reads it as the last 32 bits.
    const rfc = trimmed.replace(/^::(\d+\.\d+\.\d+\.\d+)$/, '::0:0:$1');
    return bytes(ipaddr.IPv6.parse(rfc).toByteArray());
  }
  if (!IPV4_REFERENCE.test(trimmed)) return null;
  return bytes(ipaddr.IPv4.parse(trimmed).toByteArray());
}

function referenceFormat(family: 'IPv4' | 'IPv6', value: bigint): string {
  const count = family === 'IPv4' ? 4 : 16;
  const bytes = Array.from({ length: count }, (_, i) =>
    Number((value >> BigInt(8 * (count - 1 - i))) & 0xffn),
  );
  return family === 'IPv4' ? bytes.join('.') : (ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String();
}

const hexGroup = fc.oneof(
  fc.constantFrom('0', '00', '000', '0000', '00000', '1', 'a', 'F', 'ffff', 'fFfF', '10000', '12345', ''),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 1, maxLength: 5 }),
);
/** Near-IPv6 text: groups joined by `:` and `::`, with spaces, dots and stray colons now and then. */
const ipv6ish = fc.oneof(
  fc
    .tuple(
      fc.array(hexGroup, { maxLength: 10 }),
      fc.array(fc.constantFrom(':', ':', ':', '::', ':::'), { maxLength: 10 }),
    )
    .map(([groups, seps]) => groups.reduce((text, g, i) => text + g + (seps[i] ?? ':'), ''))
    .chain((text) =>
      fc.constantFrom(
        text,
        text.slice(0, -1),
        `::${text}`,
        `${text}:`,
        ` ${text} `,
        `${text}1.2.3.4`,
        `:${text}`,
      ),
    ),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.'), maxLength: 45 }),
);
const ipv4ish = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.nat({ max: 300 }).map(String),
        fc.constantFrom('00', '01', '010', '0x1', '-1', '', '1e2', ' 1'),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join('.')),
  fc.string({ unit: fc.constantFrom(...'0123456789. x+-'), maxLength: 20 }),
);

describe('parseAddress and formatAddress agree with ipaddr.js', () => {
  it('accepts and rejects the same texts, with the same values', () => {
    fc.assert(
      fc.property(fc.oneof(ipv6ish, ipv4ish, fc.string({ maxLength: 12 })), (text) => {
        const parsed = parseAddress(text);
        return (parsed.ok ? parsed.address.value : null) === referenceParse(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    '1:2:3::4:5:6:7',
    '1:2:3:4:5:6:7::',
    '::1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8',
    '1::2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:',
    '1::2:',
    ':1::',
    ':',
    '::',
    '00001::',
    'fd00:0010::',
    '::ffff:1.2.3.4',
    '::1.2.3.4',
    '1:2:3:4:5:6:1.2.3.4',
    '::ffff:256.1.1.1',
    '::ffff:010.0.0.1',
    '::ffff:1.2.3',
    ':1.2.3.4',
    ':::1.2.3.4',
  ])('%s as ipaddr.js reads it', (text) => {
    const parsed = parseAddress(text);
    expect(parsed.ok ? parsed.address.value : null).toBe(referenceParse(text));
  });

  it('prints the same text (RFC 5952, dotted quad)', () => {
    const group = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0xffff), fc.nat({ max: 0xffff }));
    const ipv6 = fc
      .array(group, { minLength: 8, maxLength: 8 })
      .map((groups) => groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n));
    fc.assert(
      fc.property(
        ipv6,
        (value) => formatAddress({ family: 'IPv6', value }) === referenceFormat('IPv6', value),
      ),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 32 - 1 }),
        (n) => formatAddress({ family: 'IPv4', value: BigInt(n) }) === referenceFormat('IPv4', BigInt(n)),
      ),
    );
  });
});
