import type { Cidr } from '../ip/cidr.ts';
import { cidrsOverlap, formatCidr } from '../ip/cidr.ts';
import {
  AKS_RESERVED_RANGES,
  DOCKER_BRIDGE_LEGACY_RANGE,
  MULTICAST_RANGES,
  VNET_FORBIDDEN_RANGES,
} from '../ip/special-ranges.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';

export interface LabelledRange {
  cidr: Cidr;
  label: string;
}

/**
 * Named ranges of the plan and of the rulebook, for the words of a "moved because" reason: the VNet
 * address space, subnets, connected networks, reserved and special ranges.
 */
export function labelledRanges(plan: ResolvedPlan, extra: readonly LabelledRange[]): LabelledRange[] {
  const out: LabelledRange[] = [];
  for (const space of plan.vnetSpace)
    out.push({ cidr: space.cidr, label: `the VNet address space ${space.canonical}` });
  for (const subnet of plan.subnets)
    for (const p of subnet.prefixes)
      out.push({ cidr: p.cidr, label: `subnet ${subnet.name} (${p.canonical})` });
  for (const network of plan.connected)
    for (const p of network.prefixes)
      out.push({ cidr: p.cidr, label: `connected network ${network.name} (${p.canonical})` });
  for (const r of AKS_RESERVED_RANGES) out.push({ cidr: r.cidr, label: `${r.text}, ${r.name} (R45)` });
  for (const r of [...MULTICAST_RANGES, ...VNET_FORBIDDEN_RANGES])
    out.push({ cidr: r.cidr, label: `${r.text} (${r.name})` });
  out.push({
    cidr: DOCKER_BRIDGE_LEGACY_RANGE.cidr,
    label: `${DOCKER_BRIDGE_LEGACY_RANGE.text}, the ${DOCKER_BRIDGE_LEGACY_RANGE.name}`,
  });
  return out.concat(extra);
}

/**
 * What a range overlaps, in words: the first labelled range it touches.
 *
 * @example describeOverlap(ranges, cidrOf('10.0.0.0/16')) // 'connected network hub (10.0.0.0/16)'
 */
export function describeOverlap(ranges: readonly LabelledRange[], cidr: Cidr): string {
  const hit = ranges.find((r) => cidrsOverlap(r.cidr, cidr));
  return hit?.label ?? `another range of the proposal (${formatCidr(cidr)})`;
}
