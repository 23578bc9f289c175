import type { Evaluation } from '../../report/evaluation.ts';
import { headerLines, keptLines } from './comments.ts';
import type { ExportOptions } from './export-check.ts';
import type { ExportModel, ExportPool, ExportResult, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, NETWORK_CONTRIBUTOR_ROLE_ID, exportResult } from './export-model.ts';
import { commentText, shellWord, uniqueIdentifier } from './quote.ts';

/** One command: `az …` then one `--flag value` per continuation line. */
function command(head: string, args: (string | null)[]): string {
  const lines = [head, ...args.filter((a): a is string => a !== null).map((a) => `  ${a}`)];
  return lines.join(' \\\n');
}

/** A flag and its value; every value from the plan goes through shellWord here. */
const flag = (name: string, value: string | number): string =>
  `${name} ${typeof value === 'number' ? String(value) : shellWord(value)}`;
/** A flag whose value is a shell expression the exporter wrote (a quoted variable). */
const flagRaw = (name: string, expression: string): string => `${name} ${expression}`;
const comment = (text: string): string => `# ${text}`;

/** Shell variables holding each subnet's resource ID, by subnet name. */
function subnetIdVariables(model: ExportModel): Map<string, string> {
  const taken = new Set([
    'RESOURCE_GROUP',
    'LOCATION',
    'CLUSTER_NAME',
    'NODE_VM_SIZE',
    'VNET_NAME',
    'IDENTITY',
  ]);
  const variables = new Map<string, string>();
  for (const subnet of model.vnet?.subnets ?? []) {
    if (!variables.has(subnet.name)) {
      variables.set(subnet.name, `${uniqueIdentifier(subnet.name, taken, 'upper')}_ID`);
    }
  }
  return variables;
}

function poolFlags(pool: ExportPool, subnetId: (subnet: ExportSubnet) => string): (string | null)[] {
  return [
    flag('--node-count', pool.count),
    pool.enableAutoScaling ? '--enable-cluster-autoscaler' : null,
    pool.enableAutoScaling ? flag('--min-count', pool.minCount) : null,
    pool.enableAutoScaling ? flag('--max-count', pool.maxCount) : null,
    flag('--max-pods', pool.maxPods),
    pool.subnet === null ? null : flagRaw('--vnet-subnet-id', subnetId(pool.subnet)),
    pool.podSubnet === null ? null : flagRaw('--pod-subnet-id', subnetId(pool.podSubnet)),
    pool.podIpAllocationMode === null ? null : flag('--pod-ip-allocation-mode', pool.podIpAllocationMode),
  ];
}

/** Route table, VNet and subnets for a VNet of the plan's own. */
function networkCommands(model: ExportModel): string[] {
  const vnet = model.vnet;
  if (vnet === null || vnet.exists) return [];
  const out: string[] = [];
  if (vnet.routed.length > 0) {
    out.push(
      [
        comment(
          'Route table for outbound type userDefinedRouting: the default route leads to your firewall.',
        ),
        command('az network route-table create', [
          '--resource-group "$VNET_RESOURCE_GROUP"',
          '--name "$ROUTE_TABLE_NAME"',
          '--location "$LOCATION"',
        ]),
        command('az network route-table route create', [
          '--resource-group "$VNET_RESOURCE_GROUP"',
          '--route-table-name "$ROUTE_TABLE_NAME"',
          flag('--name', 'default-egress'),
          flag('--address-prefix', '0.0.0.0/0'),
          flag('--next-hop-type', 'VirtualAppliance'),
          '--next-hop-ip-address "$FIREWALL_PRIVATE_IP"',
        ]),
      ].join('\n'),
    );
  }
  out.push(
    [
      comment('VNet and subnets'),
      command('az network vnet create', [
        '--resource-group "$VNET_RESOURCE_GROUP"',
        '--name "$VNET_NAME"',
        '--location "$LOCATION"',
        vnet.addressSpace.length === 0
          ? null
          : flagRaw('--address-prefixes', vnet.addressSpace.map(shellWord).join(' ')),
      ]),
    ].join('\n'),
  );
  const declared = new Set<string>();
  for (const s of vnet.subnets) {
    if (declared.has(s.name)) continue;
    declared.add(s.name);
    out.push(
      command('az network vnet subnet create', [
        '--resource-group "$VNET_RESOURCE_GROUP"',
        '--vnet-name "$VNET_NAME"',
        flag('--name', s.name),
        s.prefixes.length === 0 ? null : flagRaw('--address-prefixes', s.prefixes.map(shellWord).join(' ')),
        s.delegatedTo === null ? null : flag('--delegations', s.delegatedTo),
        vnet.routed.includes(s) ? '--route-table "$ROUTE_TABLE_NAME"' : null,
      ]),
    );
  }
  return out;
}

