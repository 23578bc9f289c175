import type { Evaluation } from '../../report/evaluation.ts';
import { headerLines, keptLines } from './comments.ts';
import type { ExportOptions } from './export-check.ts';
import type { ExportModel, ExportPool, ExportResult, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, NETWORK_CONTRIBUTOR_ROLE_ID, exportResult } from './export-model.ts';
import { bicepString, commentText, uniqueIdentifier } from './quote.ts';

/** API versions the snippet is written against (all GA). */
export const BICEP_API_VERSIONS = {
  virtualNetworks: '2024-05-01',
  routeTables: '2024-05-01',
  userAssignedIdentities: '2023-01-31',
  roleAssignments: '2022-04-01',
  managedClusters: '2025-05-01',
} as const;

/** A Bicep expression written as is (a parameter, a property access, a function call). */
class Raw {
  constructor(readonly text: string) {}
}

type BicepValue = string | number | boolean | Raw | BicepValue[] | { [key: string]: BicepValue | undefined };

const raw = (text: string): Raw => new Raw(text);
const comment = (text: string): string => `// ${text}`;

/** Bicep text for a value: every string from the plan goes through bicepString here. */
function render(value: BicepValue, indent: string): string {
  if (value instanceof Raw) return value.text;
  if (typeof value === 'string') return bicepString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${render(item, inner)}`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(
    (entry): entry is [string, BicepValue] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${key}: ${render(item, inner)}`).join('\n')}\n${indent}}`;
}

const resource = (symbol: string, type: string, body: BicepValue, existing = false): string =>
  `resource ${symbol} '${type}'${existing ? ' existing' : ''} = ${render(body, '')}`;

/** Symbolic names of the subnets the cluster uses, by subnet name. */
function subnetSymbols(model: ExportModel): Map<string, string> {
  const taken = new Set(['vnet', 'aks', 'identity', 'routeTable']);
  const symbols = new Map<string, string>();
  for (const s of model.vnet?.used ?? []) {
    if (!symbols.has(s.name)) symbols.set(s.name, `subnet_${uniqueIdentifier(s.name, taken, 'lower')}`);
  }
  return symbols;
}

function agentPool(pool: ExportPool, subnetId: (s: ExportSubnet) => Raw): BicepValue {
  return {
    name: pool.name,
    mode: pool.mode,
    osType: pool.osType,
    vmSize: raw('nodeVmSize'),
    count: pool.count,
    enableAutoScaling: pool.enableAutoScaling,
    minCount: pool.enableAutoScaling ? pool.minCount : undefined,
    maxCount: pool.enableAutoScaling ? pool.maxCount : undefined,
    maxPods: pool.maxPods,
    vnetSubnetID: pool.subnet === null ? undefined : subnetId(pool.subnet),
    podSubnetID: pool.podSubnet === null ? undefined : subnetId(pool.podSubnet),
    podIPAllocationMode: pool.podIpAllocationMode ?? undefined,
    upgradeSettings: { maxSurge: pool.maxSurge },
  };
}

/** The VNet (declared, or referenced when it exists), the route table, the identity and its roles. */
function networkResources(model: ExportModel, symbols: Map<string, string>): string[] {
  const vnet = model.vnet;
  if (vnet === null)
    return [comment('No VNet in the plan: AKS creates and manages the VNet and its subnet.')];
  const v = BICEP_API_VERSIONS;
  const out: string[] = [];
  if (vnet.routed.length > 0) {
    out.push(
      resource('routeTable', `Microsoft.Network/routeTables@${v.routeTables}`, {
        name: EXPORT_PLACEHOLDERS.routeTableName,
        location: raw('location'),
        properties: {
          routes: [
            {
              name: 'default-egress',
              properties: {
                addressPrefix: '0.0.0.0/0',
                nextHopType: 'VirtualAppliance',
                nextHopIpAddress: raw('firewallPrivateIp'),
              },
            },
          ],
        },
      }),
    );
  }
  if (vnet.exists) {
    out.push(
      resource(
        'vnet',
        `Microsoft.Network/virtualNetworks@${v.virtualNetworks}`,
        { name: raw('vnetName') },
        true,
      ),
    );
  } else {
    out.push(
      resource('vnet', `Microsoft.Network/virtualNetworks@${v.virtualNetworks}`, {
        name: raw('vnetName'),
        location: raw('location'),
        properties: {
          addressSpace: { addressPrefixes: vnet.addressSpace },
          subnets: vnet.subnets.map((s) => ({
            name: s.name,
            properties: {
              addressPrefixes: s.prefixes,
              delegations:
                s.delegatedTo === null
                  ? undefined
                  : [{ name: 'delegation', properties: { serviceName: s.delegatedTo } }],
              routeTable: vnet.routed.includes(s) ? { id: raw('routeTable.id') } : undefined,
            },
          })),
        },
      }),
    );
  }
  for (const s of vnet.used) {
    const symbol = symbols.get(s.name) ?? 'subnet';
    out.push(
      resource(
        symbol,
        `Microsoft.Network/virtualNetworks/subnets@${v.virtualNetworks}`,
        { parent: raw('vnet'), name: s.name },
        true,
      ),
    );
  }
  out.push(
    resource('identity', `Microsoft.ManagedIdentity/userAssignedIdentities@${v.userAssignedIdentities}`, {
      name: EXPORT_PLACEHOLDERS.identityName,
      location: raw('location'),
    }),
  );
  for (const s of vnet.used) {
    const symbol = symbols.get(s.name) ?? 'subnet';
    out.push(
      resource(`${symbol}_access`, `Microsoft.Authorization/roleAssignments@${v.roleAssignments}`, {
        name: raw(`guid(${symbol}.id, identity.id, '${NETWORK_CONTRIBUTOR_ROLE_ID}')`),
        scope: raw(symbol),
        properties: {
          roleDefinitionId: raw(
            `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${NETWORK_CONTRIBUTOR_ROLE_ID}')`,
          ),
          principalId: raw('identity.properties.principalId'),
          principalType: 'ServicePrincipal',
        },
      }),
    );
  }
  return out;
}

