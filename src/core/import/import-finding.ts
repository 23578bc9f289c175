import type { Finding, Severity } from '../types.ts';
import { finding, FindingList } from '../model/finding.ts';

/**
 * The codes an Azure import reports (besides parsePlanDocument's PLAN_* codes). Paths in these
 * findings are JSON paths into the pasted input, rooted at the command it came from:
 * `aksShow.agentPoolProfiles[2].upgradeSettings.maxSurge`, `vnetShow.subnets[1]`, `nodepoolList[0].count`.
 */
export const AZURE_IMPORT_CODES = {
  /** A box holds text that is not JSON; that box is ignored. */
  AZURE_IMPORT_NOT_JSON: 'error',
  /** A box holds JSON that is none of the three commands' output (or a list of several VNets/clusters); ignored. */
  AZURE_IMPORT_UNRECOGNIZED: 'error',
  /** A box holds another command's output (read as what it is), or a one-item list / one pool. */
  AZURE_IMPORT_WRONG_BOX: 'info',
  /** Two boxes hold the same command's output; the second is ignored. */
  AZURE_IMPORT_DUPLICATE: 'warning',
  /** What was read from each input. */
  AZURE_IMPORT_READ: 'info',
  /** A field the plan needs is missing or null in the input: the plan's default applies (info) or a guess would be wrong (warning). */
  AZURE_IMPORT_MISSING: 'warning or info',
  /** A value the plan document cannot hold (e.g. outboundType managedNATGatewayV2); left out. */
  AZURE_IMPORT_UNSUPPORTED: 'warning',
  /** A value read in another form: Paid → Standard, a VirtualMachines pool's count summed from its sizes. */
  AZURE_IMPORT_CONVERTED: 'info',
  /** Subnet purposes the import inferred from which pools and settings name each subnet. */
  AZURE_IMPORT_SUBNET_PURPOSES: 'info',
  /** A subnet named by the cluster is not in the pasted VNet (or no VNet was pasted): its prefixes are unknown. */
  AZURE_IMPORT_SUBNET_NOT_IN_VNET: 'warning',
  /** Node pools from `az aks nodepool list` replaced or added to those of `az aks show` (warning when a pool is missing from the list). */
  AZURE_IMPORT_POOLS_MERGED: 'warning or info',
  /** Something the input says that the plan does not model, reported once (current pod IP use, AKS-managed VNet). */
  AZURE_IMPORT_NOTE: 'info',
  /** An unexpected failure inside the importer (a bug): nothing was imported. */
  AZURE_IMPORT_FAILED: 'error',
} as const satisfies Record<string, Severity | 'warning or info'>;

export type AzureImportCode = keyof typeof AZURE_IMPORT_CODES;

/** Rule name the import findings carry (they come from no aks-rules.md rule). */
export const IMPORT_RULE = 'import';

/**
 * Builds an import finding.
 *
 * @example importFinding('AZURE_IMPORT_NOT_JSON', 'error', undefined, 'The VNet box is not JSON.').rule // 'import'
 */
export function importFinding(
  code: AzureImportCode,
  severity: Severity,
  path: string | undefined,
  message: string,
): Finding {
  return finding(code, severity, IMPORT_RULE, path, message);
}

/**
 * Collects import findings: at most MAX_FINDINGS_PER_CODE of a code, as reports do (20,000 pasted
 * pools each missing a field made 40,000 findings); `listed()` adds one finding counting the rest.
 */
export class ImportFindings {
  private readonly list = new FindingList();

  /** The findings listed so far, in the order added. */
  get items(): Finding[] {
    return this.list.items;
  }

  add(code: AzureImportCode, severity: Severity, path: string | undefined, message: string): void {
    this.list.add(code, severity, IMPORT_RULE, path, message);
  }

  /** The listed findings, then one per code that had more than MAX_FINDINGS_PER_CODE. */
  listed(): Finding[] {
    return this.list.listed();
  }
}
