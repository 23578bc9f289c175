/**
 * Azure subnet resource IDs (aks-rules R59):
 * `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/virtualNetworks/{vnet}/subnets/{name}`.
 * Resource and resource-group names are case-insensitive (S36), so IDs are compared in lower case:
 * `az aks show` may spell the resource group `RG-NETWORK` where `az network vnet show` says `rg-network`.
 */

export interface SubnetId {
  subscription: string;
  resourceGroup: string;
  vnet: string;
  name: string;
}

const SUBNET_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)\/?$/i;

/**
 * The parts of a subnet resource ID, or null when the text is not one.
 *
 * @example parseSubnetId('/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/v/subnets/a')?.name // 'a'
 */
export function parseSubnetId(id: string): SubnetId | null {
  const match = SUBNET_ID.exec(id.trim());
  if (match === null) return null;
  const [, subscription = '', resourceGroup = '', vnet = '', name = ''] = match;
  return { subscription, resourceGroup, vnet, name };
}

/**
 * The key two IDs of the same subnet share: lower case, no trailing slash.
 *
 * @example subnetIdKey('/subscriptions/S/resourceGroups/RG/x/') // '/subscriptions/s/resourcegroups/rg/x'
 */
export function subnetIdKey(id: string): string {
  return id.trim().replace(/\/+$/, '').toLowerCase();
}

/**
 * The subnet's name: the last segment of its ID (also for IDs that don't parse as a subnet ID).
 *
 * @example subnetNameFromId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-a') // 'snet-a'
 */
export function subnetNameFromId(id: string): string {
  const parsed = parseSubnetId(id);
  if (parsed !== null) return parsed.name;
  const segments = id.split('/').filter((s) => s !== '');
  return segments[segments.length - 1] ?? id;
}

/**
 * The VNet part of a subnet ID (everything before `/subnets/`), lower case, for comparing VNets.
 *
 * @example vnetKeyOfSubnetId('/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/V/subnets/a') // '/subscriptions/s/resourcegroups/rg/providers/microsoft.network/virtualnetworks/v'
 */
export function vnetKeyOfSubnetId(id: string): string {
  const key = subnetIdKey(id);
  const cut = key.indexOf('/subnets/');
  return cut >= 0 ? key.slice(0, cut) : key;
}
