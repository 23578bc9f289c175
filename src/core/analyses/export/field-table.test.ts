import { describe, expect, it } from 'vitest';
import { evaluate } from '../../report/evaluate-plan.ts';
import type { PlanDocument, PlanReport } from '../../types.ts';
import { SCENARIOS } from '../../../testing/scenarios.ts';
import { exportText } from '../../../testing/export-text.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';
import { bicepString, hclString, shellWord } from './quote.ts';

/**
 * The field table: for every plan field the formats deploy, the az flag, the Bicep property and the
 * Terraform attribute that carry it. For every scenario, each format must write each field with the
 * plan's value (or the default the planner applied), so a field dropped from one format fails here.
 */
type Value = string | number | boolean | string[];

interface Row {
  field: string;
  /** The value the plan deploys; undefined: the field is not written for this plan. */
  value: (plan: PlanDocument, report: PlanReport) => Value | undefined;
  az: string;
  bicep: string;
  terraform: string;
}

const applied = (report: PlanReport, path: string): string | undefined =>
  report.defaultsApplied.find((d) => d.path === path)?.value;
const ownPodCidrs = (report: PlanReport): boolean =>
  ['overlay', 'kubenet', 'none'].includes(report.cluster.networkPlugin);
const dual = (report: PlanReport): boolean => report.cluster.ipFamilies.length > 1;
const API_PLUGIN: Record<string, string> = {
  overlay: 'azure',
  azureNodeSubnet: 'azure',
  azurePodSubnet: 'azure',
  kubenet: 'kubenet',
  none: 'none',
};

export const CLUSTER_FIELD_TABLE: Row[] = [
  {
    field: 'cluster.tier',
    value: (_p, r) => r.cluster.tier,
    az: '--tier',
    bicep: 'tier',
    terraform: 'sku_tier',
  },
  {
    field: 'cluster.kubernetesVersion',
    value: (p) => p.cluster?.kubernetesVersion,
    az: '--kubernetes-version',
    bicep: 'kubernetesVersion',
    terraform: 'kubernetes_version',
  },
  {
    field: 'cluster.networkPlugin',
    value: (_p, r) => API_PLUGIN[r.cluster.networkPlugin],
    az: '--network-plugin',
    bicep: 'networkPlugin',
    terraform: 'network_plugin',
  },
  {
    field: 'cluster.networkPlugin (overlay mode)',
    value: (_p, r) => (r.cluster.networkPlugin === 'overlay' ? 'overlay' : undefined),
    az: '--network-plugin-mode',
    bicep: 'networkPluginMode',
    terraform: 'network_plugin_mode',
  },
  {
    field: 'cluster.networkDataplane',
    // Kubenet and BYO CNI: written only when the plan states it (else the AKS default applies).
    value: (p, r) =>
      p.cluster?.networkDataplane ??
      (['kubenet', 'none'].includes(r.cluster.networkPlugin)
        ? undefined
        : applied(r, 'cluster.networkDataplane')),
    az: '--network-dataplane',
    bicep: 'networkDataplane',
    terraform: 'network_data_plane',
  },
  {
    field: 'cluster.networkPolicy',
    value: (p, r) => {
      const policy = p.cluster?.networkPolicy ?? applied(r, 'cluster.networkPolicy') ?? 'none';
      return policy === 'none' ? undefined : policy; // none: Terraform leaves the attribute out
    },
    az: '--network-policy',
    bicep: 'networkPolicy',
    terraform: 'network_policy',
  },
  {
    field: 'cluster.outboundType',
    value: (p, r) => p.cluster?.outboundType ?? applied(r, 'cluster.outboundType') ?? 'loadBalancer',
    az: '--outbound-type',
    bicep: 'outboundType',
    terraform: 'outbound_type',
  },
  {
    field: 'cluster.ipFamilies',
    value: (_p, r) => r.cluster.ipFamilies,
    az: '--ip-families',
    bicep: 'ipFamilies',
    terraform: 'ip_versions',
  },
  {
    field: 'cluster.podCidrs',
    value: (p, r) =>
      !ownPodCidrs(r) ? undefined : (p.cluster?.podCidrs ?? r.podRanges.map((range) => range.cidr)),
    az: '--pod-cidr',
    bicep: 'podCidrs',
    terraform: 'pod_cidrs',
  },
  {
    field: 'cluster.serviceCidrs',
    value: (p, r) => p.cluster?.serviceCidrs ?? r.serviceRanges.map((range) => range.cidr),
    az: '--service-cidr',
    bicep: 'serviceCidrs',
    terraform: 'service_cidrs',
  },
  {
    field: 'cluster.dnsServiceIp',
    value: (p, r) => p.cluster?.dnsServiceIp ?? applied(r, 'cluster.dnsServiceIp'),
    az: '--dns-service-ip',
    bicep: 'dnsServiceIP',
    terraform: 'dns_service_ip',
  },
];

