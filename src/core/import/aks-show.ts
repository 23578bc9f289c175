import type { NetworkDataplane, NetworkPolicy, OutboundType, Tier } from '../types.ts';
import { PLAN_DEFAULTS } from '../model/defaults.ts';
import type { ImportFindings } from './import-finding.ts';
import type { ImportedCluster, ImportedPool } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { childPath, jsonField, jsonObjectField, jsonString } from './json-value.ts';
import { enumValue } from './enum-value.ts';
import { readAgentPool } from './agent-pool.ts';

const TIERS: readonly Tier[] = ['Free', 'Standard', 'Premium'];
const DATAPLANES: readonly NetworkDataplane[] = ['azure', 'cilium'];
const POLICIES: readonly NetworkPolicy[] = ['none', 'azure', 'calico', 'cilium'];
const OUTBOUND: readonly OutboundType[] = [
  'loadBalancer',
  'managedNATGateway',
  'userAssignedNATGateway',
  'userDefinedRouting',
  'none',
];

/** Normalises an IP family's spelling (`ipv4` → `IPv4`); other values are kept for parsePlanDocument to report. */
function ipFamilies(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((family: unknown) =>
    typeof family === 'string' && /^ipv[46]$/i.test(family) ? `IPv${family.slice(3)}` : family,
  );
}

/** `xs ?? [x]`: the list field when present, else the single-value field as a one-item list. */
function listOrSingle(object: JsonObject, path: string, listKey: string, ...singleKeys: string[]) {
  const list = jsonField(object, path, listKey);
  if (list !== undefined) return list;
  const single = jsonField(object, path, ...singleKeys);
  return single === undefined ? undefined : { value: [single.value], path: single.path };
}

function readNetworkProfile(
  profile: JsonObject,
  path: string,
  fields: JsonObject,
  findings: ImportFindings,
): Pick<ImportedCluster, 'networkPlugin' | 'networkPluginMode' | 'podCidrs'> {
  const dataplane = enumValue(
    jsonField(profile, path, 'networkDataplane'),
    DATAPLANES,
    'Network dataplane',
    findings,
  );
  if (dataplane !== undefined) fields['networkDataplane'] = dataplane;
  const policy = enumValue(jsonField(profile, path, 'networkPolicy'), POLICIES, 'Network policy', findings);
  if (policy !== undefined) fields['networkPolicy'] = policy;

  const outbound = jsonField(profile, path, 'outboundType');
  if (outbound === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(path, 'outboundType'),
      'The cluster has no outbound type; the planner assumes loadBalancer.',
    );
  } else if (typeof outbound.value === 'string' && outbound.value.toLowerCase() === 'managednatgatewayv2') {
    findings.add(
      'AZURE_IMPORT_UNSUPPORTED',
      'warning',
      outbound.path,
      'Outbound type managedNATGatewayV2 (the AKS-managed StandardV2 NAT gateway) is not one the plan document has yet; it was left out, so the planner assumes loadBalancer. Its IPv4-only limit (R54) applies to the v1 gateway only.',
    );
  } else {
    const value = enumValue(outbound, OUTBOUND, 'Outbound type', findings);
    if (value !== undefined) fields['outboundType'] = value;
  }

  const families = jsonField(profile, path, 'ipFamilies');
  if (families === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(path, 'ipFamilies'),
      'The network profile has no IP families (output of an API before 2021-10-01?); IPv4 only is assumed.',
    );
  } else {
    fields['ipFamilies'] = ipFamilies(families.value);
  }
  const podCidrs = listOrSingle(profile, path, 'podCidrs', 'podCidr');
  const serviceCidrs = listOrSingle(profile, path, 'serviceCidrs', 'serviceCidr');
  if (serviceCidrs === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      childPath(path, 'serviceCidrs'),
      `The network profile has no service CIDR; the planner assumes the AKS default ${PLAN_DEFAULTS['cluster.serviceCidrs'].value({ dualStack: false }).join(', ')}. Check it.`,
    );
  } else {
    fields['serviceCidrs'] = serviceCidrs.value;
  }
  const dns = jsonField(profile, path, 'dnsServiceIp', 'dnsServiceIP');
  if (dns === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(path, 'dnsServiceIp'),
      'The network profile has no DNS service IP; the planner assumes the .10 address of the service CIDR.',
    );
  } else {
    fields['dnsServiceIp'] = dns.value;
  }

  const plugin = jsonField(profile, path, 'networkPlugin');
  const mode = jsonString(profile, path, 'networkPluginMode');
  return {
    networkPlugin:
      plugin === undefined
        ? undefined
        : { value: typeof plugin.value === 'string' ? plugin.value : '', path: plugin.path },
    networkPluginMode: mode,
    podCidrs,
  };
}

