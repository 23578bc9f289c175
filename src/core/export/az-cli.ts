import type { PlanDocument, PlanReport } from '../types.ts';
import type { ExportModel, ExportPool, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, exportModel } from './export-model.ts';
import { commentText, headerLines, shellQuoted, shellWord, uniqueIdentifier } from './quote.ts';

/** One command: `az …` then one `--flag value` per continuation line. */
function command(head: string, args: (string | null)[]): string {
  const lines = [head, ...args.filter((a): a is string => a !== null).map((a) => `  ${a}`)];
  return lines.join(' \\\n');
}

const flag = (name: string, value: string | number): string =>
  `${name} ${typeof value === 'number' ? String(value) : value}`;

/** Shell variables holding each subnet's resource ID, by subnet name. */
function subnetIdVariables(model: ExportModel): Map<string, string> {
  const taken = new Set(['RESOURCE_GROUP', 'LOCATION', 'CLUSTER_NAME', 'NODE_VM_SIZE', 'VNET_NAME']);
  const variables = new Map<string, string>();
  for (const subnet of model.vnet?.subnets ?? []) {
    if (!variables.has(subnet.name)) {
      variables.set(subnet.name, `${uniqueIdentifier(subnet.name, taken, 'upper')}_ID`);
    }
  }
  return variables;
}

function poolFlags(
  pool: ExportPool,
  subnetId: (subnet: ExportSubnet) => string,
  model: ExportModel,
): (string | null)[] {
  return [
    flag('--node-count', pool.count),
    pool.enableAutoScaling ? '--enable-cluster-autoscaler' : null,
    pool.enableAutoScaling ? flag('--min-count', pool.minCount) : null,
    pool.enableAutoScaling ? flag('--max-count', pool.maxCount) : null,
    flag('--max-pods', pool.maxPods),
    pool.subnet === null ? null : flag('--vnet-subnet-id', subnetId(pool.subnet)),
    pool.podSubnet === null ? null : flag('--pod-subnet-id', subnetId(pool.podSubnet)),
    model.podSubnets && pool.podIpAllocationMode !== null
      ? flag('--pod-ip-allocation-mode', pool.podIpAllocationMode)
      : null,
  ];
}

/**
 * Azure CLI commands for the plan: `az network vnet create` and `az network vnet subnet create` for a
 * VNet of its own, `az aks create` with the network profile and the first System pool, then
 * `az aks nodepool add` for every other pool. Values come from the plan, defaults from the report.
 *
 * @example azCliCommands(plan, evaluatePlan(plan)).includes('--network-plugin-mode overlay') // true for overlay
 */
