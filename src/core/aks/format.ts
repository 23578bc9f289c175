/** Formatting for messages: numbers with thousands separators, lists in plain words. */

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * A count with thousands separators.
 *
 * @example formatCount(65536n) // '65,536'
 */
export function formatCount(value: number | bigint): string {
  return NUMBER.format(value);
}

/** `a`, `a and b`, `a, b and c`. */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