function readPools(object: JsonObject, path: string, findings: ImportFindings): ImportedPool[] | undefined {
  const found = jsonField(object, path, 'agentPoolProfiles');
  // No list: reported by the merge, unless `az aks nodepool list` supplies the pools.
  if (found === undefined || !Array.isArray(found.value)) return undefined;
  return found.value
    .map((pool: unknown, index) => readAgentPool(pool, `${found.path}[${index}]`, findings))
    .filter((pool): pool is ImportedPool => pool !== null);
}

/**
 * Reads `az aks show` output (CLI camelCase; the REST shape with `properties` is read too): name,
 * version, tier, network profile, API server access and the node pools. The network plugin is
 * decided later, once the pools (which may come from `az aks nodepool list`) are known.
 *
 * @example readAksShow({ name: 'aks-a', sku: { tier: 'Paid' } }, 'aksShow', new ImportFindings()).fields.tier // 'Standard'
 */
export function readAksShow(object: JsonObject, path: string, findings: ImportFindings): ImportedCluster {
  const fields: JsonObject = {};
  const name = jsonField(object, path, 'name');
  if (name !== undefined) fields['name'] = name.value;

  const version =
    jsonField(object, path, 'kubernetesVersion') ?? jsonField(object, path, 'currentKubernetesVersion');
  if (version === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(path, 'kubernetesVersion'),
      'The cluster has no Kubernetes version; version-dependent rules (R27, R35, R40, R47) assume a current one.',
    );
  } else {
    fields['kubernetesVersion'] = version.value;
  }

  const sku = jsonObjectField(object, path, 'sku');
  const tierField = sku === undefined ? undefined : jsonField(sku.object, sku.path, 'tier');
  if (tierField === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(childPath(path, 'sku'), 'tier'),
      `The cluster has no pricing tier; the planner assumes ${PLAN_DEFAULTS['cluster.tier'].value({})} (the AKS API's default is Free).`,
    );
  } else {
    const tier = enumValue(tierField, TIERS, 'Pricing tier', findings, { Paid: 'Standard' });
    if (tier !== undefined) fields['tier'] = tier;
  }

  const profile = jsonObjectField(object, path, 'networkProfile');
  const networkProfilePath = profile?.path ?? childPath(path, 'networkProfile');
  let network: Pick<ImportedCluster, 'networkPlugin' | 'networkPluginMode' | 'podCidrs'> = {
    networkPlugin: undefined,
    networkPluginMode: undefined,
    podCidrs: undefined,
  };
  if (profile === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'warning',
      networkProfilePath,
      'The cluster has no network profile: its plugin, pod and service CIDRs are unknown, so the planner defaults apply. Paste the full `az aks show` output.',
    );
  } else {
    network = readNetworkProfile(profile.object, profile.path, fields, findings);
  }

  let apiServerSubnetId: ImportedCluster['apiServerSubnetId'];
  const access = jsonObjectField(object, path, 'apiServerAccessProfile');
  if (access !== undefined) {
    const isPrivate = jsonField(access.object, access.path, 'enablePrivateCluster');
    if (isPrivate !== undefined) fields['privateCluster'] = isPrivate.value;
    const integration = jsonField(access.object, access.path, 'enableVnetIntegration');
    const subnet = jsonField(access.object, access.path, 'subnetId', 'subnetID');
    if (integration?.value === true && typeof subnet?.value === 'string') {
      apiServerSubnetId = { value: subnet.value, path: subnet.path };
    } else if (integration?.value === true) {
      findings.add(
        'AZURE_IMPORT_NOTE',
        'info',
        childPath(access.path, 'subnetId'),
        'API Server VNet Integration is on with a subnet AKS manages itself; that subnet is not part of the plan.',
      );
    }
  }

  return {
    fields,
    ...network,
    networkProfilePath,
    hasNetworkProfile: profile !== undefined,
    apiServerSubnetId,
    pools: readPools(object, path, findings),
  };
}
