import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatList, groupDigits } from './format.ts';

const INTL = new Intl.NumberFormat('en-US');

describe('formatCount', () => {
  it('groups whole numbers in threes, as en-US does', () => {
    // 65,536 = 2^16; 4,294,967,296 = 2^32; a /64 has 2^64 = 18,446,744,073,709,551,616 addresses.
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(65536n)).toBe('65,536');
    expect(formatCount(-1234567)).toBe('-1,234,567');
    expect(formatCount(2n ** 32n)).toBe('4,294,967,296');
    expect(formatCount(2n ** 64n)).toBe('18,446,744,073,709,551,616');
    expect(groupDigits(-1234567n)).toBe('-1,234,567');
  });

  it('writes what is not a whole number as Intl does', () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('agrees with Intl.NumberFormat for every whole number, number or bigint', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }), (n) => {
        expect(formatCount(n)).toBe(INTL.format(n));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(INTL.format(n));
      }),
    );
  });
});

describe('formatList', () => {
  it('joins with commas and a final "and"', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
