import { expect, type Locator, type Page } from '@playwright/test';
import type { PlanDocument } from '../src/core/index.ts';
import { retype } from './helpers';

type Cluster = NonNullable<PlanDocument['cluster']>;
type Subnet = NonNullable<NonNullable<PlanDocument['vnet']>['subnets']>[number];
type Pool = PlanDocument['nodePools'][number];
type Connected = NonNullable<PlanDocument['connectedNetworks']>[number];

/** The plan form: every field is looked up by its label inside it, never by id or test hook. */
export function planForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Plan' });
}

/** The fieldset of row `index` (0-based) of a list, by its legend: "Subnet 2: snet-a", "Node pool 1". */
export function row(
  page: Page,
  legend: 'Subnet' | 'Node pool' | 'Connected network',
  index: number,
): Locator {
  return planForm(page).getByRole('group', { name: new RegExp(`^${legend} ${index + 1}(: .*)?$`) });
}

function rows(page: Page, legend: 'Subnet' | 'Node pool' | 'Connected network'): Locator {
  return planForm(page).getByRole('group', { name: new RegExp(`^${legend} \\d+(: .*)?$`) });
}

function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** Types `value` into a text field (clearing it first) unless it already holds exactly that. */
async function setText(scope: Locator, label: string, value: string): Promise<void> {
  const input = field(scope, label);
  if ((await input.inputValue()) === value) return;
  await retype(input, '', value);
  await expect(input).toHaveValue(value);
}

/** Picks an option of a select by its value ('' is the "Default (…)" choice). */
async function setSelect(scope: Locator, label: string, value: string): Promise<void> {
  const select = field(scope, label);
  if ((await select.inputValue()) === value) return;
  await select.selectOption(value);
  await expect(select).toHaveValue(value);
}

async function setCheck(scope: Locator, label: string, checked: boolean): Promise<void> {
  await field(scope, label).setChecked(checked);
}

/** The form cannot express this part of the plan: fail loudly rather than fill something else. */
function unsupported(what: string): never {
  throw new Error(`fillPlan: the form has no way to enter ${what}`);
}

const isV6 = (cidr: string): boolean => cidr.includes(':');

async function fillCluster(page: Page, c: Cluster): Promise<void> {
  const form = planForm(page);
  await setText(form, 'Cluster name', c.name ?? '');
  await setText(form, 'Kubernetes version', c.kubernetesVersion ?? '');
  await setSelect(form, 'Network plugin', c.networkPlugin ?? '');
  await setSelect(form, 'Pricing tier', c.tier ?? '');
  await setSelect(form, 'Data plane', c.networkDataplane ?? '');
  await setSelect(form, 'Network policy', c.networkPolicy ?? '');
  await setSelect(form, 'Outbound type', c.outboundType ?? '');

  const plugin = c.networkPlugin ?? 'overlay';
  if (plugin === 'kubenet') {
    await setText(form, 'Custom routes in route table', c.routeTableCustomRoutes?.toString() ?? '');
  } else if (c.routeTableCustomRoutes !== undefined) unsupported('routeTableCustomRoutes without kubenet');
  if (plugin === 'azurePodSubnet') {
    await setSelect(form, 'Pod IP allocation', c.podIpAllocationMode ?? '');
  } else if (c.podIpAllocationMode !== undefined) unsupported('podIpAllocationMode without azurePodSubnet');

  const families = c.ipFamilies ?? ['IPv4'];
  const dualStack = families.includes('IPv6');
  if (!dualStack && families.length !== 1) unsupported(`ipFamilies ${JSON.stringify(families)}`);
  await setCheck(form, 'Dual-stack (IPv4 + IPv6)', dualStack);
  await setCheck(form, 'Private cluster', c.privateCluster ?? false);

  const pods = c.podCidrs ?? [];
  const hasPodCidr = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  if (hasPodCidr) {
    await setText(form, 'Pod CIDR (IPv4)', pods.find((p) => !isV6(p)) ?? '');
    if (dualStack) await setText(form, 'Pod CIDR (IPv6)', pods.find(isV6) ?? '');
  } else if (pods.length > 0) unsupported(`pod CIDRs with the ${plugin} plugin`);
  const services = c.serviceCidrs ?? [];
  await setText(form, 'Service CIDR (IPv4)', services.find((s) => !isV6(s)) ?? '');
  if (dualStack) await setText(form, 'Service CIDR (IPv6)', services.find(isV6) ?? '');
  await setText(form, 'DNS service IP', c.dnsServiceIp ?? '');
  if (plugin === 'overlay') await setText(form, 'Planned pod CIDR expansion', c.podCidrExpansion ?? '');
  else if (c.podCidrExpansion !== undefined) unsupported('podCidrExpansion without overlay');
}

/** Adds rows with the list's add button until there are `wanted`; returns how many there were. */
async function ensureRows(
  page: Page,
  legend: 'Subnet' | 'Node pool' | 'Connected network',
  addButton: string,
  wanted: number,
): Promise<number> {
  const before = await rows(page, legend).count();
  for (let i = before; i < wanted; i++) {
    await planForm(page).getByRole('button', { name: addButton, exact: true }).click();
    await expect(rows(page, legend)).toHaveCount(i + 1);
  }
  return before;
}

/** Removes rows past `wanted` with each row's own "Remove …" button, last first. */
async function trimRows(
  page: Page,
  legend: 'Subnet' | 'Node pool' | 'Connected network',
  wanted: number,
): Promise<void> {
  for (let count = await rows(page, legend).count(); count > wanted; count--) {
    const what = legend.toLowerCase();
    await row(page, legend, count - 1)
      .getByRole('button', { name: new RegExp(`^Remove ${what} `) })
      .click();
    await expect(rows(page, legend)).toHaveCount(count - 1);
  }
}

