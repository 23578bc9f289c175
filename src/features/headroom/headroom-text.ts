import { formatCount } from '../../core/index.ts';
import type { Headroom, HeadroomLimit, HeadroomResource } from '../../core/index.ts';

/** Short names for chart markers and the legend. */
export const RESOURCE_SHORT_NAMES: Readonly<Record<HeadroomResource, string>> = {
  podCidr: 'Pod CIDR',
  nodeSubnet: 'Node subnet',
  podSubnet: 'Pod subnet',
  clusterNodeLimit: 'Tier limit',
  kubenetRoutes: 'Route table',
  poolNodeLimit: 'Pool limit',
  vnetPrivateIps: 'VNet IPs',
};

/** Limits ordered by how soon they run out during an upgrade, first one first. */
export function limitsByRunOut(headroom: Headroom): HeadroomLimit[] {
  return [...headroom.limits].sort((a, b) => a.maxNodesDuringUpgrade - b.maxNodesDuringUpgrade);
}

/** "Pool apps" or "Whole cluster". */
export function headroomSubject(headroom: Headroom): string {
  return headroom.pool === null ? 'Whole cluster' : `Pool ${headroom.pool}`;
}

function lowerFirst(label: string): string {
  const second = label.charAt(1);
  return second !== '' && second === second.toLowerCase() && !/^(Free|Standard|Premium)\b/.test(label)
    ? label.charAt(0).toLowerCase() + label.slice(1)
    : label;
}

/** "228 nodes", "1 node", "none". */
export function nodeCountText(count: number): string {
  if (count < 0) return 'none';
  return `${formatCount(count)} node${count === 1 ? '' : 's'}`;
}

/**
 * The chart's text alternative: each range and where it runs out during an upgrade, first one first.
 *
 * @example headroomSummary(h) // "Pool apps: node subnet snet-nodes runs out at 228 nodes during upgrade; pod CIDR /24 blocks at 251; …"
 */
export function headroomSummary(
  headroom: Headroom,
  today: number,
  whatIfNodes: number | null = null,
): string {
  const subject = headroomSubject(headroom);
  const limits = limitsByRunOut(headroom);
  const parts = limits.map((limit, index) => {
    const name = lowerFirst(limit.label);
    if (limit.maxNodesDuringUpgrade < 0) return `${name} is short already`;
    const count = formatCount(limit.maxNodesDuringUpgrade);
    return index === 0 ? `${name} runs out at ${count} nodes during upgrade` : `${name} at ${count}`;
  });
  const facts = [`today ${nodeCountText(today)}`];
  if (headroom.maxCount !== null) facts.push(`autoscaler maximum ${formatCount(headroom.maxCount)}`);
  if (whatIfNodes !== null) facts.push(`what-if ${nodeCountText(whatIfNodes)}`);
  const head = parts.length > 0 ? parts.join('; ') : 'no range limits the node count';
  const tail = facts.join(', ');
  return `${subject}: ${head}. ${tail.charAt(0).toUpperCase()}${tail.slice(1)}.`;
}
