/**
 * Plan builders and finding assertions shared by the core's unit tests (not a test file itself).
 * Every builder returns a valid PlanDocument that evaluates with no findings; a test tweaks one field.
 */
import { expect } from 'vitest';
import type {
  ClusterPlan,
  ConnectedNetwork,
  Finding,
  FindingCode,
  NodePoolPlan,
  PlanDocument,
  PlanReport,
  Severity,
  SubnetPlan,
  VnetPlan,
} from '../core/types.ts';
import { evaluatePlan } from '../core/report/evaluate-plan.ts';

export interface PlanOverrides {
  /** Merged into the base cluster. */
  cluster?: ClusterPlan;
  /** Merged into the base VNet (its `subnets`, when given, replace the base subnets). */
  vnet?: VnetPlan;
  /** Appended after the base subnets. */
  subnets?: SubnetPlan[];
  /** Merged into the first (system) pool. */
  pool?: NodePoolPlan;
  /** Appended after the base pools. */
  extraPools?: NodePoolPlan[];
  /** Replaces every pool. */
  nodePools?: NodePoolPlan[];
  connectedNetworks?: ConnectedNetwork[];
  /** Leave the VNet out: the AKS-managed VNet is assumed. */
  managedVnet?: boolean;
}

/** A subnet with one or more prefixes. */
export function subnet(
  name: string,
  prefixes: string | string[],
  extra: Partial<SubnetPlan> = {},
): SubnetPlan {
  return { name, addressPrefixes: Array.isArray(prefixes) ? prefixes : [prefixes], ...extra };
}

/** A user pool of `count` Linux nodes (default 3). */
export function userPool(name: string, extra: NodePoolPlan = {}): NodePoolPlan {
  return { name, mode: 'User', count: 3, ...extra };
}

function build(base: PlanDocument, overrides: PlanOverrides): PlanDocument {
  const baseVnet = base.vnet ?? {};
  const vnet: VnetPlan = {
    ...baseVnet,
    ...overrides.vnet,
    subnets: [...(overrides.vnet?.subnets ?? baseVnet.subnets ?? []), ...(overrides.subnets ?? [])],
  };
  const [first, ...rest] = base.nodePools;
  const pools = overrides.nodePools ?? [
    { ...first, ...overrides.pool },
    ...rest,
    ...(overrides.extraPools ?? []),
  ];
  const plan: PlanDocument = {
    schemaVersion: 1,
    cluster: { ...base.cluster, ...overrides.cluster },
    nodePools: pools,
  };
  if (overrides.managedVnet !== true) plan.vnet = vnet;
  const connected = overrides.connectedNetworks ?? base.connectedNetworks;
  if (connected !== undefined) plan.connectedNetworks = connected;
  return plan;
}

/**
 * Azure CNI Overlay: VNet vnet-aks 10.224.0.0/12 in rg-aks, subnet snet-nodes 10.224.0.0/22
 * (1,019 usable), one System pool `system` of 3 nodes. Pod CIDR, service CIDR, DNS IP, tier, maxPods
 * and maxSurge take their documented defaults (10.244.0.0/16, 10.0.0.0/16, 10.0.0.10, Standard, 250, 10%).
 */
export function overlayPlan(overrides: PlanOverrides = {}): PlanDocument {
  return build(
    {
      schemaVersion: 1,
      cluster: { networkPlugin: 'overlay' },
      vnet: {
        name: 'vnet-aks',
        resourceGroup: 'rg-aks',
        addressSpace: ['10.224.0.0/12'],
        subnets: [subnet('snet-nodes', '10.224.0.0/22')],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    },
    overrides,
  );
}

/** The overlay plan on kubenet (pod CIDR 10.244.0.0/16, maxPods default 110). */
export function kubenetPlan(overrides: PlanOverrides = {}): PlanDocument {
  return overlayPlan({ ...overrides, cluster: { networkPlugin: 'kubenet', ...overrides.cluster } });
}

/**
 * Azure CNI Pod Subnet: snet-nodes 10.224.0.0/22 for nodes, snet-pods 10.228.0.0/16 (65,531 usable)
 * for pods; the system pool uses both with maxPods 30 (set, so no R29 warning).
 */
export function podSubnetPlan(overrides: PlanOverrides = {}): PlanDocument {
  return overlayPlan({
    ...overrides,
    cluster: { networkPlugin: 'azurePodSubnet', ...overrides.cluster },
    vnet: {
      subnets: [
        subnet('snet-nodes', '10.224.0.0/22'),
        subnet('snet-pods', '10.228.0.0/16', { purpose: 'pods' }),
      ],
      ...overrides.vnet,
    },
    pool: { subnet: 'snet-nodes', podSubnet: 'snet-pods', maxPods: 30, ...overrides.pool },
  });
}

/**
 * Dual-stack overlay: VNet 10.224.0.0/12 + fd00:10::/48, snet-nodes 10.224.0.0/22 + fd00:10::/64,
 * ipFamilies IPv4, IPv6 with the documented dual-stack defaults for pods and services.
 */
export function dualStackPlan(overrides: PlanOverrides = {}): PlanDocument {
  return overlayPlan({
    ...overrides,
    cluster: { ipFamilies: ['IPv4', 'IPv6'], ...overrides.cluster },
    vnet: {
      addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
      subnets: [subnet('snet-nodes', ['10.224.0.0/22', 'fd00:10::/64'])],
      ...overrides.vnet,
    },
  });
}

export function evaluate(plan: PlanDocument): PlanReport {
  return evaluatePlan(plan);
}

export function codesOf(report: { findings: Finding[] }): FindingCode[] {
  return report.findings.map((f) => f.code);
}

export function findingsWith(report: { findings: Finding[] }, code: FindingCode): Finding[] {
  return report.findings.filter((f) => f.code === code);
}

/** Asserts a finding with this code at this path and severity, and returns it. */
export function expectFinding(
  report: { findings: Finding[] },
  code: FindingCode,
  severity: Severity,
  path: string | undefined,
): Finding {
  const hit = report.findings.find((f) => f.code === code && f.path === path);
  expect(
    hit,
    `${code} at ${path ?? '(no path)'}; got ${JSON.stringify(report.findings.map((f) => [f.code, f.path]))}`,
  ).toBeDefined();
  expect(hit?.severity).toBe(severity);
  return hit as Finding;
}

/** Asserts no finding with this code (at this path, when given). */
export function expectNoFinding(report: { findings: Finding[] }, code: FindingCode, path?: string): void {
  const hits = report.findings.filter((f) => f.code === code && (path === undefined || f.path === path));
  expect(hits, `unexpected ${code}: ${hits.map((f) => f.message).join(' | ')}`).toEqual([]);
}

/** Asserts the report has no findings of severity error or warning. */
export function expectNoProblems(report: PlanReport): void {
  const problems = report.findings.filter((f) => f.severity !== 'info');
  expect(problems.map((f) => `${f.code} ${f.path ?? ''}: ${f.message}`)).toEqual([]);
}
