import { describe, expect, it } from 'vitest';
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
