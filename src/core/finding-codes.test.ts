/**
 * Guard against a rule silently dropped: every finding code of aks-rules.md §4 must occur in a
 * `findings.add('CODE', …)` call of the core's source, with the severity §4 gives it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Severity = 'error' | 'warning' | 'info';

/** aks-rules.md §4, one row per code ("A / B" rows split), severity as the core spells it. */
const RULEBOOK_CODES: Record<string, Severity | 'error or warning'> = {
  CIDR_INVALID: 'error',
  CIDR_HOST_BITS_SET: 'error or warning', // ERROR for VNet and subnet prefixes; WARN for pod, service, connected
  SUBNET_TOO_SMALL: 'error',
  SUBNET_TOO_LARGE: 'error',
  SUBNET_LARGER_THAN_SLASH8: 'warning',
  VNET_PRIVATE_IP_LIMIT: 'error',
  POD_SUBNET_SCALE_ABOVE_50K: 'info',
  IPV6_SUBNET_NOT_64: 'error',
  VNET_FORBIDDEN_RANGE: 'error',
  VNET_NON_PRIVATE_RANGE: 'warning',
  NODE_SUBNET_DELEGATED: 'error',
  SUBNET_ROLE_CONFLICT: 'error',
  SUBNETS_IN_DIFFERENT_VNETS: 'error',
  SUBNET_INSUFFICIENT_FOR_NODES: 'error',
  SUBNET_INSUFFICIENT_FOR_UPGRADE: 'warning',
  APISERVER_SUBNET_TOO_SMALL: 'error',
  POD_CIDR_TOO_SMALL: 'error',
  POD_CIDR_TOO_LARGE: 'warning',
  POD_CIDR_INSUFFICIENT_BLOCKS: 'error',
  POD_CIDR_INSUFFICIENT_FOR_UPGRADE: 'warning',
  EXCEEDS_SUPPORTED_POD_SCALE: 'info',
  POD_CIDR_OVERLAPS_SUBNET: 'error',
  POD_CIDR_IN_VNET_SPACE: 'warning',
  POD_CIDR_PUBLIC_UNSUPPORTED: 'warning',
  OVERLAPS_CONNECTED_NETWORK: 'error',
  POD_CIDR_EXPANSION_NOT_SUPERSET: 'error',
  POD_CIDR_EXPANSION_IPV6_UNSUPPORTED: 'error',
  WINDOWS_MAXPODS_ABOVE_110: 'warning',
  WINDOWS_CILIUM_UNSUPPORTED: 'error',
  KUBENET_NODE_LIMIT: 'error',
  KUBENET_UPGRADE_EXCEEDS_400: 'warning',
  KUBENET_SUBNET_SHARED: 'error',
  KUBENET_RETIRING: 'info',
  STATIC_BLOCK_WASTE: 'info',
  STATIC_BLOCK_SUBNET_TOO_LARGE: 'error',
  STATIC_BLOCK_K8S_VERSION: 'error',
  POD_SUBNET_MIXED_MODES: 'error',
  POD_SUBNET_INSUFFICIENT: 'error',
  POD_SUBNET_INSUFFICIENT_FOR_UPGRADE: 'warning',
  MAX_PODS_OUT_OF_RANGE: 'error',
  MAX_PODS_POOL_MIN_30: 'error',
  MAX_PODS_DEFAULT_DISPUTED: 'warning',
  CLUSTER_NODE_LIMIT: 'error',
  POOL_NODE_LIMIT: 'error',
  POOL_COUNT_LIMIT: 'error',
  FREE_TIER_OVER_10_NODES: 'warning',
  SYSTEM_POOL_UNDER_2: 'warning',
  SYSTEM_POOL_SURGE_ZERO: 'error',
  POOL_NAME_INVALID: 'error',
  NAME_TOO_LONG: 'error',
  NAME_INVALID_LABEL_CHARS: 'error',
  NPM_OVER_250_NODES: 'warning',
  UPGRADE_EXCEEDS_POOL_LIMIT: 'warning',
  UPGRADE_BLOCKED_AT_NODE_LIMIT: 'warning',
  SERVICE_CIDR_TOO_LARGE: 'error',
  SERVICE_CIDR_TOO_SMALL: 'error',
  SERVICE_CIDR_AT_AKS_DOC_LIMIT: 'warning',
  SERVICE_CIDR_OVERLAPS_SUBNET: 'error',
  SERVICE_CIDR_IN_VNET_SPACE: 'warning',
  POD_SERVICE_OVERLAP: 'error',
  SERVICE_CIDR_MULTICAST: 'error',
  SERVICE_CIDR_PUBLIC: 'warning',
  DNS_IP_NOT_IPV4: 'error',
  DNS_IP_OUTSIDE_SERVICE_CIDR: 'error',
  DNS_IP_IS_NETWORK_ADDRESS: 'error',
  DNS_IP_IS_BROADCAST: 'error',
  DNS_IP_IS_KUBERNETES_DEFAULT: 'error',
  DNS_IP_NOT_DOT10: 'info',
  RESERVED_RANGE_OVERLAP: 'error',
  DOCKER_BRIDGE_LEGACY_RANGE: 'info',
  DUALSTACK_PLUGIN_UNSUPPORTED: 'error',
  DUALSTACK_K8S_VERSION: 'error',
  DUALSTACK_KUBENET_LEGACY: 'warning',
  DUALSTACK_FAMILY_UNSUPPORTED: 'error',
  DUALSTACK_COUNT_MISMATCH: 'error',
  DUALSTACK_ORDER_MISMATCH: 'error',
  DUALSTACK_FEATURE_UNSUPPORTED: 'error',
  DUALSTACK_SUBNET_NOT_DUAL: 'error',
  BYOCNI_POD_CIDR_REQUIRED: 'error',
  // Revision 2026-12-06: new rules R62–R69 (D19, D21, D22) …
  VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE: 'warning',
  APISERVER_SUBNET_NOT_DELEGATED: 'error',
  AGC_SUBNET_TOO_SMALL: 'error',
  AGC_SUBNET_NOT_DELEGATED: 'error',
  AGC_SUBNET_OVERLAY_NOT_24: 'warning',
  CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN: 'error',
  NETWORK_POLICY_DATAPLANE_MISMATCH: 'error',
  OUTBOUND_TYPE_VNET_MISMATCH: 'error',
  SYSTEM_POOL_NOT_LINUX: 'error',
  NPM_OVER_20000_PODS: 'warning',
  NPM_WINDOWS_RETIRING: 'error',
  NPM_LINUX_RETIRING: 'info',
  DUALSTACK_STATIC_BLOCK_UNDOCUMENTED: 'warning',
  // … and the codes the core already emitted, which §4 now lists.
  SUBNET_NO_IPV4: 'error',
  SUBNETS_OVERLAP: 'error',
  SUBNET_OUTSIDE_VNET: 'error',
  VNET_SPACE_OVERLAP: 'error',
  SUBNET_NAME_DUPLICATE: 'error',
  SUBNET_NAME_EMPTY: 'error',
  SUBNET_NO_PREFIX: 'error',
  VNET_SUBNET_LIMIT: 'error',
  VNET_PEERING_LIMIT: 'error',
  POOL_SUBNET_NOT_FOUND: 'error',
  AUTOSCALE_RANGE_INVALID: 'error',
  AUTOSCALE_COUNT_OUT_OF_RANGE: 'warning',
  POD_CIDR_EXPANSION_UNSUPPORTED: 'error',
  KUBENET_WINDOWS_UNSUPPORTED: 'error',
  KUBENET_AZURE_POLICY_UNSUPPORTED: 'error',
  POD_SUBNET_MISSING: 'error',
  POD_SUBNET_IGNORED: 'info',
  POD_CIDR_IGNORED: 'info',
  NO_SYSTEM_POOL: 'error',
  MAX_SURGE_INVALID: 'error',
  K8S_VERSION_INVALID: 'warning',
  POOL_NAME_DUPLICATE: 'error',
  DUALSTACK_IPV6_LB_LOCAL_POLICY: 'info',
};

const coreDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `findings.add('CODE', SEVERITY` call in the core: code → the severity expressions used. */
function addCalls(): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  const pattern = /findings\.add\(\s*'([A-Z0-9_]+)',\s*([^,]+),/g;
  for (const file of sourceFiles(coreDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const [, code = '', severity = ''] = match;
      calls.set(code, [...(calls.get(code) ?? []), severity.trim()]);
    }
  }
  return calls;
}

describe('aks-rules.md §4 finding codes in the core source', () => {
  const calls = addCalls();

  it('the list holds the 115 codes of §4 (revision 2026-12-06; INTERNAL_ERROR is checked below)', () => {
    expect(Object.keys(RULEBOOK_CODES)).toHaveLength(115);
  });

  it.each(Object.entries(RULEBOOK_CODES))('%s is raised by a findings.add call, as %s', (code, severity) => {
    const used = calls.get(code);
    expect(used, `no findings.add('${code}', …) in src/core`).toBeDefined();
    if (severity === 'error or warning') {
      // Chosen per field (R1): the call computes it.
      expect(used?.some((s) => s.includes("'error'") && s.includes("'warning'"))).toBe(true);
    } else {
      for (const s of used ?? []) expect(s).toBe(`'${severity}'`);
    }
  });
});

/** Every code the core can emit: findings.add calls, PLAN_/SHARE_/PROPOSAL_/EXPORT_ literals, the import codes, INTERNAL_ERROR. */
function emittedCodes(): Set<string> {
  const codes = new Set(addCalls().keys());
  for (const file of sourceFiles(coreDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /'((?:PLAN|SHARE|AZURE_IMPORT|PROPOSAL|EXPORT)_[A-Z_]+|INTERNAL_ERROR)'/g,
    ))
      codes.add(match[1] ?? '');
  }
  return codes;
}

/** The codes docs/finding-codes.md lists: the first cell of each table row ("A / B" cells split). */
function documentedCodes(): Set<string> {
  const text = readFileSync(join(coreDir, '../../docs/finding-codes.md'), 'utf8');
  const codes = new Set<string>();
  for (const match of text.matchAll(/^\|\s*([A-Z][A-Z0-9_]+(?:\s*\/\s*[A-Z][A-Z0-9_]+)*)\s*\|/gm))
    for (const code of (match[1] ?? '').split('/')) codes.add(code.trim());
  return codes;
}

describe('docs/finding-codes.md lists exactly the codes the core can emit', () => {
  const emitted = emittedCodes();
  const documented = documentedCodes();
  it('every emitted code is documented', () => {
    expect([...emitted].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });
  it('every documented code is emitted', () => {
    expect([...documented].filter((c) => !emitted.has(c)).sort()).toEqual([]);
  });
  it('every §4 code is documented', () => {
    expect(Object.keys(RULEBOOK_CODES).filter((c) => !documented.has(c))).toEqual([]);
    expect(documented.has('INTERNAL_ERROR')).toBe(true);
  });
});
