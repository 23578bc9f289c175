import type { ResolvedPlan, ResolvedPool, ResolvedSubnet } from '../model/resolve-plan.ts';
import { surgeNodeCount } from '../model/surge.ts';

/**
 * Who grows: the pools whose node count follows the size n (the others stay at their planned size),
 * and each one's node count at size n. A pool view grows one pool (its count is n); the cluster view
 * grows every pool in proportion to its planned size (the pools add up to n), so at today's size
 * every pool has its planned count, and each pool's surge is worked out at its own size (R36).
 */
export interface Growth {
  pools: readonly ResolvedPool[];
  /** Each growing pool's node count at size n, in the order of `pools`. */
  nodesAt: (n: number) => number[];
}

/**
 * One pool grows: its node count is the size n.
 *
 * @example poolGrowth(pool).nodesAt(40) // [40]
 */
export function poolGrowth(pool: ResolvedPool): Growth {
  return { pools: [pool], nodesAt: (n) => [n] };
}

/**
 * Every pool grows in proportion to its planned size; at any size n the pools add up to n.
 *
 * @example clusterGrowth(model).nodesAt(20) // pools of 3 and 7 nodes at n = 20: [6, 14]
 */
export function clusterGrowth(plan: ResolvedPlan): Growth {
  // Cumulative rounding: pool i gets floor(n × C_i / W) − floor(n × C_(i−1) / W), where C_i sums the
  // planned sizes of pools 0 … i; the pools add up to exactly n, each within one node of its share.
  const total = plan.pools.reduce((s, p) => s + p.plannedNodes, 0);
  const weights = total > 0 ? total : plan.pools.length;
  const through = plan.pools.map((pool) => (total > 0 ? pool.plannedNodes : 1));
  for (let i = 1; i < through.length; i++) through[i] = (through[i] ?? 0) + (through[i - 1] ?? 0);
  return {
    pools: plan.pools,
    // One pass over arrays: a plan may hold 10,000 pools and a headroom search asks for dozens of sizes.
    nodesAt: (n) => {
      const counts = new Array<number>(through.length);
      let before = 0;
      for (let i = 0; i < through.length; i++) {
        const upTo = Math.floor((n * (through[i] ?? 0)) / weights);
        counts[i] = upTo - before;
        before = upTo;
      }
      return counts;
    },
  };
}

/** The subnets the growing pools use in one role, in plan order, each one's place in that list, and each pool's. */
export interface SubnetSlots {
  subnets: ResolvedSubnet[];
  slot: Map<ResolvedSubnet, number>;
  /** The place of each pool's subnet (in the order of the pools given), or −1 for none. */
  ofPool: number[];
}

/**
 * The subnets the pools use in one role, each with its place in the list.
 *
 * @example subnetSlots(model.pools, 'subnet').subnets.map((s) => s.name) // ['snet-nodes']
 */
export function subnetSlots(pools: readonly ResolvedPool[], role: 'subnet' | 'podSubnet'): SubnetSlots {
  const slots: SubnetSlots = { subnets: [], slot: new Map(), ofPool: [] };
  for (const pool of pools) {
    const subnet = pool[role];
    if (subnet !== null && !slots.slot.has(subnet)) {
      slots.slot.set(subnet, slots.subnets.length);
      slots.subnets.push(subnet);
    }
    slots.ofPool.push(subnet === null ? -1 : (slots.slot.get(subnet) ?? -1));
  }
  return slots;
}

function zeros(count: number): number[] {
  return new Array<number>(count).fill(0);
}

/** What the growing pools use at one size, summed in one pass (a cluster may hold 10,000 pools). */
export interface Snapshot {
  nodes: number;
  nodesUp: number;
  largest: number;
  largestUp: number;
  vnetIps: number;
  /** IPs at rest and during an upgrade in each node subnet and pod subnet, by slot (R13, R57). */
  nodeSubnet: { at: number[]; up: number[] };
  podSubnet: { at: number[]; up: number[] };
}

