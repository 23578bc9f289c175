import type { ImportFindings } from './import-finding.ts';
import type { ImportedPool } from './import-types.ts';
import { formatList } from '../model/format.ts';

const key = (pool: ImportedPool): string | undefined => pool.name?.toLowerCase();

/**
 * The cluster's node pools when both `az aks show` and `az aks nodepool list` were pasted: the list
 * wins for each pool it has (matched by name; it is the more detailed source), in `az aks show`'s
 * order (the first pool matters: R12's private endpoint, the default System pool); pools only in the
 * list come after.
 *
 * @example mergePools([{ name: 'a', fields: { count: 1 }, vnetSubnetId: undefined, podSubnetId: undefined, path: 's' }], [], new ImportFindings()).length // 1
 */
export function mergePools(
  fromShow: readonly ImportedPool[] | undefined,
  fromList: readonly ImportedPool[] | undefined,
  findings: ImportFindings,
): ImportedPool[] {
  if (fromList === undefined) return [...(fromShow ?? [])];
  if (fromShow === undefined) return [...fromList];
  const listed = new Map<string, ImportedPool>();
  for (const pool of fromList) {
    const k = key(pool);
    if (k !== undefined && !listed.has(k)) listed.set(k, pool);
  }
  const used = new Set<ImportedPool>();
  const onlyInShow: string[] = [];
  const merged = fromShow.map((pool) => {
    const k = key(pool);
    const match = k === undefined ? undefined : listed.get(k);
    if (match === undefined) {
      onlyInShow.push(pool.name ?? pool.path);
      return pool;
    }
    used.add(match);
    return match;
  });
  const onlyInList = fromList.filter((pool) => !used.has(pool));
  const parts = [
    used.size > 0
      ? `Node pool${used.size === 1 ? '' : 's'} ${formatList([...used].map((p) => p.name ?? p.path))} ${used.size === 1 ? 'was' : 'were'} read from \`az aks nodepool list\`, which wins over \`az aks show\`.`
      : '',
    onlyInList.length > 0
      ? `${formatList(onlyInList.map((p) => p.name ?? p.path))} ${onlyInList.length === 1 ? 'is' : 'are'} only in the nodepool list and ${onlyInList.length === 1 ? 'was' : 'were'} added.`
      : '',
    onlyInShow.length > 0
      ? `${formatList(onlyInShow)} ${onlyInShow.length === 1 ? 'is' : 'are'} only in \`az aks show\` and ${onlyInShow.length === 1 ? 'was' : 'were'} kept from it (was the list from another cluster?).`
      : '',
  ].filter((p) => p !== '');
  findings.add(
    'AZURE_IMPORT_POOLS_MERGED',
    onlyInShow.length > 0 ? 'warning' : 'info',
    'nodepoolList',
    parts.join(' '),
  );
  return [...merged, ...onlyInList];
}
