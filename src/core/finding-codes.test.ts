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

  it('the list holds the 79 codes of §4', () => {
    expect(Object.keys(RULEBOOK_CODES)).toHaveLength(79);
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