function renderTemplate(model: ExportModel): string {
  const vnet = model.vnet;
  const header = headerLines(model, 'Bicep', 'deploy');
  if (vnet !== null && vnet.resourceGroup !== null) {
    header.push(
      `Deploy this file to the VNet's resource group, ${commentText(vnet.resourceGroup)}: a role assignment on a subnet is deployed in the subnet's resource group.`,
    );
  }
  const out: string[] = [header.map(comment).join('\n')];
  const params = [
    'param location string = resourceGroup().location',
    `param clusterName string = ${bicepString(model.clusterName)}`,
    `@description('VM size of every node pool (not part of the plan).')`,
    `param nodeVmSize string = ${bicepString(EXPORT_PLACEHOLDERS.nodeVmSize)}`,
  ];
  if (vnet !== null) params.push(`param vnetName string = ${bicepString(vnet.name)}`);
  if (vnet !== null && vnet.routed.length > 0) {
    params.push(
      `@description('Private IP of the firewall or network virtual appliance the default route leads to.')`,
      'param firewallPrivateIp string',
    );
  }
  out.push(params.join('\n'));
  const kept = keptLines(model);
  if (kept.length > 0) out.push(kept.map(comment).join('\n'));

  const symbols = subnetSymbols(model);
  const subnetId = (s: ExportSubnet): Raw => raw(`${symbols.get(s.name) ?? 'subnet'}.id`);
  out.push(...networkResources(model, symbols));

  const apiServer = vnet?.apiServerSubnet ?? null;
  const cluster: BicepValue = {
    name: raw('clusterName'),
    location: raw('location'),
    sku: { name: 'Base', tier: model.tier },
    identity:
      vnet === null
        ? { type: 'SystemAssigned' }
        : { type: 'UserAssigned', userAssignedIdentities: { "'${identity.id}'": {} } },
    properties: {
      kubernetesVersion: model.kubernetesVersion ?? undefined,
      dnsPrefix: raw('clusterName'),
      agentPoolProfiles: model.pools.map((pool) => agentPool(pool, subnetId)),
      networkProfile: {
        networkPlugin: model.networkPlugin,
        networkPluginMode: model.networkPluginMode ?? undefined,
        networkDataplane: model.dataplane ?? undefined,
        networkPolicy: model.policy,
        outboundType: model.outboundType,
        ipFamilies: model.ipFamilies,
        podCidrs: model.podCidrs.length === 0 ? undefined : model.podCidrs,
        serviceCidrs: model.serviceCidrs.length === 0 ? undefined : model.serviceCidrs,
        dnsServiceIP: model.dnsServiceIp ?? undefined,
      },
      apiServerAccessProfile:
        !model.privateCluster && apiServer === null
          ? undefined
          : {
              enablePrivateCluster: model.privateCluster,
              enableVnetIntegration: apiServer === null ? undefined : true,
              subnetId: apiServer === null ? undefined : subnetId(apiServer),
            },
    },
    dependsOn:
      vnet === null ? undefined : vnet.used.map((s) => raw(`${symbols.get(s.name) ?? 'subnet'}_access`)),
  };
  out.push(
    resource(
      'aks',
      `Microsoft.ContainerService/managedClusters@${BICEP_API_VERSIONS.managedClusters}`,
      cluster,
    ),
  );
  return `${out.join('\n\n')}\n`;
}

/**
 * A Bicep file for the plan: the VNet with its subnets and route table (a VNet of its own) or a
 * reference to the existing one, the cluster's user-assigned identity with Network Contributor on the
 * subnets it uses, and the AKS managed cluster with its network profile, every node pool and the API
 * server access profile, in the REST API's property names. Refuses (findings, no code) a plan that
 * exportProblems rejects.
 *
 * @example bicepTemplate(evaluate(plan)) // { ok: true, text: "…networkPluginMode: 'overlay'…" }
 */
export function bicepTemplate(evaluation: Evaluation, options: ExportOptions = {}): ExportResult {
  return exportResult(evaluation, options, renderTemplate);
}
