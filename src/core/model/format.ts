/** Formatting for messages: numbers with thousands separators, lists in plain words. */

/** Intl's formatter, made on first use: creating it loads ICU data (about 30 ms on a 2-core machine). */
let intlNumber: Intl.NumberFormat | undefined;

/**
 * A whole number's digits in groups of three, as en-US writes them.
 *
 * @example groupDigits(-1234567n) // '-1,234,567'
 */
export function groupDigits(value: bigint): string {
  return signedGroups(value < 0n, (value < 0n ? -value : value).toString());
}

/** The digits of a whole number's magnitude in groups of three, after a minus sign when negative. */
function signedGroups(negative: boolean, digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return negative ? `-${grouped}` : grouped;
}

/**
 * A count with thousands separators. Whole numbers are grouped here, without Intl: the first result is
 * full of them, and creating Intl's formatter cost more than the page's whole evaluation. Fractions, NaN
 * and infinities (which a count should not be) go to Intl, en-US.
 *
 * @example formatCount(65536n) // '65,536'
 */
export function formatCount(value: number | bigint): string {
  if (typeof value === 'bigint') return groupDigits(value);
  if (Number.isSafeInteger(value)) return signedGroups(value < 0, String(Math.abs(value)));
  intlNumber ??= new Intl.NumberFormat('en-US');
  return intlNumber.format(value);
}

/** `a`, `a and b`, `a, b and c`. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** How many ranges an overlap finding names before it only counts the rest (hostile plans stay small). */
export const MAX_OVERLAPS_LISTED = 3;

/**
 * The sentence that ends the last overlap finding of a range when more were not listed; '' when none.
 *
 * @example moreOverlaps(2, 'subnet prefixes') // ' It also overlaps 2 more subnet prefixes (not listed).'
 */
export function moreOverlaps(count: number, what: string): string {
  return count > 0 ? ` It also overlaps ${formatCount(count)} more ${what} (not listed).` : '';
}

/**
 * Items joined with commas; past `max`, the rest are counted.
 *
 * @example joinCapped(['a', 'b', 'c'], 2) // 'a, b and 1 more'
 */
export function joinCapped(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${formatCount(items.length - max)} more`;
}