/**
 * What the growing pools use at size n (or today, for n null): nodes, surge, subnet IPs, VNet IPs.
 *
 * @example snapshot(poolGrowth(pool), slots, 10).nodesUp // 10 nodes + ceil(10 × 10 %) = 11
 */
export function snapshot(
  growth: Growth,
  slots: { nodeSubnet: SubnetSlots; podSubnet: SubnetSlots },
  /** The size, or null for today's planned counts and surges. */
  n: number | null,
  into?: Snapshot,
): Snapshot {
  const nodeCount = slots.nodeSubnet.subnets.length;
  const podCount = slots.podSubnet.subnets.length;
  const s: Snapshot = into ?? {
    nodes: 0,
    nodesUp: 0,
    largest: 0,
    largestUp: 0,
    vnetIps: 0,
    nodeSubnet: { at: zeros(nodeCount), up: zeros(nodeCount) },
    podSubnet: { at: zeros(podCount), up: zeros(podCount) },
  };
  if (into !== undefined) {
    s.nodes = s.nodesUp = s.largest = s.largestUp = s.vnetIps = 0;
    s.nodeSubnet.at.fill(0);
    s.nodeSubnet.up.fill(0);
    s.podSubnet.at.fill(0);
    s.podSubnet.up.fill(0);
  }
  // Index loops over arrays: a cluster view of 10,000 pools is summed at dozens of sizes per edit.
  const counts = n === null ? null : growth.nodesAt(n);
  const { pools } = growth;
  const nodeSlots = slots.nodeSubnet.ofPool;
  const podSlots = slots.podSubnet.ofPool;
  for (let i = 0; i < pools.length; i++) {
    const pool = pools[i];
    if (pool === undefined) continue;
    const nodes = counts === null ? pool.plannedNodes : (counts[i] ?? 0);
    const up = counts === null ? pool.nodesDuringUpgrade : nodes + surgeNodeCount(nodes, pool.maxSurge);
    s.nodes += nodes;
    s.nodesUp += up;
    if (nodes > s.largest) s.largest = nodes;
    if (up > s.largestUp) s.largestUp = up;
    s.vnetIps += nodes * pool.vnetIpsPerNode;
    const node = nodeSlots[i] ?? -1;
    if (node >= 0) {
      s.nodeSubnet.at[node] = (s.nodeSubnet.at[node] ?? 0) + nodes * pool.ipsPerNode;
      s.nodeSubnet.up[node] = (s.nodeSubnet.up[node] ?? 0) + up * pool.ipsPerNode;
    }
    const pod = podSlots[i] ?? -1;
    if (pod >= 0) {
      s.podSubnet.at[pod] = (s.podSubnet.at[pod] ?? 0) + nodes * pool.podSubnetIpsPerNode;
      s.podSubnet.up[pod] = (s.podSubnet.up[pod] ?? 0) + up * pool.podSubnetIpsPerNodeDuringUpgrade;
    }
  }
  return s;
}

/**
 * The growing pools' use at size n: for many pools remembered (every limit's search asks for the same
 * sizes); for one pool worked out again into one scratch snapshot, which callers read at once.
 */
export function snapshots(
  growth: Growth,
  slots: { nodeSubnet: SubnetSlots; podSubnet: SubnetSlots },
): (n: number) => Snapshot {
  const at = (n: number, into?: Snapshot): Snapshot => snapshot(growth, slots, n, into);
  // One pool (a pool view, thousands of them per plan): one scratch snapshot, read at once by the caller.
  if (growth.pools.length <= 1) {
    const scratch = at(0);
    return (n) => at(n, scratch);
  }
  const memo = new Map<number, Snapshot>();
  return (n) => {
    let found = memo.get(n);
    if (found === undefined) {
      if (memo.size > 1_000) memo.clear();
      found = at(n);
      memo.set(n, found);
    }
    return found;
  };
}