async function fillSubnet(page: Page, index: number, s: Subnet): Promise<void> {
  const fieldset = row(page, 'Subnet', index);
  await setText(fieldset, 'Name', s.name);
  await setText(fieldset, 'Prefixes', s.addressPrefixes.join(', '));
  await setSelect(fieldset, 'Purpose', s.purpose ?? '');
  await setText(fieldset, 'Delegated to', s.delegatedTo ?? '');
  if (s.purpose === 'apiServer')
    await setText(fieldset, 'Clusters using it', s.sharedByClusters?.toString() ?? '');
  else if (s.sharedByClusters !== undefined)
    unsupported('sharedByClusters on a subnet that is not apiServer');
  if (s.id !== undefined) unsupported('a subnet resource ID');

  const others = s.otherIps ?? [];
  const names = fieldset.getByLabel('Other IPs: what', { exact: true });
  const counts = fieldset.getByLabel('Count', { exact: true });
  for (let j = await names.count(); j < others.length; j++) {
    await fieldset.getByRole('button', { name: /^\+ Other IPs in / }).click();
    await expect(names).toHaveCount(j + 1);
  }
  for (const [j, other] of others.entries()) {
    await setTextIn(names.nth(j), other.name ?? '');
    await setTextIn(counts.nth(j), String(other.count));
  }
  for (let j = await names.count(); j > others.length; j--) {
    await fieldset
      .getByRole('button', { name: /^Remove other IPs / })
      .nth(j - 1)
      .click();
    await expect(names).toHaveCount(j - 1);
  }
}

async function setTextIn(input: Locator, value: string): Promise<void> {
  if ((await input.inputValue()) === value) return;
  await retype(input, '', value);
  await expect(input).toHaveValue(value);
}

async function fillPool(page: Page, index: number, p: Pool, hasVnet: boolean, plugin: string): Promise<void> {
  const fieldset = row(page, 'Node pool', index);
  await setText(fieldset, 'Name', p.name ?? '');
  await setSelect(fieldset, 'Mode', p.mode ?? '');
  await setSelect(fieldset, 'OS', p.osType ?? '');
  if (hasVnet) await setSelect(fieldset, 'Node subnet', p.subnet ?? '');
  else if (p.subnet !== undefined) unsupported('a node subnet without a VNet of your own');
  if (plugin === 'azurePodSubnet') {
    await setSelect(fieldset, 'Pod subnet', p.podSubnet ?? '');
    await setSelect(fieldset, 'Pod IP allocation', p.podIpAllocationMode ?? '');
  } else if (p.podSubnet !== undefined || p.podIpAllocationMode !== undefined) {
    unsupported('pod subnet settings without azurePodSubnet');
  }
  await setText(fieldset, 'Node count', p.count?.toString() ?? '');
  await setText(fieldset, 'Max surge', p.maxSurge ?? '');
  await setText(fieldset, 'Max pods per node', p.maxPods?.toString() ?? '');
  const autoscaling = p.enableAutoScaling ?? false;
  await setCheck(fieldset, 'Autoscaling', autoscaling);
  if (autoscaling) {
    await setText(fieldset, 'Min nodes', p.minCount?.toString() ?? '');
    await setText(fieldset, 'Max nodes', p.maxCount?.toString() ?? '');
  } else if (p.minCount !== undefined || p.maxCount !== undefined) {
    unsupported('autoscaler bounds with autoscaling off');
  }
}

async function fillConnected(page: Page, index: number, n: Connected): Promise<void> {
  const fieldset = row(page, 'Connected network', index);
  await setText(fieldset, 'Name', n.name ?? '');
  await setSelect(fieldset, 'Kind', n.kind ?? 'other');
  await setText(fieldset, 'Prefixes', n.addressPrefixes.join(', '));
}

/**
 * Enters a whole plan document through the form as a person would: clicks and types into labelled
 * fields, picks options, ticks boxes, adds and removes rows with the buttons. Works from any state of
 * the form: fields the plan leaves out are cleared (their documented default applies).
 */
export async function fillPlan(page: Page, plan: PlanDocument): Promise<void> {
  const form = planForm(page);
  await setText(form, 'Plan title', plan.title ?? '');
  await setText(form, 'Notes', plan.notes ?? '');
  const cluster = plan.cluster ?? {};
  await fillCluster(page, cluster);

  const vnet = plan.vnet;
  await setCheck(form, 'Bring your own VNet', vnet !== undefined);
  if (vnet !== undefined) {
    await setText(form, 'VNet name', vnet.name ?? '');
    await setText(form, 'Resource group', vnet.resourceGroup ?? '');
    await setText(form, 'Address space', (vnet.addressSpace ?? []).join(', '));
    const subnets = vnet.subnets ?? [];
    await ensureRows(page, 'Subnet', '+ Add subnet', subnets.length);
    for (const [i, subnet] of subnets.entries()) await fillSubnet(page, i, subnet);
    await trimRows(page, 'Subnet', subnets.length);
  }

  const plugin = cluster.networkPlugin ?? 'overlay';
  await ensureRows(page, 'Node pool', '+ Add node pool', plan.nodePools.length);
  for (const [i, pool] of plan.nodePools.entries()) await fillPool(page, i, pool, vnet !== undefined, plugin);
  await trimRows(page, 'Node pool', plan.nodePools.length);

  const networks = plan.connectedNetworks ?? [];
  await ensureRows(page, 'Connected network', '+ Add connected network', networks.length);
  for (const [i, network] of networks.entries()) await fillConnected(page, i, network);
  await trimRows(page, 'Connected network', networks.length);
}

/** A count as the page shows it: digits with thousands separators ("65,536"). */
export function formatted(value: bigint | number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