/** The subnet ID lookups, the cluster identity and its role on each subnet the cluster uses. */
function identityCommands(model: ExportModel, idVariables: Map<string, string>): string[] {
  const vnet = model.vnet;
  if (vnet === null) return [];
  const lookups = vnet.used.map((s) => {
    const name = idVariables.get(s.name) ?? 'SUBNET_ID';
    return s.id !== null
      ? `${name}=${shellWord(s.id)}`
      : `${name}="$(az network vnet subnet show --resource-group "$VNET_RESOURCE_GROUP" --vnet-name "$VNET_NAME" --name ${shellWord(s.name)} --query id --output tsv)"`;
  });
  return [
    [comment('Resource IDs of the subnets the cluster uses'), ...lookups].join('\n'),
    [
      comment('The cluster identity, with Network Contributor on each subnet it uses'),
      command('az identity create', [
        '--resource-group "$RESOURCE_GROUP"',
        '--name "$IDENTITY_NAME"',
        '--location "$LOCATION"',
      ]),
      'IDENTITY_ID="$(az identity show --resource-group "$RESOURCE_GROUP" --name "$IDENTITY_NAME" --query id --output tsv)"',
      'IDENTITY_PRINCIPAL_ID="$(az identity show --resource-group "$RESOURCE_GROUP" --name "$IDENTITY_NAME" --query principalId --output tsv)"',
      ...vnet.used.map((s) =>
        command('az role assignment create', [
          '--assignee-object-id "$IDENTITY_PRINCIPAL_ID"',
          flag('--assignee-principal-type', 'ServicePrincipal'),
          flag('--role', NETWORK_CONTRIBUTOR_ROLE_ID),
          flagRaw('--scope', `"$${idVariables.get(s.name) ?? 'SUBNET_ID'}"`),
        ]),
      ),
    ].join('\n'),
  ];
}

