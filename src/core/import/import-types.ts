import type { Finding, PlanDocument } from '../types.ts';
import type { JsonObject } from './json-value.ts';

/** The three boxes of the import: which command's output each is meant for. */
export type AzureImportBox = 'vnetShow' | 'aksShow' | 'nodepoolList';

/** What each box may hold: parsed JSON, or the JSON text as printed by `az … -o json`. */
export interface AzureImportInputs {
  /** `az network vnet show -g RG -n VNET -o json` */
  vnetShow?: unknown;
  /** `az aks show -g RG -n CLUSTER -o json` */
  aksShow?: unknown;
  /** `az aks nodepool list -g RG --cluster-name CLUSTER -o json` */
  nodepoolList?: unknown;
}

/** Which command an input looks like it came from (by its shape, never by the box it was pasted in). */
export type AzureJsonKind =
  | 'vnetShow' // az network vnet show
  | 'vnetList' // az network vnet list
  | 'subnetShow' // az network vnet subnet show
  | 'aksShow' // az aks show
  | 'aksList' // az aks list
  | 'nodepoolList' // az aks nodepool list
  | 'nodepoolShow' // az aks nodepool show
  | 'planDocument' // this planner's own plan file
  | 'emptyList'
  | 'unknown';

export interface AzureImportResult {
  /** The imported plan, exactly as parsePlanDocument reads it. */
  plan: PlanDocument;
  /** What was read, what is missing, what was converted or ignored; then parsePlanDocument's findings. */
  findings: Finding[];
  /** For each box that held JSON: what it was recognised as. */
  detected: Partial<Record<AzureImportBox, AzureJsonKind>>;
  /** True when at least one input was read (the plan is worth loading). */
  usable: boolean;
}

/** A node pool as read from `az aks show` or `az aks nodepool list`, before subnets are resolved. */
export interface ImportedPool {
  name: string | undefined;
  /** Plan fields (values of the wrong JSON type are kept for parsePlanDocument to report). */
  fields: JsonObject;
  vnetSubnetId: string | undefined;
  podSubnetId: string | undefined;
  /** JSON path of the pool in its input. */
  path: string;
}

/** What `az aks show` says about the cluster. */
export interface ImportedCluster {
  /** Plan cluster fields other than networkPlugin and podCidrs (decided once the pools are known). */
  fields: JsonObject;
  networkPlugin: { value: string; path: string } | undefined;
  networkPluginMode: string | undefined;
  /** podCidrs ?? [podCidr], as found. */
  podCidrs: { value: unknown; path: string } | undefined;
  networkProfilePath: string;
  hasNetworkProfile: boolean;
  apiServerSubnetId: { value: string; path: string } | undefined;
  pools: ImportedPool[] | undefined;
}

export interface ImportedSubnet {
  name: string;
  addressPrefixes: unknown;
  id: string | undefined;
  delegatedTo: string | undefined;
  /** NIC IP configurations the subnet lists (for a pod subnet: one per allocated pod IP). */
  ipConfigurations: number;
  path: string;
}

/** What `az network vnet show` says. */
export interface ImportedVnet {
  name: string | undefined;
  resourceGroup: string | undefined;
  id: string | undefined;
  addressSpace: unknown;
  subnets: ImportedSubnet[];
  connectedNetworks: JsonObject[];
}
