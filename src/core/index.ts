/** The planning core's one entry point: pure TypeScript, runs unchanged in Node. */
export type * from './types.ts';
export { evaluatePlan } from './aks/evaluate-plan.ts';
export { parsePlanDocument } from './plan/parse-plan-document.ts';
export { PLAN_SPEC } from './plan/plan-schema.ts';
export {
  parseCidr,
  cidrSize,
  cidrFirst,
  cidrLast,
  cidrContains,
  cidrsOverlap,
  cidrSubnetOf,
  formatCidr,
} from './ip/cidr.ts';
export type { Cidr, CidrParse } from './ip/cidr.ts';
export { parseAddress, formatAddress } from './ip/address.ts';
export {
  podNodeBlocks,
  subnetUsableAddresses,
  serviceAllocatable,
  smallestSubnetPrefixFor,
  smallestPodCidrPrefixFor,
} from './aks/capacity.ts';
export { parseMaxSurge, surgeNodeCount } from './aks/surge.ts';
export { formatCount } from './aks/format.ts';
export { planHeadroom } from './aks/headroom.ts';
export type { Headroom, HeadroomLimit, HeadroomPoint, HeadroomResource } from './aks/headroom.ts';
export { comparePlugins, planWithPlugin, PLUGIN_LABELS } from './aks/compare-plugins.ts';
export type { ComparedPlugin, PluginComparison, PoolUnderPlugin, SubnetNeed } from './aks/compare-plugins.ts';
export { addressMap } from './map/address-map.ts';
export type {
  AddressMap,
  AddressMapFamily,
  AddressMapKind,
  AddressMapOverlap,
  AddressMapRange,
  AddressMapSeverity,
  AxisGap,
  AxisTick,
} from './map/address-map.ts';