/** Per pool: the value and the three spellings (the first System pool is created with the cluster). */
export const POOL_FIELD_TABLE: {
  field: string;
  value: (report: PlanReport, i: number) => Value | undefined;
  az: string;
  bicep: string;
  terraform: string;
}[] = [
  { field: 'mode', value: (r, i) => r.nodePools[i]?.mode, az: '--mode', bicep: 'mode', terraform: 'mode' },
  {
    field: 'osType',
    value: (r, i) => r.nodePools[i]?.osType,
    az: '--os-type',
    bicep: 'osType',
    terraform: 'os_type',
  },
  {
    field: 'count',
    value: (r, i) => r.nodePools[i]?.count,
    az: '--node-count',
    bicep: 'count',
    terraform: 'node_count',
  },
  {
    field: 'maxPods',
    value: (r, i) => r.nodePools[i]?.maxPods,
    az: '--max-pods',
    bicep: 'maxPods',
    terraform: 'max_pods',
  },
  {
    field: 'maxSurge',
    value: (r, i) => r.nodePools[i]?.maxSurge,
    az: '--max-surge',
    bicep: 'maxSurge',
    terraform: 'max_surge',
  },
];

function azHas(text: string, flag: string, value: Value, report: PlanReport): boolean {
  if (Array.isArray(value)) {
    const plural = dual(report) && (flag === '--pod-cidr' || flag === '--service-cidr') ? `${flag}s` : flag;
    return text.includes(`${plural} ${shellWord(value.join(','))}`);
  }
  return text.includes(`${flag} ${typeof value === 'string' ? shellWord(value) : String(value)}`);
}

function bicepHas(text: string, property: string, value: Value): boolean {
  if (Array.isArray(value)) {
    const items = value.map((v) => `\\s+${escape(bicepString(v))}`).join('');
    return new RegExp(`\\b${property}: \\[${items}\\s+\\]`).test(text);
  }
  const literal = typeof value === 'string' ? bicepString(value) : String(value);
  return new RegExp(`\\b${property}: ${escape(literal)}\\n`).test(text);
}

