/**
 * R70: the one prefix a "too small" finding advises. It clears both checks of the range (at rest and
 * during upgrade) when an allowed prefix can; otherwise it clears the at-rest check and says that
 * maxSurge or the node count must come down; when none clears even that, it says to split or shrink.
 */
import {
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  POD_CIDR_SHORTEST_ADVISED,
  SUBNET_MAX_PREFIX_IPV4,
} from '../model/constants.ts';
import { smallestPodCidrPrefixFor, smallestSubnetPrefixFor } from '../model/capacity.ts';
import { formatCount } from '../model/format.ts';

/** D18: an upgrade shortfall is a warning, and AKS may also refuse to add or scale pools meanwhile. */
export const D18_NOTE =
  "The cluster can be created but can't surge-upgrade, and AKS may also refuse to add or scale node pools while the surge doesn't fit.";

export interface SizeAdvice {
  /** The advised prefix length, or null when no allowed prefix clears even the at-rest need. */
  prefix: number | null;
  /** Which needs the advised prefix meets. */
  clears: 'both' | 'atRest' | 'none';
  /** The advice in words, ending with a full stop. */
  text: string;
}

/**
 * Advice for a subnet (node subnet R13, pod subnet R57) that needs `steady` IPs at rest and `upgrade`
 * during an upgrade; `shortest` is the largest subnet allowed (/2 by R5, /12 for StaticBlock by R27).
 *
 * @example subnetSizeAdvice(250, 275).prefix // 23: a /24 (251) holds only the 250 at rest, a /23 (507) holds 275
 */
export function subnetSizeAdvice(
  steady: number,
  upgrade: number,
  shortest: number = SUBNET_MAX_PREFIX_IPV4,
): SizeAdvice {
  const both = smallestSubnetPrefixFor(Math.max(steady, upgrade), shortest);
  if (both !== null)
    return {
      prefix: both,
      clears: 'both',
      text: `Use a /${both} or larger: it holds the ${formatCount(upgrade)} IPs needed during an upgrade, not only the ${formatCount(steady)} at rest.`,
    };
  const atRest = smallestSubnetPrefixFor(steady, shortest);
  if (atRest !== null)
    return {
      prefix: atRest,
      clears: 'atRest',
      text: `No subnet up to /${shortest} holds the ${formatCount(upgrade)} IPs needed during an upgrade: use a /${atRest} or larger for the ${formatCount(steady)} at rest, and lower maxSurge or plan fewer nodes.`,
    };
  return {
    prefix: null,
    clears: 'none',
    text: `No subnet up to /${shortest} holds even the ${formatCount(steady)} IPs needed at rest: split the pools across subnets or plan fewer nodes.`,
  };
}

/**
 * Advice for an IPv4 pod CIDR of /24 node blocks (R15, R16) that must hold `nodes` blocks at rest and
 * `nodesDuringUpgrade` during an upgrade; never larger than /8 (R15).
 *
 * @example podCidrSizeAdvice(124, 137).prefix // 16: 24 − ceil(log2 137) = 16 (a /17 holds 128 < 137)
 */
export function podCidrSizeAdvice(nodes: number, nodesDuringUpgrade: number): SizeAdvice {
  const fit = (blocks: number): number | null => {
    const prefix = smallestPodCidrPrefixFor(blocks, OVERLAY_IPV4_NODE_BLOCK_PREFIX);
    return prefix >= POD_CIDR_SHORTEST_ADVISED ? prefix : null;
  };
  const both = fit(Math.max(nodes, nodesDuringUpgrade));
  if (both !== null)
    return {
      prefix: both,
      clears: 'both',
      text: `Use a /${both} or larger: it holds the ${formatCount(nodesDuringUpgrade)} node blocks needed during an upgrade, not only the ${formatCount(nodes)} at rest.`,
    };
  const atRest = fit(nodes);
  if (atRest !== null)
    return {
      prefix: atRest,
      clears: 'atRest',
      text: `No pod CIDR up to /${POD_CIDR_SHORTEST_ADVISED} holds the ${formatCount(nodesDuringUpgrade)} node blocks needed during an upgrade: use a /${atRest} or larger for the ${formatCount(nodes)} at rest, and lower maxSurge or plan fewer nodes.`,
    };
  return {
    prefix: null,
    clears: 'none',
    text: `No pod CIDR up to /${POD_CIDR_SHORTEST_ADVISED} holds even the ${formatCount(nodes)} node blocks needed at rest: plan fewer nodes.`,
  };
}
