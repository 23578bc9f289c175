/** Formatting for messages: numbers with thousands separators, lists in plain words. */

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * A count with thousands separators.
 *
 * @example formatCount(65536n) // '65,536'
 */
export function formatCount(value: number | bigint): string {
  // Below 1,000 there is no separator to add: skip Intl, which is slow in messages about 10,000 pools.
  if (
    typeof value === 'number'
      ? Number.isInteger(value) && value > -1000 && value < 1000
      : value > -1000n && value < 1000n
  )
    return String(value);
  return NUMBER.format(value);
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