function terraformHas(text: string, attribute: string, value: Value): boolean {
  const literal = Array.isArray(value)
    ? `[${value.map(hclString).join(', ')}]`
    : typeof value === 'string'
      ? hclString(value)
      : String(value);
  return new RegExp(`\\b${attribute} += ${escape(literal)}\\n`).test(text);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The part of each format that configures pool `name` (its command, profile or block). */
function poolSections(texts: { az: string; bicep: string; terraform: string }, name: string, first: boolean) {
  const az = texts.az
    .split('\n\n')
    .filter((b) =>
      first
        ? b.includes('az aks create') || b.includes('az aks nodepool update')
        : b.includes(`az aks nodepool add`) && b.includes(`--name ${shellWord(name)} `),
    )
    .join('\n');
  const lines = texts.bicep.split('\n');
  const start = lines.indexOf(`        name: ${bicepString(name)}`);
  const bicep = start < 0 ? '' : lines.slice(start, lines.indexOf('      }', start)).join('\n') + '\n';
  const terraform = first
    ? texts.terraform.slice(
        texts.terraform.indexOf('  default_node_pool {'),
        texts.terraform.indexOf('\n  }\n', texts.terraform.indexOf('  default_node_pool {')) + 1,
      )
    : (texts.terraform
        .split('\n}\n')
        .find(
          (b) => b.includes('azurerm_kubernetes_cluster_node_pool') && b.includes(`= ${hclString(name)}\n`),
        ) ?? '');
  return { az, bicep, terraform };
}

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('field table: %s', (_id, s) => {
  const plan = s.plan;
  const evaluation = evaluate(plan);
  const report = evaluation.report;
  const texts = {
    az: exportText(azCliCommands(evaluation)),
    bicep: exportText(bicepTemplate(evaluation)),
    terraform: exportText(terraformConfig(evaluation)),
  };

  it.each(CLUSTER_FIELD_TABLE.map((row) => [row.field, row] as const))(
    '%s in az, Bicep and Terraform',
    (_f, row) => {
      const value = row.value(plan, report);
      if (value === undefined) return;
      expect({
        az: azHas(texts.az, row.az, value, report),
        bicep: bicepHas(texts.bicep, row.bicep, value),
        terraform: terraformHas(texts.terraform, row.terraform, value),
      }).toEqual({ az: true, bicep: true, terraform: true });
    },
  );

  it('every pool with its mode, OS, count, max pods and surge in all three formats', () => {
    const systemIndex = report.nodePools.findIndex((p) => p.mode === 'System');
    report.nodePools.forEach((pool, i) => {
      const first = i === systemIndex;
      const sections = poolSections(texts, pool.name, first);
      for (const row of POOL_FIELD_TABLE) {
        const value = row.value(report, i);
        if (value === undefined) continue;
        // The System pool is created by az aks create / default_node_pool, which take no mode or OS.
        const azValue = first && (row.field === 'mode' || row.field === 'osType') ? undefined : value;
        const tfValue = first && (row.field === 'mode' || row.field === 'osType') ? undefined : value;
        expect(
          {
            az: azValue === undefined || azHas(sections.az, row.az, azValue, report),
            bicep: bicepHas(sections.bicep, row.bicep, value),
            terraform: tfValue === undefined || terraformHas(sections.terraform, row.terraform, tfValue),
          },
          `${pool.name} ${row.field}`,
        ).toEqual({ az: true, bicep: true, terraform: true });
      }
      if (plan.vnet !== undefined && pool.subnet !== null) {
        expect(sections.az).toMatch(/--vnet-subnet-id "\$\w+_ID"/);
        expect(sections.bicep).toMatch(/vnetSubnetID: subnet_\w+\.id\n/);
        expect(sections.terraform).toMatch(/vnet_subnet_id += azurerm_subnet\.\w+\.id\n/);
      }
    });
  });

  it('userDefinedRouting gives the node subnets a route table in every format', () => {
    const udr = (plan.cluster?.outboundType ?? 'loadBalancer') === 'userDefinedRouting';
    expect(texts.az.includes('--route-table "$ROUTE_TABLE_NAME"')).toBe(udr);
    expect(texts.bicep.includes('routeTable: {\n            id: routeTable.id')).toBe(udr);
    expect(texts.terraform.includes('resource "azurerm_subnet_route_table_association"')).toBe(udr);
  });

  it('a VNet of the plan: the identity gets Network Contributor on the subnets it uses, in every format', () => {
    const roles = (text: string, pattern: RegExp): number => text.split(pattern).length - 1;
    const expected =
      plan.vnet === undefined
        ? 0
        : new Set(
            report.nodePools
              .map((p) => p.subnet)
              .concat((plan.vnet.subnets ?? []).filter((x) => x.purpose === 'apiServer').map((x) => x.name)),
          ).size;
    expect(roles(texts.az, /az role assignment create/)).toBe(expected);
    expect(roles(texts.bicep, /'Microsoft\.Authorization\/roleAssignments@/)).toBe(expected);
    expect(roles(texts.terraform, /resource "azurerm_role_assignment"/)).toBe(expected);
  });
});

describe('refusals are the same in every format', () => {
  it.each([
    [
      'no System pool',
      { schemaVersion: 1, nodePools: [{ name: 'apps', mode: 'User', count: 2 }] },
      'EXPORT_NO_SYSTEM_POOL',
    ],
    [
      'a pool whose subnet the VNet lacks',
      {
        schemaVersion: 1,
        vnet: {
          name: 'v',
          addressSpace: ['10.0.0.0/16'],
          subnets: [{ name: 'a', addressPrefixes: ['10.0.0.0/24'] }],
        },
        nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'missing' }],
      },
      'EXPORT_SUBNET_NOT_FOUND',
    ],
    [
      'userDefinedRouting without a VNet',
      {
        schemaVersion: 1,
        cluster: { outboundType: 'userDefinedRouting' },
        nodePools: [{ name: 'system', mode: 'System' }],
      },
      'EXPORT_NEEDS_VNET',
    ],
    [
      'a tier not in the list',
      { schemaVersion: 1, cluster: { tier: 'Gold$(id)' }, nodePools: [{ name: 'system', mode: 'System' }] },
      'EXPORT_VALUE_NOT_IN_LIST',
    ],
  ] as const)('%s', (_name, doc, code) => {
    const plan = doc as unknown as PlanDocument;
    const evaluation = evaluate(plan);
    const results = [azCliCommands(evaluation), bicepTemplate(evaluation), terraformConfig(evaluation)];
    const findings = results.map((r) => (r.ok ? null : r.findings));
    expect(findings[0]?.map((f) => f.code)).toContain(code);
    expect(findings[1]).toEqual(findings[0]);
    expect(findings[2]).toEqual(findings[0]);
  });
});
