/**
 * The integrity mark of share links (docs/share-links.md, "Cut links"): a link written as version 1.1
 * ends with `len=N`, the number of characters before the mark (counted unescaped, so a tool that
 * re-escapes `/` as `%2F` changes nothing). A link cut anywhere loses the mark or changes N, and the
 * reader says so. Version 1 links carry no mark and are read exactly as before.
 */
import type { Finding } from '../types.ts';
import { finding } from '../model/finding.ts';
import { unescapeText } from './share-text.ts';

/** The version a marked link carries: version 1's grammar with the mark as its last parameter. */
export const MARKED_LINK_VERSION = 1.1;

/** The mark's key: always the last parameter. */
export const MARK_KEY = 'len';

/**
 * Characters of a link body as the mark counts them: unescaped, so over-escaping does not count.
 *
 * @example markedLength('v=1.1&space=10.0.0.0%2F16') // 23
 */
export function markedLength(body: string): number {
  return unescapeText(body).length;
}

/**
 * A version-1 query marked: `v=1.1`, the same parameters, and `len=` last.
 *
 * @example markQuery('v=1&pool=system~count:3') // 'v=1.1&pool=system~count:3&len=25'
 */
export function markQuery(query: string): string {
  const rest = query.startsWith('v=1&') ? query.slice('v=1'.length) : query === 'v=1' ? '' : `&${query}`;
  const body = `v=${MARKED_LINK_VERSION}${rest}`;
  return `${body}&${MARK_KEY}=${markedLength(body)}`;
}

/**
 * The query without its last parameter when that is the mark, and the mark's value (null: none).
 *
 * @example splitMark('v=1.1&k8s=1.33&len=14') // { body: 'v=1.1&k8s=1.33', mark: '14' }
 */
export function splitMark(text: string): { body: string; mark: string | null } {
  const at = text.lastIndexOf('&');
  const last = text.slice(at + 1);
  const eq = last.indexOf('=');
  if (eq < 0 || last.slice(0, eq).trim().toLowerCase() !== MARK_KEY) return { body: text, mark: null };
  return { body: at < 0 ? '' : text.slice(0, at), mark: last.slice(eq + 1) };
}

/** What arrived of a cut link, for its message. */
export interface Arrived {
  pools: number;
  subnets: number;
  networks: number;
  /** The last parameter read, as written: a cut may have shortened it. */
  lastParam: string;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

function cutMessage(arrived: Arrived, how: string): string {
  const last = arrived.lastParam.length > 40 ? `…${arrived.lastParam.slice(-40)}` : arrived.lastParam;
  return (
    `This link was cut: ${how}. What arrived was loaded: ${plural(arrived.pools, 'node pool')}, ` +
    `${plural(arrived.subnets, 'subnet')}, ${plural(arrived.networks, 'connected network')}` +
    `${last === '' ? '' : `; its last parameter, “${last}”, may have lost its end`}. ` +
    'Check the plan, and ask for the whole link or the plan file.'
  );
}

/**
 * Checks a link body against its mark. A marked version without the mark, or a mark larger than the
 * body: SHARE_LINK_CUT (error). The mark itself cut short (`len=19` of 194): SHARE_LINK_CUT (warning,
 * the plan arrived whole). A mark smaller than the body: SHARE_LINK_CHANGED (warning, edited by hand).
 *
 * @example checkMark(1.1, 'v=1.1&k8s=1.3', '14', { pools: 0, subnets: 0, networks: 0, lastParam: 'k8s=1.3' })[0]?.code // 'SHARE_LINK_CUT'
 */
export function checkMark(
  version: number | null,
  body: string,
  mark: string | null,
  arrived: Arrived,
): Finding[] {
  if (mark === null) {
    if (version !== MARKED_LINK_VERSION) return [];
    return [
      finding(
        'SHARE_LINK_CUT',
        'error',
        'share',
        MARK_KEY,
        cutMessage(arrived, 'it ends before its `len=` mark'),
      ),
    ];
  }
  const written = mark.trim();
  const actual = String(markedLength(body));
  if (written === actual) return [];
  if (actual.startsWith(written))
    return [
      finding(
        'SHARE_LINK_CUT',
        'warning',
        'share',
        MARK_KEY,
        `This link was cut inside its last parameter (len=${written} of len=${actual}); the plan before it arrived whole.`,
      ),
    ];
  if (/^\d{1,9}$/.test(written) && Number(written) > Number(actual))
    return [
      finding(
        'SHARE_LINK_CUT',
        'error',
        'share',
        MARK_KEY,
        cutMessage(arrived, `it had ${written} characters and ${actual} arrived`),
      ),
    ];
  return [
    finding(
      'SHARE_LINK_CHANGED',
      'warning',
      'share',
      MARK_KEY,
      `This link was changed after it was made (its mark says ${written} characters, it has ${actual}); it was read as it is now.`,
    ),
  ];
}
