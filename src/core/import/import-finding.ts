import type { Finding, Severity } from '../types.ts';
import { finding, FindingList } from '../model/finding.ts';
import { AZURE_IMPORT_CODE_ENTRIES } from '../rules/catalog/other-codes.ts';
import type { AzureImportCode } from '../rules/catalog/finding-codes.ts';

/**
 * The codes an Azure import reports (besides parsePlanDocument's PLAN_* codes), with their severity;
 * the catalog (rules/catalog/other-codes.ts) holds them with when each is raised. Paths in these
 * findings are JSON paths into the pasted input, rooted at the command it came from:
 * `aksShow.agentPoolProfiles[2].upgradeSettings.maxSurge`, `vnetShow.subnets[1]`, `nodepoolList[0].count`.
 *
 * @example AZURE_IMPORT_CODES.AZURE_IMPORT_NOT_JSON // 'error'
 */
export const AZURE_IMPORT_CODES = /* @__PURE__ */ Object.fromEntries(
  Object.entries(AZURE_IMPORT_CODE_ENTRIES).map(([code, entry]) => [code, entry.severity]),
) as { readonly [Code in AzureImportCode]: (typeof AZURE_IMPORT_CODE_ENTRIES)[Code]['severity'] };

export type { AzureImportCode };

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
