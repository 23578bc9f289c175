import type { PlanDocument, PlanReport } from '../types.ts';
import type { ExportModel, ExportPool, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, exportModel } from './export-model.ts';
import { bicepString, commentText, headerLines } from './quote.ts';

/** API versions the snippet is written against (both GA). */
export const BICEP_API_VERSIONS = {
  virtualNetworks: '2024-05-01',
  managedClusters: '2025-05-01',
} as const;

/** A Bicep expression written as is (a parameter, a property access, an interpolated string). */
class Raw {
  constructor(readonly text: string) {}
}

type BicepValue = string | number | boolean | Raw | BicepValue[] | { [key: string]: BicepValue | undefined };

const raw = (text: string): Raw => new Raw(text);

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

/** The text of a string without its quotes, for use inside an interpolated string. */
const bicepInner = (value: string): string => bicepString(value).slice(1, -1);

function subnetReference(model: ExportModel, subnet: ExportSubnet): BicepValue {
  if (subnet.id !== null) return subnet.id;
  if (model.vnet?.exists === true) {
    return raw(
      `resourceId(vnetResourceGroup, 'Microsoft.Network/virtualNetworks/subnets', vnetName, ${bicepString(subnet.name)})`,
    );
  }
  return raw(`'\${vnet.id}/subnets/${bicepInner(subnet.name)}'`);
}

function agentPool(model: ExportModel, pool: ExportPool): BicepValue {
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
    vnetSubnetID: pool.subnet === null ? undefined : subnetReference(model, pool.subnet),
    podSubnetID: pool.podSubnet === null ? undefined : subnetReference(model, pool.podSubnet),
    podIPAllocationMode:
      model.podSubnets && pool.podIpAllocationMode !== null ? pool.podIpAllocationMode : undefined,
    upgradeSettings: { maxSurge: pool.maxSurge },
  };
}

/**
 * A Bicep snippet for the plan: the VNet with its subnets (when the plan has its own) and the AKS
 * managed cluster with its network profile, every node pool and the API server access profile, in
 * the REST API's property names (dnsServiceIP, vnetSubnetID, podIPAllocationMode…).
 *
 * @example bicepTemplate(plan, evaluatePlan(plan)).includes("networkPluginMode: 'overlay'") // true for overlay
 */
export function bicepTemplate(plan: PlanDocument, report: PlanReport): string {
  const model = exportModel(plan, report);
  const vnet = model.vnet;
  const out: string[] = [];
  const header = headerLines(model.title, 'Bicep').map((l) => `// ${l}`);
  if (model.errorCount > 0) {
    header.push(
      `// The planner found ${model.errorCount} error${model.errorCount === 1 ? '' : 's'} in this plan; correct the plan before you deploy this.`,
    );
  }
  if (vnet !== null && vnet.resourceGroup !== null && !vnet.exists) {
    header.push(
      `// The plan puts the VNet in resource group ${commentText(vnet.resourceGroup)}: deploy this file there, or move the VNet into a module scoped to it.`,
    );
  }
  out.push(header.join('\n'));

  const params = [
    'param location string = resourceGroup().location',
    `param clusterName string = ${bicepString(model.clusterName)}`,
    `@description('VM size of every node pool (not part of the plan).')`,
    `param nodeVmSize string = ${bicepString(EXPORT_PLACEHOLDERS.nodeVmSize)}`,
  ];
  if (vnet?.exists === true) {
    params.push(
      `param vnetName string = ${bicepString(vnet.name)}`,
      `param vnetResourceGroup string = ${bicepString(vnet.resourceGroup ?? EXPORT_PLACEHOLDERS.resourceGroup)}`,
    );
  }
  out.push(params.join('\n'));

  if (model.connectedNetworks.length > 0 || model.podCidrExpansion !== null) {
    const lines = ['// Address space the plan keeps clear (nothing here may overlap it):'];
    for (const n of model.connectedNetworks) {
      lines.push(`//   ${commentText(n.name)} (${n.kind}): ${n.prefixes.map(commentText).join(', ')}`);
    }
    if (model.podCidrExpansion !== null) {
      lines.push(`//   planned pod CIDR expansion: ${commentText(model.podCidrExpansion)}`);
    }
    out.push(lines.join('\n'));
  }

  if (vnet === null) {
    out.push('// No VNet in the plan: AKS creates and manages the VNet and its subnet.');
  } else if (vnet.exists) {
    out.push(
      '// The plan carries Azure resource IDs of its subnets: the VNet exists and is not declared here.',
    );
  } else {
    const body: BicepValue = {
      name: vnet.name,
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
          },
        })),
      },
    };
    out.push(
      `resource vnet 'Microsoft.Network/virtualNetworks@${BICEP_API_VERSIONS.virtualNetworks}' = ${render(body, '')}`,
    );
  }

  const apiServer = vnet?.apiServerSubnet ?? null;
  const networkProfile: BicepValue = {
    networkPlugin: model.networkPlugin,
    networkPluginMode: model.networkPluginMode ?? undefined,
    networkDataplane: model.dataplane ?? undefined,
    networkPolicy: model.policy,
    outboundType: model.outboundType,
    ipFamilies: model.ipFamilies,
    podCidrs: model.podCidrs.length === 0 ? undefined : model.podCidrs,
    serviceCidrs: model.serviceCidrs.length === 0 ? undefined : model.serviceCidrs,
    dnsServiceIP: model.dnsServiceIp ?? undefined,
  };
  const cluster: BicepValue = {
    name: raw('clusterName'),
    location: raw('location'),
    sku: { name: 'Base', tier: model.tier },
    identity: { type: 'SystemAssigned' },
    properties: {
      kubernetesVersion: model.kubernetesVersion ?? undefined,
      dnsPrefix: raw('clusterName'),
      agentPoolProfiles: model.pools.map((pool) => agentPool(model, pool)),
      networkProfile,
      apiServerAccessProfile:
        !model.privateCluster && apiServer === null
          ? undefined
          : {
              enablePrivateCluster: model.privateCluster,
              enableVnetIntegration: apiServer === null ? undefined : true,
              subnetId: apiServer === null ? undefined : subnetReference(model, apiServer),
            },
    },
  };
  out.push(
    `resource aks 'Microsoft.ContainerService/managedClusters@${BICEP_API_VERSIONS.managedClusters}' = ${render(cluster, '')}`,
  );
  return `${out.join('\n\n')}\n`;
}
