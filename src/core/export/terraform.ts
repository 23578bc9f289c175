import type { PlanDocument, PlanReport } from '../types.ts';
import type { ExportModel, ExportPool, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, exportModel } from './export-model.ts';
import { commentText, hclString, headerLines, uniqueIdentifier } from './quote.ts';

/** One line of an HCL body: an attribute (its value already HCL text), a nested block, or a comment. */
type HclItem =
  | { kind: 'attr'; key: string; value: string }
  | { kind: 'block'; head: string; body: HclItem[] }
  | { kind: 'comment'; text: string };

const attr = (key: string, value: string): HclItem => ({ kind: 'attr', key, value });
const block = (head: string, body: HclItem[]): HclItem => ({ kind: 'block', head, body });
const str = (value: string): string => hclString(value);
const list = (values: string[]): string => `[${values.map(hclString).join(', ')}]`;

/** Renders a body as `terraform fmt` would: `=` aligned within each run of attributes, blocks set apart. */
function renderBody(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  let run: { key: string; value: string }[] = [];
  const flush = (): void => {
    const width = Math.max(0, ...run.map((a) => a.key.length));
    for (const a of run) lines.push(`${indent}${a.key.padEnd(width)} = ${a.value}`);
    run = [];
  };
  items.forEach((item, i) => {
    if (item.kind === 'attr') {
      run.push(item);
      return;
    }
    flush();
    if (item.kind === 'comment') {
      lines.push(`${indent}# ${item.text}`);
      return;
    }
    if (i > 0 && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    lines.push(`${indent}${item.head} {`, ...renderBody(item.body, `${indent}  `), `${indent}}`);
    const next = items[i + 1];
    if (next !== undefined && next.kind !== 'block') lines.push('');
  });
  flush();
  return lines;
}

function renderBlock(head: string, body: HclItem[]): string {
  return [`${head} {`, ...renderBody(body, '  '), '}'].join('\n');
}

function poolAttributes(
  pool: ExportPool,
  subnetId: (s: ExportSubnet) => string,
  model: ExportModel,
): HclItem[] {
  const items: HclItem[] = [
    attr('auto_scaling_enabled', String(pool.enableAutoScaling)),
    attr('node_count', String(pool.count)),
  ];
  if (pool.enableAutoScaling) {
    items.push(attr('min_count', String(pool.minCount)), attr('max_count', String(pool.maxCount)));
  }
  items.push(attr('max_pods', String(pool.maxPods)));
  if (pool.subnet !== null) items.push(attr('vnet_subnet_id', subnetId(pool.subnet)));
  if (pool.podSubnet !== null) items.push(attr('pod_subnet_id', subnetId(pool.podSubnet)));
  if (model.podSubnets && pool.podIpAllocationMode !== null) {
    items.push(attr('pod_ip_allocation_mode', str(pool.podIpAllocationMode)));
  }
  items.push(block('upgrade_settings', [attr('max_surge', str(pool.maxSurge))]));
  return items;
}

/**
 * A Terraform (azurerm provider 4.x) configuration for the plan: azurerm_virtual_network and one
 * azurerm_subnet per subnet (with delegation blocks), azurerm_kubernetes_cluster whose
 * default_node_pool is the first System pool, and azurerm_kubernetes_cluster_node_pool for the rest.
 *
 * @example terraformConfig(plan, evaluatePlan(plan)).includes('network_plugin_mode = "overlay"') // true for overlay
 */
export function terraformConfig(plan: PlanDocument, report: PlanReport): string {
  const model = exportModel(plan, report);
  const vnet = model.vnet;
  const out: string[] = [];
  const header = headerLines(model.title, 'Terraform (azurerm provider 4.x)').map((l) => `# ${l}`);
  if (model.errorCount > 0) {
    header.push(
      `# The planner found ${model.errorCount} error${model.errorCount === 1 ? '' : 's'} in this plan; correct the plan before you apply this.`,
    );
  }
  out.push(header.join('\n'));

  const variable = (name: string, value: string, description: string): string =>
    renderBlock(`variable "${name}"`, [
      attr('type', 'string'),
      attr('default', str(value)),
      attr('description', str(description)),
    ]);
  out.push(
    variable('resource_group_name', EXPORT_PLACEHOLDERS.resourceGroup, "The cluster's resource group."),
    variable('location', EXPORT_PLACEHOLDERS.location, 'Azure region.'),
    variable('cluster_name', model.clusterName, 'AKS cluster name.'),
    variable(
      'node_vm_size',
      EXPORT_PLACEHOLDERS.nodeVmSize,
      'VM size of every node pool (not part of the plan).',
    ),
  );
  if (vnet !== null) {
    out.push(
      variable(
        'vnet_resource_group_name',
        vnet.resourceGroup ?? EXPORT_PLACEHOLDERS.resourceGroup,
        "The VNet's resource group.",
      ),
    );
  }

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

  const labels = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of vnet?.subnets ?? []) {
    if (!labels.has(s.name)) labels.set(s.name, uniqueIdentifier(s.name, taken, 'lower'));
  }
  const subnetId = (s: ExportSubnet): string =>
    s.id !== null
      ? str(s.id)
      : `${vnet?.exists === true ? 'data.' : ''}azurerm_subnet.${labels.get(s.name) ?? 'subnet'}.id`;

  if (vnet === null) {
    out.push('# No VNet in the plan: AKS creates and manages the VNet and its subnet.');
  } else if (vnet.exists) {
    out.push(
      '# The plan carries Azure resource IDs of its subnets: the VNet exists and is not declared here.',
    );
    const used = new Set<string>();
    for (const pool of model.pools) {
      if (pool.subnet !== null && pool.subnet.id === null) used.add(pool.subnet.name);
      if (pool.podSubnet !== null && pool.podSubnet.id === null) used.add(pool.podSubnet.name);
    }
    if (vnet.apiServerSubnet !== null && vnet.apiServerSubnet.id === null)
      used.add(vnet.apiServerSubnet.name);
    for (const name of used) {
      out.push(
        renderBlock(`data "azurerm_subnet" "${labels.get(name) ?? 'subnet'}"`, [
          attr('name', str(name)),
          attr('virtual_network_name', str(vnet.name)),
          attr('resource_group_name', 'var.vnet_resource_group_name'),
        ]),
      );
    }
  } else {
    out.push(
      renderBlock('resource "azurerm_virtual_network" "aks"', [
        attr('name', str(vnet.name)),
        attr('location', 'var.location'),
        attr('resource_group_name', 'var.vnet_resource_group_name'),
        attr('address_space', list(vnet.addressSpace)),
      ]),
    );
    const declared = new Set<string>();
    for (const s of vnet.subnets) {
      if (declared.has(s.name)) continue;
      declared.add(s.name);
      const body: HclItem[] = [
        attr('name', str(s.name)),
        attr('resource_group_name', 'azurerm_virtual_network.aks.resource_group_name'),
        attr('virtual_network_name', 'azurerm_virtual_network.aks.name'),
        attr('address_prefixes', list(s.prefixes)),
      ];
      if (s.delegatedTo !== null) {
        body.push(
          block('delegation', [
            attr('name', str('delegation')),
            block('service_delegation', [attr('name', str(s.delegatedTo))]),
          ]),
        );
      }
      out.push(renderBlock(`resource "azurerm_subnet" "${labels.get(s.name) ?? 'subnet'}"`, body));
    }
  }

  const [system, ...others] = model.pools;
  const apiServer = vnet?.apiServerSubnet ?? null;
  const network: HclItem[] = [attr('network_plugin', str(model.networkPlugin))];
  if (model.networkPluginMode !== null)
    network.push(attr('network_plugin_mode', str(model.networkPluginMode)));
  if (model.dataplane !== null) network.push(attr('network_data_plane', str(model.dataplane)));
  if (model.policy !== 'none') network.push(attr('network_policy', str(model.policy)));
  network.push(attr('outbound_type', str(model.outboundType)), attr('ip_versions', list(model.ipFamilies)));
  if (model.podCidrs.length > 0) network.push(attr('pod_cidrs', list(model.podCidrs)));
  if (model.serviceCidrs.length > 0) network.push(attr('service_cidrs', list(model.serviceCidrs)));
  if (model.dnsServiceIp !== null) network.push(attr('dns_service_ip', str(model.dnsServiceIp)));
  if (model.policy === 'none')
    network.push({ kind: 'comment', text: 'network_policy: none (no policy engine)' });

  const cluster: HclItem[] = [
    attr('name', 'var.cluster_name'),
    attr('location', 'var.location'),
    attr('resource_group_name', 'var.resource_group_name'),
    attr('dns_prefix', 'var.cluster_name'),
  ];
  if (model.kubernetesVersion !== null)
    cluster.push(attr('kubernetes_version', str(model.kubernetesVersion)));
  cluster.push(
    attr('sku_tier', str(model.tier)),
    attr('private_cluster_enabled', String(model.privateCluster)),
  );
  cluster.push(
    block('default_node_pool', [
      attr('name', str(system?.name ?? 'system')),
      attr('vm_size', 'var.node_vm_size'),
      ...(system === undefined ? [attr('node_count', '3')] : poolAttributes(system, subnetId, model)),
    ]),
    block('identity', [attr('type', str('SystemAssigned'))]),
    block('network_profile', network),
  );
  if (apiServer !== null) {
    cluster.push(
      block('api_server_access_profile', [
        attr('virtual_network_integration_enabled', 'true'),
        attr('subnet_id', subnetId(apiServer)),
      ]),
    );
  }
  out.push(renderBlock('resource "azurerm_kubernetes_cluster" "aks"', cluster));

  const poolLabels = new Set<string>(['aks']);
  for (const pool of others) {
    out.push(
      renderBlock(
        `resource "azurerm_kubernetes_cluster_node_pool" "${uniqueIdentifier(pool.name, poolLabels, 'lower')}"`,
        [
          attr('name', str(pool.name)),
          attr('kubernetes_cluster_id', 'azurerm_kubernetes_cluster.aks.id'),
          attr('vm_size', 'var.node_vm_size'),
          attr('mode', str(pool.mode)),
          attr('os_type', str(pool.osType)),
          ...poolAttributes(pool, subnetId, model),
        ],
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}
