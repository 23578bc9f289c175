import type { ImportFindings } from './import-finding.ts';
import type { ImportedPool } from './import-types.ts';
import { readAgentPool } from './agent-pool.ts';

/**
 * Reads `az aks nodepool list` output: a list of AgentPool resources, flattened by the CLI
 * (`typePropertiesType` holds the pool kind) or REST-shaped (`properties: {…}`).
 *
 * @example readNodepoolList([{ name: 'apps', count: 2 }], 'nodepoolList', new ImportFindings())[0]?.path // 'nodepoolList[0]'
 */
export function readNodepoolList(
  list: readonly unknown[],
  path: string,
  findings: ImportFindings,
): ImportedPool[] {
  return list
    .map((pool, index) => readAgentPool(pool, `${path}[${index}]`, findings))
    .filter((pool): pool is ImportedPool => pool !== null);
}