export function azCliCommands(plan: PlanDocument, report: PlanReport): string {
  const model = exportModel(plan, report);
  const vnet = model.vnet;
  const out: string[] = [];
  const header = [
    '#!/usr/bin/env bash',
    ...headerLines(model.title, 'Azure CLI commands').map((l) => `# ${l}`),
  ];
  if (model.errorCount > 0) {
    header.push(
      `# The planner found ${model.errorCount} error${model.errorCount === 1 ? '' : 's'} in this plan; correct the plan before you run this.`,
    );
  }
  out.push(header.join('\n'), 'set -euo pipefail');

  const variables = [
    `RESOURCE_GROUP=${shellQuoted(EXPORT_PLACEHOLDERS.resourceGroup)}   # the cluster's resource group`,
    `LOCATION=${shellQuoted(EXPORT_PLACEHOLDERS.location)}`,
    `CLUSTER_NAME=${shellQuoted(model.clusterName)}`,
    `NODE_VM_SIZE=${shellQuoted(EXPORT_PLACEHOLDERS.nodeVmSize)}   # not part of the plan`,
  ];
  if (vnet !== null) {
    variables.push(
      vnet.resourceGroup === null
        ? 'VNET_RESOURCE_GROUP="$RESOURCE_GROUP"'
        : `VNET_RESOURCE_GROUP=${shellQuoted(vnet.resourceGroup)}`,
      `VNET_NAME=${shellQuoted(vnet.name)}`,
    );
  }
  out.push(variables.join('\n'));

  if (model.connectedNetworks.length > 0 || model.podCidrExpansion !== null) {
    const lines = ['# Address space the plan keeps clear (nothing here may overlap it):'];
    for (const n of model.connectedNetworks) {
      lines.push(`#   ${commentText(n.name)} (${n.kind}): ${n.prefixes.map(commentText).join(', ')}`);
    }
    if (model.podCidrExpansion !== null) {
      lines.push(`#   planned pod CIDR expansion: ${commentText(model.podCidrExpansion)}`);
    }
    out.push(lines.join('\n'));
  }

  const idVariables = subnetIdVariables(model);
  const subnetId = (subnet: ExportSubnet): string => `"$${idVariables.get(subnet.name) ?? 'SUBNET_ID'}"`;

  if (vnet === null) {
    out.push('# No VNet in the plan: AKS creates and manages the VNet and its subnet.');
  } else {
    const creates: string[] = [
      command('az network vnet create', [
        '--resource-group "$VNET_RESOURCE_GROUP"',
        '--name "$VNET_NAME"',
        '--location "$LOCATION"',
        vnet.addressSpace.length === 0
          ? null
          : flag('--address-prefixes', vnet.addressSpace.map(shellWord).join(' ')),
      ]),
      ...vnet.subnets.map((s) =>
        command('az network vnet subnet create', [
          '--resource-group "$VNET_RESOURCE_GROUP"',
          '--vnet-name "$VNET_NAME"',
          flag('--name', shellWord(s.name)),
          s.prefixes.length === 0 ? null : flag('--address-prefixes', s.prefixes.map(shellWord).join(' ')),
          s.delegatedTo === null ? null : flag('--delegations', shellWord(s.delegatedTo)),
        ]),
      ),
    ];
    const blocks = vnet.exists ? creates.map((c) => c.replace(/^/gm, '# ')) : creates;
    blocks[0] = `${
      vnet.exists
        ? '# The plan carries Azure resource IDs of its subnets: the VNet exists, so these stay commented out.'
        : '# VNet and subnets'
    }\n${blocks[0] ?? ''}`;
    out.push(...blocks);
    const used = new Set<string>();
    for (const pool of model.pools) {
      if (pool.subnet !== null) used.add(pool.subnet.name);
      if (pool.podSubnet !== null) used.add(pool.podSubnet.name);
    }
    if (vnet.apiServerSubnet !== null) used.add(vnet.apiServerSubnet.name);
    const lookups = vnet.subnets
      .filter((s, i) => used.has(s.name) && vnet.subnets.findIndex((t) => t.name === s.name) === i)
      .map((s) => {
        const name = idVariables.get(s.name) ?? 'SUBNET_ID';
        return s.id !== null
          ? `${name}=${shellQuoted(s.id)}`
          : `${name}=$(az network vnet subnet show --resource-group "$VNET_RESOURCE_GROUP" --vnet-name "$VNET_NAME" --name ${shellWord(s.name)} --query id --output tsv)`;
      });
    if (lookups.length > 0)
      out.push(['# Resource IDs of the subnets the cluster uses', ...lookups].join('\n'));
  }

  const [system, ...others] = model.pools;
  const dualStack = model.ipFamilies.length > 1;
  const apiServer = vnet?.apiServerSubnet ?? null;
  out.push(
    `${
      system === undefined
        ? '# The plan has no node pool: az aks create makes one with its defaults.'
        : `# AKS cluster, created with node pool ${commentText(system.name)} (${system.mode}, ${system.osType})`
    }\n${command('az aks create', [
      '--resource-group "$RESOURCE_GROUP"',
      '--name "$CLUSTER_NAME"',
      '--location "$LOCATION"',
      flag('--tier', model.tier),
      model.kubernetesVersion === null
        ? null
        : flag('--kubernetes-version', shellWord(model.kubernetesVersion)),
      flag('--network-plugin', model.networkPlugin),
      model.networkPluginMode === null ? null : flag('--network-plugin-mode', model.networkPluginMode),
      model.dataplane === null ? null : flag('--network-dataplane', model.dataplane),
      flag('--network-policy', model.policy),
      flag('--outbound-type', model.outboundType),
      flag('--ip-families', model.ipFamilies.join(',')),
      model.podCidrs.length === 0
        ? null
        : dualStack
          ? flag('--pod-cidrs', shellWord(model.podCidrs.join(',')))
          : flag('--pod-cidr', shellWord(model.podCidrs.join(','))),
      model.serviceCidrs.length === 0
        ? null
        : dualStack
          ? flag('--service-cidrs', shellWord(model.serviceCidrs.join(',')))
          : flag('--service-cidr', shellWord(model.serviceCidrs.join(','))),
      model.dnsServiceIp === null ? null : flag('--dns-service-ip', shellWord(model.dnsServiceIp)),
      model.privateCluster ? '--enable-private-cluster' : null,
      apiServer === null ? null : '--enable-apiserver-vnet-integration',
      apiServer === null ? null : flag('--apiserver-subnet-id', subnetId(apiServer)),
      system === undefined ? null : flag('--nodepool-name', shellWord(system.name)),
      '--node-vm-size "$NODE_VM_SIZE"',
      ...(system === undefined ? [] : poolFlags(system, subnetId, model)),
      '--generate-ssh-keys',
    ])}`,
  );
  if (system !== undefined) {
    out.push(
      [
        `# az aks create takes no --max-surge: set the upgrade surge of pool ${commentText(system.name)} once it exists.`,
        command('az aks nodepool update', [
          '--resource-group "$RESOURCE_GROUP"',
          '--cluster-name "$CLUSTER_NAME"',
          flag('--name', shellWord(system.name)),
          flag('--max-surge', shellWord(system.maxSurge)),
        ]),
      ].join('\n'),
    );
  }
  for (const pool of others) {
    out.push(
      [
        `# Node pool ${commentText(pool.name)} (${pool.mode}, ${pool.osType})`,
        command('az aks nodepool add', [
          '--resource-group "$RESOURCE_GROUP"',
          '--cluster-name "$CLUSTER_NAME"',
          flag('--name', shellWord(pool.name)),
          flag('--mode', pool.mode),
          flag('--os-type', pool.osType),
          '--node-vm-size "$NODE_VM_SIZE"',
          ...poolFlags(pool, subnetId, model),
          flag('--max-surge', shellWord(pool.maxSurge)),
        ]),
      ].join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
