import type { Evaluation } from '../../report/evaluation.ts';
import { headerLines, keptLines } from './comments.ts';
import type { ExportOptions } from './export-check.ts';
import type { ExportModel, ExportPool, ExportResult, ExportSubnet } from './export-model.ts';
import { EXPORT_PLACEHOLDERS, exportResult } from './export-model.ts';
import { hclString, uniqueIdentifier } from './quote.ts';

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

function poolAttributes(pool: ExportPool, subnetId: (s: ExportSubnet) => string): HclItem[] {
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
  if (pool.podIpAllocationMode !== null) {
    items.push(attr('pod_ip_allocation_mode', str(pool.podIpAllocationMode)));
  }
  items.push(block('upgrade_settings', [attr('max_surge', str(pool.maxSurge))]));
  return items;
}

const comment = (text: string): string => `# ${text}`;

/** Route table, VNet and subnets (a VNet of the plan's own), or data sources for an existing one. */
function networkBlocks(model: ExportModel, labels: Map<string, string>): string[] {
  const vnet = model.vnet;
  if (vnet === null)
    return [comment('No VNet in the plan: AKS creates and manages the VNet and its subnet.')];
  const out: string[] = [];
  if (vnet.exists) {
    for (const s of vnet.used) {
      if (s.id !== null) continue;
      out.push(
        renderBlock(`data "azurerm_subnet" "${labels.get(s.name) ?? 'subnet'}"`, [
          attr('name', str(s.name)),
          attr('virtual_network_name', str(vnet.name)),
          attr('resource_group_name', 'var.vnet_resource_group_name'),
        ]),
      );
    }
    return out;
  }
  if (vnet.routed.length > 0) {
    out.push(
      renderBlock('resource "azurerm_route_table" "egress"', [
        attr('name', str(EXPORT_PLACEHOLDERS.routeTableName)),
        attr('location', 'var.location'),
        attr('resource_group_name', 'var.vnet_resource_group_name'),
        block('route', [
          attr('name', str('default-egress')),
          attr('address_prefix', str('0.0.0.0/0')),
          attr('next_hop_type', str('VirtualAppliance')),
          attr('next_hop_in_ip_address', 'var.firewall_private_ip'),
        ]),
      ]),
    );
  }
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
    const label = labels.get(s.name) ?? 'subnet';
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
    out.push(renderBlock(`resource "azurerm_subnet" "${label}"`, body));
    if (vnet.routed.includes(s)) {
      out.push(
        renderBlock(`resource "azurerm_subnet_route_table_association" "${label}"`, [
          attr('subnet_id', `azurerm_subnet.${label}.id`),
          attr('route_table_id', 'azurerm_route_table.egress.id'),
        ]),
      );
    }
  }
  return out;
}

function renderConfig(model: ExportModel): string {
  const vnet = model.vnet;
  const out: string[] = [
    headerLines(model, 'Terraform (azurerm provider 4.x)', 'apply').map(comment).join('\n'),
  ];
  const variable = (name: string, value: string | null, description: string): string =>
    renderBlock(`variable "${name}"`, [
      attr('type', 'string'),
      ...(value === null ? [] : [attr('default', str(value))]),
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
  if (vnet !== null && vnet.routed.length > 0) {
    out.push(
      variable(
        'firewall_private_ip',
        null,
        'Private IP of the firewall or network virtual appliance the default route leads to.',
      ),
    );
  }
  const kept = keptLines(model);
  if (kept.length > 0) out.push(kept.map(comment).join('\n'));

  const labels = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of vnet?.subnets ?? []) {
    if (!labels.has(s.name)) labels.set(s.name, uniqueIdentifier(s.name, taken, 'lower'));
  }
  const subnetId = (s: ExportSubnet): string =>
    vnet?.exists === true
      ? s.id !== null
        ? str(s.id)
        : `data.azurerm_subnet.${labels.get(s.name) ?? 'subnet'}.id`
      : `azurerm_subnet.${labels.get(s.name) ?? 'subnet'}.id`;
  out.push(...networkBlocks(model, labels));

  if (vnet !== null) {
    out.push(
      renderBlock('resource "azurerm_user_assigned_identity" "aks"', [
        attr('name', str(EXPORT_PLACEHOLDERS.identityName)),
        attr('location', 'var.location'),
        attr('resource_group_name', 'var.resource_group_name'),
      ]),
    );
    for (const s of vnet.used) {
      out.push(
        renderBlock(`resource "azurerm_role_assignment" "${labels.get(s.name) ?? 'subnet'}"`, [
          attr('scope', subnetId(s)),
          attr('role_definition_name', str('Network Contributor')),
          attr('principal_id', 'azurerm_user_assigned_identity.aks.principal_id'),
        ]),
      );
    }
  }

  const [system, ...others] = model.pools;
  if (system === undefined) return `${out.join('\n\n')}\n`; // prepareExport refuses a plan without one
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
      attr('name', str(system.name)),
      attr('vm_size', 'var.node_vm_size'),
      ...poolAttributes(system, subnetId),
    ]),
    block(
      'identity',
      vnet === null
        ? [attr('type', str('SystemAssigned'))]
        : [
            attr('type', str('UserAssigned')),
            attr('identity_ids', '[azurerm_user_assigned_identity.aks.id]'),
          ],
    ),
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
  if (vnet !== null) {
    cluster.push(
      attr(
        'depends_on',
        `[${vnet.used.map((s) => `azurerm_role_assignment.${labels.get(s.name) ?? 'subnet'}`).join(', ')}]`,
      ),
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
          ...poolAttributes(pool, subnetId),
        ],
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * A Terraform (azurerm provider 4.x) configuration for the plan: for a VNet of its own the route
 * table (userDefinedRouting), azurerm_virtual_network and one azurerm_subnet per subnet; for an
 * existing VNet data sources only; the cluster's user-assigned identity with Network Contributor on
 * the subnets it uses; azurerm_kubernetes_cluster whose default_node_pool is the first System pool,
 * and azurerm_kubernetes_cluster_node_pool for the rest. Refuses (findings, no code) a plan that
 * exportProblems rejects.
 *
 * @example terraformConfig(evaluate(plan)) // { ok: true, text: '…network_plugin_mode = "overlay"…' }
 */
export function terraformConfig(evaluation: Evaluation, options: ExportOptions = {}): ExportResult {
  return exportResult(evaluation, options, renderConfig);
}
