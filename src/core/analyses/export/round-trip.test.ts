import { describe, expect, it } from 'vitest';
import { evaluate } from '../../report/evaluate-plan.ts';
import type { PlanDocument, PlanReport } from '../../types.ts';
import { SCENARIOS } from '../../../testing/scenarios.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';
import { exportText } from '../../../testing/export-text.ts';
import { shellWord } from './quote.ts';

/** Every CIDR and address the plan states, plus the pod and service CIDRs the report resolved. */
function planCidrs(plan: PlanDocument, report: PlanReport): string[] {
  const c = plan.cluster ?? {};
  const plugin = report.cluster.networkPlugin;
  const ownPodCidrs = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  return [
    ...(ownPodCidrs ? (c.podCidrs ?? report.podRanges.map((r) => r.cidr)) : []),
    ...(c.serviceCidrs ?? report.serviceRanges.map((r) => r.cidr)),
    ...(c.dnsServiceIp === undefined ? [] : [c.dnsServiceIp]),
    ...(c.podCidrExpansion === undefined ? [] : [c.podCidrExpansion]),
    ...(plan.vnet?.addressSpace ?? []),
    ...(plan.vnet?.subnets ?? []).flatMap((s) => s.addressPrefixes),
    ...(plan.connectedNetworks ?? []).flatMap((n) => n.addressPrefixes),
  ];
}

