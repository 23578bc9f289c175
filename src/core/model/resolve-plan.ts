import type { AppliedDefault, IpFamily, PlanDocument } from '../types.ts';
import { parseCidrField } from './parse-cidr-field.ts';
import type { ParsedPrefix } from './parse-cidr-field.ts';
import { resolvePool } from './resolve-pool.ts';
import { resolveConnected, resolveVnet } from './resolve-vnet.ts';
import { formatAddress } from '../ip/address.ts';
import type { FindingList } from './finding.ts';
import type { KubernetesVersion } from './kubernetes-version.ts';
import { parseKubernetesVersion } from './kubernetes-version.ts';
import { formatMaxSurge } from './surge.ts';
import { applyDefault, PLAN_DEFAULTS as D } from './defaults.ts';
import type { UseDefault } from './defaults.ts';
import {
  KUBENET_DUAL_STACK_ROUTES_PER_NODE,
  KUBENET_ROUTE_LIMIT,
  NODE_LIMIT_FREE,
  NODE_LIMIT_STANDARD,
} from './constants.ts';

export type { ParsedPrefix } from './parse-cidr-field.ts';
export type {
  ResolvedConnectedNetwork,
  ResolvedPlan,
  ResolvedPool,
  ResolvedSubnet,
} from './resolved-model.ts';
import type { ResolvedPlan } from './resolved-model.ts';

