import type { NetworkPlugin } from '../types.ts';
import { PLAN_DEFAULTS } from '../model/defaults.ts';

const ASSUMED_PLUGIN = PLAN_DEFAULTS['cluster.networkPlugin'].value({});
import type { ImportFindings } from './import-finding.ts';
import type { ImportedCluster, ImportedPool } from './import-types.ts';
import { childPath, describeJson } from './json-value.ts';

/**
 * The plan's network plugin from `networkProfile.networkPlugin` and `networkPluginMode`:
 * azure + overlay → overlay; azure without a mode → azurePodSubnet when a pool has a pod subnet,
 * else azureNodeSubnet (flat, legacy); kubenet; none (bring your own CNI).
 *
 * @example networkPluginOf({ value: 'azure', path: 'p' }, 'Overlay', [], new ImportFindings()) // 'overlay'
 */
export function networkPluginOf(
  plugin: ImportedCluster['networkPlugin'],
  mode: string | undefined,
  pools: readonly ImportedPool[],
  findings: ImportFindings,
): NetworkPlugin | undefined {
  if (plugin === undefined) return undefined;
  const name = plugin.value.toLowerCase();
  const pluginMode = mode?.toLowerCase();
  if (name === 'azure') {
    if (pluginMode === 'overlay') return 'overlay';
    if (pluginMode === undefined) {
      return pools.some((pool) => pool.podSubnetId !== undefined) ? 'azurePodSubnet' : 'azureNodeSubnet';
    }
    findings.add(
      'AZURE_IMPORT_UNSUPPORTED',
      'warning',
      plugin.path.replace(/networkPlugin$/, 'networkPluginMode'),
      `Network plugin mode "${mode ?? ''}" is not one the planner knows (overlay, or none for flat Azure CNI); the plugin was left out, so the planner assumes ${ASSUMED_PLUGIN}.`,
    );
    return undefined;
  }
  if (name === 'kubenet') return 'kubenet';
  if (name === 'none') return 'none';
  findings.add(
    'AZURE_IMPORT_UNSUPPORTED',
    'warning',
    plugin.path,
    `Network plugin ${plugin.value === '' ? 'of an unexpected type' : describeJson(plugin.value)} is not one the planner knows (azure, kubenet, none); it was left out, so the planner assumes ${ASSUMED_PLUGIN}.`,
  );
  return undefined;
}

/**
 * The plan's pod CIDRs: `podCidrs ?? [podCidr]` as AKS reports them. Flat Azure CNI has none (null
 * is normal there); for overlay and kubenet a missing pod CIDR is reported (the default would be a
 * guess), and for BYO CNI no default is ever filled in (R56).
 */
export function podCidrsOf(
  plugin: NetworkPlugin | undefined,
  cluster: ImportedCluster,
  findings: ImportFindings,
): unknown {
  if (cluster.podCidrs !== undefined) return cluster.podCidrs.value;
  if (!cluster.hasNetworkProfile) return undefined;
  const path = childPath(cluster.networkProfilePath, 'podCidrs');
  if (plugin === 'overlay' || plugin === 'kubenet') {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      path,
      `The ${plugin} cluster reports no pod CIDR; the planner assumes the AKS default ${PLAN_DEFAULTS['cluster.podCidrs'].value({ dualStack: false }).join(', ')}. Check it.`,
    );
  } else if (plugin === 'none') {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      path,
      'The cluster brings its own CNI and AKS reports no pod CIDR for it (before API 2026-01-01 it never did); enter the range your CNI assigns pods from (R56).',
    );
  }
  return undefined;
}