function render(model: ExportModel): string {
  const vnet = model.vnet;
  const out: string[] = [
    [
      '#!/usr/bin/env bash',
      // Plan values are single-quoted on purpose; shellcheck's notes SC2016, SC1003 and SC2088 (a $, \' or a leading ~ inside quotes) are what we want.
      '# shellcheck disable=SC1003,SC2016,SC2088 # plan values are single-quoted: nothing in them expands',
      ...headerLines(model, 'Azure CLI commands', 'run').map(comment),
    ].join('\n'),
    'set -euo pipefail',
  ];
  const variables = [
    `RESOURCE_GROUP=${shellWord(EXPORT_PLACEHOLDERS.resourceGroup)}   # the cluster's resource group`,
    `LOCATION=${shellWord(EXPORT_PLACEHOLDERS.location)}`,
    `CLUSTER_NAME=${shellWord(model.clusterName)}`,
    `NODE_VM_SIZE=${shellWord(EXPORT_PLACEHOLDERS.nodeVmSize)}   # not part of the plan`,
  ];
  if (vnet !== null) {
    variables.push(
      vnet.resourceGroup === null
        ? 'VNET_RESOURCE_GROUP="$RESOURCE_GROUP"'
        : `VNET_RESOURCE_GROUP=${shellWord(vnet.resourceGroup)}`,
      `VNET_NAME=${shellWord(vnet.name)}`,
      `IDENTITY_NAME=${shellWord(EXPORT_PLACEHOLDERS.identityName)}`,
    );
    if (vnet.routed.length > 0) {
      variables.push(
        `ROUTE_TABLE_NAME=${shellWord(EXPORT_PLACEHOLDERS.routeTableName)}`,
        ': "${FIREWALL_PRIVATE_IP:?Set FIREWALL_PRIVATE_IP to the private IP of your firewall or network virtual appliance}"',
      );
    }
  }
  out.push(variables.join('\n'));
  const kept = keptLines(model);
  if (kept.length > 0) out.push(kept.map(comment).join('\n'));

  const idVariables = subnetIdVariables(model);
  const subnetId = (subnet: ExportSubnet): string => `"$${idVariables.get(subnet.name) ?? 'SUBNET_ID'}"`;
  if (vnet === null)
    out.push(comment('No VNet in the plan: AKS creates and manages the VNet and its subnet.'));
  out.push(...networkCommands(model), ...identityCommands(model, idVariables));

  const [system, ...others] = model.pools;
  if (system === undefined) return `${out.join('\n\n')}\n`; // prepareExport refuses a plan without one
  const dualStack = model.ipFamilies.length > 1;
  const apiServer = vnet?.apiServerSubnet ?? null;
  out.push(
    `${comment(`AKS cluster, created with node pool ${commentText(system.name)} (${system.mode}, ${system.osType})`)}\n${command(
      'az aks create',
      [
        '--resource-group "$RESOURCE_GROUP"',
        '--name "$CLUSTER_NAME"',
        '--location "$LOCATION"',
        flag('--tier', model.tier),
        model.kubernetesVersion === null ? null : flag('--kubernetes-version', model.kubernetesVersion),
        flag('--network-plugin', model.networkPlugin),
        model.networkPluginMode === null ? null : flag('--network-plugin-mode', model.networkPluginMode),
        model.dataplane === null ? null : flag('--network-dataplane', model.dataplane),
        flag('--network-policy', model.policy),
        flag('--outbound-type', model.outboundType),
        flag('--ip-families', model.ipFamilies.join(',')),
        model.podCidrs.length === 0
          ? null
          : flag(dualStack ? '--pod-cidrs' : '--pod-cidr', model.podCidrs.join(',')),
        model.serviceCidrs.length === 0
          ? null
          : flag(dualStack ? '--service-cidrs' : '--service-cidr', model.serviceCidrs.join(',')),
        model.dnsServiceIp === null ? null : flag('--dns-service-ip', model.dnsServiceIp),
        model.privateCluster ? '--enable-private-cluster' : null,
        apiServer === null ? null : '--enable-apiserver-vnet-integration',
        apiServer === null ? null : flagRaw('--apiserver-subnet-id', subnetId(apiServer)),
        vnet === null ? null : '--assign-identity "$IDENTITY_ID"',
        flag('--nodepool-name', system.name),
        '--node-vm-size "$NODE_VM_SIZE"',
        ...poolFlags(system, subnetId),
        '--generate-ssh-keys',
      ],
    )}`,
  );
  out.push(
    [
      comment(
        `az aks create takes no --max-surge: set the upgrade surge of pool ${commentText(system.name)} once it exists.`,
      ),
      command('az aks nodepool update', [
        '--resource-group "$RESOURCE_GROUP"',
        '--cluster-name "$CLUSTER_NAME"',
        flag('--name', system.name),
        flag('--max-surge', system.maxSurge),
      ]),
    ].join('\n'),
  );
  for (const pool of others) {
    out.push(
      [
        comment(`Node pool ${commentText(pool.name)} (${pool.mode}, ${pool.osType})`),
        command('az aks nodepool add', [
          '--resource-group "$RESOURCE_GROUP"',
          '--cluster-name "$CLUSTER_NAME"',
          flag('--name', pool.name),
          flag('--mode', pool.mode),
          flag('--os-type', pool.osType),
          '--node-vm-size "$NODE_VM_SIZE"',
          ...poolFlags(pool, subnetId),
          flag('--max-surge', pool.maxSurge),
        ]),
      ].join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * Azure CLI commands for the plan: for a VNet of its own the route table (userDefinedRouting), the
 * VNet and its subnets; for an existing VNet only lookups; the cluster identity with Network
 * Contributor on the subnets it uses; `az aks create` with the network profile and the first System
 * pool, then `az aks nodepool add` for every other pool. Refuses (findings, no code) a plan that
 * exportProblems rejects.
 *
 * @example azCliCommands(evaluate(plan)) // { ok: true, text: '#!/usr/bin/env bash\n…--network-plugin-mode overlay…' }
 */
export function azCliCommands(evaluation: Evaluation, options: ExportOptions = {}): ExportResult {
  return exportResult(evaluation, options, render);
}
