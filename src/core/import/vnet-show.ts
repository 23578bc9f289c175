import type { ImportFindings } from './import-finding.ts';
import type { ImportedSubnet, ImportedVnet } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { asObject, childPath, describeJson, jsonField, jsonObjectField, jsonString } from './json-value.ts';

const RESOURCE_GROUP = /\/resourceGroups\/([^/]+)\//i;

/** `addressPrefixes ?? [addressPrefix]`: a subnet carries one or the other (never reliably both). */
function subnetPrefixes(subnet: JsonObject, path: string): { value: unknown } | undefined {
  const list = jsonField(subnet, path, 'addressPrefixes');
  if (list !== undefined && !(Array.isArray(list.value) && list.value.length === 0))
    return { value: list.value };
  const single = jsonField(subnet, path, 'addressPrefix');
  return single === undefined ? list : { value: [single.value] };
}

function readSubnet(value: unknown, path: string, findings: ImportFindings): ImportedSubnet | null {
  const subnet = asObject(value);
  const name = subnet === null ? undefined : jsonString(subnet, path, 'name');
  if (subnet === null || name === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      path,
      `${path} is ${describeJson(value)} without a name, not a subnet; it was skipped.`,
    );
    return null;
  }
  const prefixes = subnetPrefixes(subnet, path);
  if (prefixes === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      childPath(path, 'addressPrefix'),
      `Subnet ${name} has neither addressPrefix nor addressPrefixes; enter its prefix.`,
    );
  }
  const delegations = jsonField(subnet, path, 'delegations');
  const services = (Array.isArray(delegations?.value) ? delegations.value : [])
    .map((delegation: unknown, index) => {
      const object = asObject(delegation);
      return object === null
        ? undefined
        : jsonString(object, `${delegations?.path ?? ''}[${index}]`, 'serviceName');
    })
    .filter((service): service is string => service !== undefined);
  const ipConfigurations = jsonField(subnet, path, 'ipConfigurations');
  return {
    name,
    addressPrefixes: prefixes?.value ?? [],
    id: jsonString(subnet, path, 'id'),
    delegatedTo: services[0],
    ipConfigurations: Array.isArray(ipConfigurations?.value) ? ipConfigurations.value.length : 0,
    path,
  };
}

function readPeering(value: unknown, path: string, findings: ImportFindings): JsonObject | null {
  const peering = asObject(value);
  if (peering === null) return null;
  const name = jsonString(peering, path, 'name');
  const space =
    jsonObjectField(peering, path, 'remoteAddressSpace') ??
    jsonObjectField(peering, path, 'remoteVirtualNetworkAddressSpace');
  const prefixes = space === undefined ? undefined : jsonField(space.object, space.path, 'addressPrefixes');
  if (prefixes === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      childPath(path, 'remoteAddressSpace'),
      `Peering ${name ?? path} names no remote address space; add the peered network's prefixes to the connected networks yourself.`,
    );
    return null;
  }
  return { ...(name === undefined ? {} : { name }), kind: 'peering', addressPrefixes: prefixes.value };
}

/**
 * Reads `az network vnet show` output (AAZ: REST key names, `properties` flattened; SDK-era output
 * with nulls; the REST shape with `properties`): name, resource group, address space, subnets and
 * the address spaces of its peerings. NIC IP configurations, NSGs, route tables and the rest are ignored.
 *
 * @example readVnetShow({ name: 'v', subnets: [{ name: 'a', addressPrefix: '10.0.0.0/24' }] }, 'vnetShow', new ImportFindings()).subnets[0]?.addressPrefixes // ['10.0.0.0/24']
 */
export function readVnetShow(object: JsonObject, path: string, findings: ImportFindings): ImportedVnet {
  const id = jsonString(object, path, 'id');
  const space = jsonObjectField(object, path, 'addressSpace');
  const addressSpace =
    space === undefined ? undefined : jsonField(space.object, space.path, 'addressPrefixes');
  if (addressSpace === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      childPath(childPath(path, 'addressSpace'), 'addressPrefixes'),
      'The VNet has no address space; enter it.',
    );
  }
  const subnetsField = jsonField(object, path, 'subnets');
  const subnets = (Array.isArray(subnetsField?.value) ? subnetsField.value : [])
    .map((subnet: unknown, index) => readSubnet(subnet, `${subnetsField?.path ?? ''}[${index}]`, findings))
    .filter((subnet): subnet is ImportedSubnet => subnet !== null);
  const peeringsField = jsonField(object, path, 'virtualNetworkPeerings');
  const connectedNetworks = (Array.isArray(peeringsField?.value) ? peeringsField.value : [])
    .map((peering: unknown, index) =>
      readPeering(peering, `${peeringsField?.path ?? ''}[${index}]`, findings),
    )
    .filter((peering): peering is JsonObject => peering !== null);
  return {
    name: jsonString(object, path, 'name'),
    resourceGroup:
      jsonString(object, path, 'resourceGroup') ??
      (id === undefined ? undefined : RESOURCE_GROUP.exec(id)?.[1]),
    id,
    addressSpace: addressSpace?.value,
    subnets,
    connectedNetworks,
  };
}