/** `text` holds `value` as a whole token (10.0.0.0/16 is not found inside 110.0.0.0/16). */
function containsToken(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z.:])${escaped}(?![0-9A-Za-z.:/])`).test(text);
}

interface PoolValues {
  name: string;
  count: number;
  enableAutoScaling: boolean;
  minCount: number | null;
  maxCount: number | null;
  maxPods: number;
  maxSurge: string;
}

/** What each pool of the plan says, its resolved defaults filled in from the report. */
function poolValues(plan: PlanDocument, report: PlanReport): PoolValues[] {
  return plan.nodePools.map((pool, i) => {
    const resolved = report.nodePools[i];
    if (resolved === undefined) throw new Error(`no report for pool ${i}`);
    return {
      name: pool.name ?? resolved.name,
      count: pool.count ?? resolved.count,
      enableAutoScaling: pool.enableAutoScaling ?? false,
      minCount: pool.minCount ?? resolved.minCount,
      maxCount: pool.maxCount ?? resolved.maxCount,
      maxPods: pool.maxPods ?? resolved.maxPods,
      maxSurge: pool.maxSurge ?? resolved.maxSurge,
    };
  });
}

/** The commands of the script that configure pool `name`, joined. */
function azPoolText(script: string, name: string, first: boolean): string {
  const blocks = script.split('\n\n');
  return blocks
    .filter((b) =>
      first
        ? b.includes('az aks create') ||
          (b.includes('az aks nodepool update') && b.includes(`--name ${shellWord(name)} `))
        : b.includes('az aks nodepool add') && b.includes(`--name ${shellWord(name)} `),
    )
    .join('\n');
}

/** The agentPoolProfiles entry of pool `name`. */
function bicepPoolText(template: string, name: string): string {
  const lines = template.split('\n');
  const start = lines.indexOf(`        name: '${name}'`);
  if (start < 0) return '';
  const end = lines.indexOf('      }', start);
  return lines.slice(start, end).join('\n');
}

/** default_node_pool for the first pool, else the node pool resource named `name`. */
function terraformPoolText(config: string, name: string, first: boolean): string {
  if (first) {
    const start = config.indexOf('  default_node_pool {');
    return config.slice(start, config.indexOf('\n  }\n', start));
  }
  const blocks = config.split('\n}\n');
  return (
    blocks.find(
      (b) => b.includes('resource "azurerm_kubernetes_cluster_node_pool"') && b.includes(`= "${name}"\n`),
    ) ?? ''
  );
}

type Check = (text: string, label: string, value: string | number) => void;

function expectPool(text: string, pool: PoolValues, check: Check, absent: (label: string) => void): void {
  expect(text, `pool ${pool.name}`).not.toBe('');
  check(text, 'count', pool.count);
  check(text, 'maxPods', pool.maxPods);
  check(text, 'maxSurge', pool.maxSurge);
  if (pool.enableAutoScaling) {
    check(text, 'minCount', pool.minCount ?? NaN);
    check(text, 'maxCount', pool.maxCount ?? NaN);
  } else {
    absent('minCount');
    absent('maxCount');
  }
}

const AZ_FLAGS = {
  count: '--node-count',
  maxPods: '--max-pods',
  maxSurge: '--max-surge',
  minCount: '--min-count',
  maxCount: '--max-count',
} as const;
const BICEP_KEYS = {
  count: 'count',
  maxPods: 'maxPods',
  maxSurge: 'maxSurge',
  minCount: 'minCount',
  maxCount: 'maxCount',
} as const;
const TF_KEYS = {
  count: 'node_count',
  maxPods: 'max_pods',
  maxSurge: 'max_surge',
  minCount: 'min_count',
  maxCount: 'max_count',
} as const;

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('export round trip: %s', (_id, s) => {
  const plan = s.plan;
  const evaluation = evaluate(plan);
  const report = evaluation.report;
  const outputs = {
    az: exportText(azCliCommands(evaluation)),
    bicep: exportText(bicepTemplate(evaluation)),
    terraform: exportText(terraformConfig(evaluation)),
  };
  const pools = poolValues(plan, report);
  const firstSystem = Math.max(
    0,
    report.nodePools.findIndex((p) => p.mode === 'System'),
  );

  it.each(Object.entries(outputs))('%s holds every CIDR of the plan', (_format, text) => {
    for (const cidr of planCidrs(plan, report)) expect(containsToken(text, cidr), cidr).toBe(true);
  });

  it('az: every pool with its count, autoscaler range, max pods and max surge', () => {
    pools.forEach((pool, i) => {
      const text = azPoolText(outputs.az, pool.name, i === firstSystem);
      const key = (label: keyof typeof AZ_FLAGS): string => AZ_FLAGS[label];
      expectPool(
        text,
        pool,
        (t, label, value) =>
          expect(t, `${pool.name} ${label}`).toContain(
            `${key(label as keyof typeof AZ_FLAGS)} ${shellWord(String(value))}`,
          ),
        (label) => expect(text).not.toContain(key(label as keyof typeof AZ_FLAGS)),
      );
      if (pool.enableAutoScaling) expect(text).toContain('--enable-cluster-autoscaler');
    });
  });

  it('bicep: every pool with its count, autoscaler range, max pods and max surge', () => {
    for (const pool of pools) {
      const text = bicepPoolText(outputs.bicep, pool.name);
      expectPool(
        text,
        pool,
        (t, label, value) => {
          const key = BICEP_KEYS[label as keyof typeof BICEP_KEYS];
          expect(t, `${pool.name} ${label}`).toMatch(
            new RegExp(`\\b${key}: ${typeof value === 'number' ? value : `'${value}'`}\\n`),
          );
        },
        (label) => expect(text).not.toContain(`${label}:`),
      );
      expect(text).toContain(`enableAutoScaling: ${pool.enableAutoScaling}`);
    }
  });

  it('terraform: every pool with its count, autoscaler range, max pods and max surge', () => {
    pools.forEach((pool, i) => {
      const text = terraformPoolText(outputs.terraform, pool.name, i === firstSystem);
      expectPool(
        text,
        pool,
        (t, label, value) => {
          const key = TF_KEYS[label as keyof typeof TF_KEYS];
          expect(t, `${pool.name} ${label}`).toMatch(
            new RegExp(`\\b${key} += ${typeof value === 'number' ? value : `"${value}"`}\\n`),
          );
        },
        (label) => expect(text).not.toContain(TF_KEYS[label as keyof typeof TF_KEYS]),
      );
      expect(text).toMatch(new RegExp(`auto_scaling_enabled += ${pool.enableAutoScaling}\\n`));
    });
  });

  it('names the plan in the header of every output', () => {
    const title = plan.title ?? 'AKS address plan';
    expect(outputs.az.split('\n').slice(0, 3)).toEqual([
      '#!/usr/bin/env bash',
      '# shellcheck disable=SC1003,SC2016,SC2088 # plan values are single-quoted: nothing in them expands',
      `# ${title}`,
    ]);
    expect(outputs.bicep.split('\n')[0]).toBe(`// ${title}`);
    expect(outputs.terraform.split('\n')[0]).toBe(`# ${title}`);
    for (const text of Object.values(outputs)) expect(text).toContain('generated by AKS address planner');
  });
});
