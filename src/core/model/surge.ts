/** A pool's maxSurge: a whole node count or a percentage (aks-rules R35, R36). */
export type MaxSurge = { kind: 'nodes'; nodes: number } | { kind: 'percent'; percent: number };

const SURGE_NODES = /^(0|[1-9][0-9]{0,5})$/;
const SURGE_PERCENT = /^(0|[1-9][0-9]{0,2})%$/;

/**
 * Parses `"10%"` (0–100 %) or `"2"` (whole nodes); anything else is null. Never throws.
 *
 * @example parseMaxSurge('33%') // { kind: 'percent', percent: 33 }
 */
export function parseMaxSurge(text: string): MaxSurge | null {
  const trimmed = text.trim();
  const nodes = SURGE_NODES.exec(trimmed);
  if (nodes?.[1] !== undefined) return { kind: 'nodes', nodes: Number(nodes[1]) };
  const percent = SURGE_PERCENT.exec(trimmed);
  if (percent?.[1] !== undefined) {
    const value = Number(percent[1]);
    return value <= 100 ? { kind: 'percent', percent: value } : null;
  }
  return null;
}

/**
 * Surge nodes for a pool of `plannedNodes`: min(k, n) for k nodes; min(ceil(n × p / 100), n) for
 * p %, in integer arithmetic ((n × p + 99) div 100), because floating point rounds
 * 50 × 0.14 = 7.000000000000001 up to 8 (aks-rules R36).
 *
 * @example surgeNodeCount(50, { kind: 'percent', percent: 14 }) // (50 × 14 + 99) div 100 = 7
 */
export function surgeNodeCount(plannedNodes: number, surge: MaxSurge): number {
  const n = Math.max(0, Math.trunc(plannedNodes));
  const wanted = surge.kind === 'nodes' ? surge.nodes : Math.floor((n * surge.percent + 99) / 100);
  return Math.min(wanted, n);
}

/** Canonical text of a maxSurge value. */
export function formatMaxSurge(surge: MaxSurge): string {
  return surge.kind === 'nodes' ? String(surge.nodes) : `${surge.percent}%`;
}