/** Reads the plan, applies documented defaults (listing each), parses every CIDR and sizes every pool. */
export function resolvePlan(
  plan: PlanDocument,
  findings: FindingList,
  defaults: AppliedDefault[],
): ResolvedPlan {
  const cluster = plan.cluster ?? {};
  const useDefault: UseDefault = (path, value, entry, context) =>
    value !== undefined ? value : applyDefault(defaults, path, entry, context);

  const plugin = useDefault('cluster.networkPlugin', cluster.networkPlugin, D['cluster.networkPlugin'], {});
  const tier = useDefault('cluster.tier', cluster.tier, D['cluster.tier'], {});
  const familiesInput = cluster.ipFamilies;
  const familiesText =
    familiesInput === undefined || familiesInput.length === 0
      ? useDefault('cluster.ipFamilies', undefined, D['cluster.ipFamilies'], {})
      : familiesInput.map(String);
  const families: IpFamily[] = [];
  for (const family of familiesText) {
    if ((family === 'IPv4' || family === 'IPv6') && !families.includes(family)) families.push(family);
  }
  if (!families.includes('IPv4')) families.unshift('IPv4');
  const dualStack = families.includes('IPv6');

  const dataplane = useDefault(
    'cluster.networkDataplane',
    cluster.networkDataplane,
    D['cluster.networkDataplane'],
    {},
  );
  const policy = useDefault('cluster.networkPolicy', cluster.networkPolicy, D['cluster.networkPolicy'], {});
  const outboundType = useDefault(
    'cluster.outboundType',
    cluster.outboundType,
    D['cluster.outboundType'],
    {},
  );
  const privateCluster = useDefault(
    'cluster.privateCluster',
    cluster.privateCluster,
    D['cluster.privateCluster'],
    {},
  );
  const routeTableCustomRoutes =
    plugin === 'kubenet'
      ? useDefault(
          'cluster.routeTableCustomRoutes',
          cluster.routeTableCustomRoutes,
          D['cluster.routeTableCustomRoutes'],
          { outboundType },
        )
      : (cluster.routeTableCustomRoutes ?? 0);

  let version: KubernetesVersion | null = null;
  const versionText = cluster.kubernetesVersion ?? null;
  if (versionText !== null) {
    version = parseKubernetesVersion(versionText);
    if (version === null) {
      findings.add(
        'K8S_VERSION_INVALID',
        'warning',
        'R35',
        'cluster.kubernetesVersion',
        () =>
          `Kubernetes version "${versionText}" is not a Kubernetes version AKS runs (1.9 or later, written like 1.33 or 1.33.2); version-dependent rules (R27, R35, R40, R47) assume the newest behaviour. Correct it or remove it.`,
      );
    }
  }

  const podIpAllocationMode = useDefault(
    'cluster.podIpAllocationMode',
    plugin === 'azurePodSubnet'
      ? cluster.podIpAllocationMode
      : (cluster.podIpAllocationMode ?? D['cluster.podIpAllocationMode'].value({})),
    D['cluster.podIpAllocationMode'],
    {},
  );

  // Pod CIDRs (R18, R50, R56): documented defaults for overlay and kubenet only.
  const podInput =
    cluster.podCidrs !== undefined && cluster.podCidrs.length > 0 ? cluster.podCidrs : undefined;
  const podCidrsGiven = podInput !== undefined;
  let podTexts: string[] = [];
  const podPaths: string[] = [];
  if (plugin === 'overlay' || plugin === 'kubenet') {
    podTexts = podInput ?? useDefault('cluster.podCidrs', undefined, D['cluster.podCidrs'], { dualStack });
  } else if (plugin === 'none') {
    podTexts = podInput ?? [];
  } else if (podInput !== undefined) {
    findings.add(
      'POD_CIDR_IGNORED',
      'info',
      'R11',
      'cluster.podCidrs',
      () =>
        `${plugin === 'azureNodeSubnet' ? 'Azure CNI Node Subnet' : 'Azure CNI Pod Subnet'} gives pods VNet IPs from subnets, so the pod CIDR ${podInput.join(', ')} is not used. Remove it, or switch to Azure CNI Overlay to use it.`,
    );
  }
  podTexts.forEach((_, i) => podPaths.push(`cluster.podCidrs[${i}]`));
  const podCidrs = podTexts.map((text, i) =>
    parseCidrField(text, podPaths[i] ?? 'cluster.podCidrs', 'pod', findings),
  );

  const serviceInput =
    cluster.serviceCidrs !== undefined && cluster.serviceCidrs.length > 0 ? cluster.serviceCidrs : undefined;
  const serviceTexts =
    serviceInput ?? useDefault('cluster.serviceCidrs', undefined, D['cluster.serviceCidrs'], { dualStack });
  const serviceCidrs = serviceTexts.map((text, i) =>
    parseCidrField(text, `cluster.serviceCidrs[${i}]`, 'service', findings),
  );

  let dnsServiceIp: { path: string; text: string } | null = null;
  if (cluster.dnsServiceIp !== undefined) {
    dnsServiceIp = { path: 'cluster.dnsServiceIp', text: cluster.dnsServiceIp };
  } else {
    const primary = serviceCidrs[0];
    if (primary?.cidr.family === 'IPv4' && primary.cidr.prefixLength <= 28) {
      const text = applyDefault(defaults, 'cluster.dnsServiceIp', D['cluster.dnsServiceIp'], {
        dnsServiceIp: formatAddress({ family: 'IPv4', value: primary.cidr.network + 10n }),
        serviceCidr: primary.canonical,
      });
      dnsServiceIp = { path: 'cluster.dnsServiceIp', text };
    }
  }

  const podCidrExpansion =
    cluster.podCidrExpansion === undefined
      ? null
      : parseCidrField(cluster.podCidrExpansion, 'cluster.podCidrExpansion', 'expansion', findings);

  const { managedVnet, vnetName, vnetResourceGroup, vnetSpace, vnetSpaceGiven, subnets, subnetByName } =
    resolveVnet(plan, findings, defaults);
  const namedAsPodSubnet = new Set(plan.nodePools.map((pool) => pool.podSubnet));
  const defaultNodeSubnet =
    subnets.find(
      (s) => s.purpose === 'nodes' && !(s.purposeStated === null && namedAsPodSubnet.has(s.name)),
    ) ?? null;

  const surgeContext = { version };
  const defaultSurge = D['nodePools[].maxSurge'].value(surgeContext);
  const maxPodsContext = { plugin };
  const pools = plan.nodePools.map((pool, index) =>
    resolvePool(pool, index, {
      plugin,
      podIpAllocationMode,
      defaultSurge,
      defaultSurgeText: formatMaxSurge(defaultSurge),
      defaultSurgeNote: D['nodePools[].maxSurge'].note(surgeContext),
      defaultMaxPods: D['nodePools[].maxPods'].value(maxPodsContext),
      defaultMaxPodsNote: D['nodePools[].maxPods'].note(maxPodsContext),
      subnets,
      subnetByName,
      defaultNodeSubnet,
      findings,
      useDefault,
      defaults,
    }),
  );

  const connected = resolveConnected(plan, findings);

  const tierNodeLimit = tier === 'Free' ? NODE_LIMIT_FREE : NODE_LIMIT_STANDARD;
  // R21; R66: dual-stack kubenet takes two routes per node.
  const routesLeft = Math.max(0, KUBENET_ROUTE_LIMIT - routeTableCustomRoutes);
  const kubenetNodeLimit =
    plugin === 'kubenet'
      ? dualStack
        ? Math.floor(routesLeft / KUBENET_DUAL_STACK_ROUTES_PER_NODE)
        : routesLeft
      : null;
  const nodeLimit = kubenetNodeLimit === null ? tierNodeLimit : Math.min(tierNodeLimit, kubenetNodeLimit);

  return {
    plugin,
    tier,
    families,
    familiesText,
    dataplane,
    policy,
    outboundType,
    routeTableCustomRoutes,
    privateCluster,
    version,
    versionText,
    podIpAllocationMode,
    podCidrsGiven,
    podCidrs,
    serviceCidrsGiven: serviceInput !== undefined,
    serviceCidrs,
    dnsServiceIp,
    podCidrExpansion,
    vnetName,
    vnetResourceGroup,
    vnetSpace,
    vnetSpaceGiven,
    subnets,
    subnetByName,
    managedVnet,
    apiServerVnetIntegration: subnets.some((s) => s.purpose === 'apiServer'),
    pools,
    connected,
    tierNodeLimit,
    kubenetNodeLimit,
    nodeLimit,
  };
}

/** The first parsed pod CIDR of a family. */
export function podCidrOf(plan: ResolvedPlan, family: IpFamily): ParsedPrefix | null {
  return plan.podCidrs.find((p) => p?.cidr.family === family) ?? null;
}
