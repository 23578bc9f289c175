/** What planHeadroom (headroom.ts) gives: how far each pool, and the cluster, can grow, and what stops it. */

export type HeadroomResource =
  | 'podCidr'
  | 'nodeSubnet'
  | 'podSubnet'
  | 'clusterNodeLimit'
  | 'kubenetRoutes'
  | 'poolNodeLimit'
  | 'vnetPrivateIps';

/** One address range or limit, and how many nodes it allows. */
export interface HeadroomLimit {
  resource: HeadroomResource;
  label: string;
  rule: string;
  /** Units of the range (blocks, IPs or nodes) and their name. */
  capacity: number;
  unit: string;
  /** Most nodes (in the pool, or in the cluster) with which the range still holds at rest / during upgrade. */
  maxNodes: number;
  maxNodesDuringUpgrade: number;
  /** Units used during upgrade at a given node count. */
  usedDuringUpgrade: (nodes: number) => number;
}

export interface HeadroomPoint {
  nodes: number;
  /** Percent of each range used during an upgrade at this node count. */
  percentUsed: Partial<Record<HeadroomResource, number>>;
}

export interface Headroom {
  /** Pool name, or null for the whole cluster. */
  pool: string | null;
  current: number;
  maxCount: number | null;
  limits: HeadroomLimit[];
  /** The range that runs out first during upgrade, or null when nothing limits. */
  firstLimit: HeadroomLimit | null;
  points: HeadroomPoint[];
}
