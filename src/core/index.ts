/** The planning core's one entry point: pure TypeScript, runs unchanged in Node. */
export type * from './types.ts';
export { evaluate, evaluatePlan } from './report/evaluate-plan.ts';
export type { Evaluation } from './report/evaluation.ts';
export {
  clusterNodesWorking,
  podBlocksWorking,
  podMaxNodesWorking,
  podMaxPodsWorking,
  podMinPrefixWorking,
  podRequiredWorking,
  serviceAfterDefaultsWorking,
  serviceAllocatableWorking,
  subnetIpsWorking,
  subnetMinPrefixWorking,
  subnetUsableWorking,
  surgeWorking,
} from './report/working.ts';
export type { Working } from './report/working.ts';
export type { ResolvedPlan as ResolvedModel, ResolvedPool, ResolvedSubnet } from './model/resolve-plan.ts';
export { parsePlanDocument } from './plan/parse-plan-document.ts';
export { PLAN_SPEC } from './plan/plan-schema.ts';
export { encodePlan, encodeShareLink, decodePlan, isPlanQuery } from './share/plan-codec.ts';
export type { DecodedPlan } from './share/plan-codec.ts';
export { MAX_SHARE_QUERY_LENGTH, SHARE_LINK_VERSION } from './share/share-grammar.ts';
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
} from './model/capacity.ts';
export { parseMaxSurge, surgeNodeCount } from './model/surge.ts';
export { defaultPlaceholders, PLAN_DEFAULTS } from './model/defaults.ts';
export type { DefaultPath, PlanDefault } from './model/defaults.ts';
export { formatCount } from './model/format.ts';
export { planHeadroom } from './analyses/headroom.ts';
export type { Headroom, HeadroomLimit, HeadroomPoint, HeadroomResource } from './analyses/headroom.ts';
export { comparePlugins, planWithPlugin, PLUGIN_LABELS } from './analyses/compare-plugins.ts';
export type {
  ComparedPlugin,
  PluginComparison,
  PoolUnderPlugin,
  SubnetNeed,
} from './analyses/compare-plugins.ts';
export { addressMap } from './analyses/address-map/address-map.ts';
export type {
  AddressMap,
  AddressMapFamily,
  AddressMapKind,
  AddressMapOverlap,
  AddressMapRange,
  AddressMapSeverity,
  AxisGap,
  AxisTick,
} from './analyses/address-map/address-map.ts';
export { importAzureJson } from './import/azure-import.ts';
export { detectAzureJsonKind } from './import/detect-kind.ts';
export { AZURE_IMPORT_CODES } from './import/import-finding.ts';
export { ruleSource } from './rules/catalog/sources.ts';
export type { RuleSource } from './rules/catalog/catalog-types.ts';
export type {
  AzureImportBox,
  AzureImportInputs,
  AzureImportResult,
  AzureJsonKind,
} from './import/import-types.ts';
export { planJsonSchema, planJsonSchemaText } from './plan/plan-json-schema.ts';
export { azCliCommands } from './analyses/export/az-cli.ts';
export { bicepTemplate } from './analyses/export/bicep.ts';
export { terraformConfig } from './analyses/export/terraform.ts';
export type { ExportResult } from './analyses/export/export-model.ts';
export type { ExportOptions } from './analyses/export/export-check.ts';
export { EXPORT_CODES } from './analyses/export/export-check.ts';
export { allowedValues, CHOICE_FIELDS } from './plan/plan-choices.ts';
export type { ChoiceField } from './plan/plan-choices.ts';
export { proposePlan } from './propose/propose-plan.ts';
export type { Proposal, ProposalChange, ProposeOptions } from './propose/propose-plan.ts';
export { expansionTargets } from './propose/expansion-targets.ts';
export type { ExpansionTarget } from './propose/expansion-targets.ts';
export { CONNECTED_KIND_WORDS, OUTBOUND_TYPE_WORDS } from './model/choice-words.ts';
