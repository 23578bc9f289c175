import { formatCount } from '../../core/index.ts';
import type { Headroom } from '../../core/index.ts';

/**
 * The printed "Cluster headroom" sentence, from the same cluster headroom every view reads.
 *
 * @example printHeadroomSentence(headroom) // '… First to run out: Node subnet snet-aks-nodes at 29 nodes.'
 */
export function printHeadroomSentence(headroom: Headroom): string {
  const lead = '% of each range used during an upgrade as the cluster grows (every pool in proportion).';
  if (headroom.firstLimit === null) return lead;
  return `${lead} First to run out: ${headroom.firstLimit.label} at ${formatCount(headroom.firstLimit.maxNodesDuringUpgrade)} nodes.`;
}
