/**
 * The plan document's shape, defined once: the parser (parse-plan-document.ts) walks it, and the
 * JSON Schema published for editors is generated from it (plan-json-schema.ts).
 */

export type FieldSpec =
  | { kind: 'string'; description: string; maxLength?: number }
  | { kind: 'enum'; values: readonly string[]; description: string }
  | { kind: 'integer'; min: number; max?: number; description: string }
  | { kind: 'boolean'; description: string }
  | { kind: 'schemaVersion'; description: string }
  | { kind: 'array'; items: FieldSpec; description: string; maxItems?: number }
  | { kind: 'object'; fields: Record<string, FieldSpec>; required: readonly string[]; description: string };

const text = (description: string, maxLength = 1_000): FieldSpec => ({
  kind: 'string',
  description,
  maxLength,
});
const cidr = (description: string): FieldSpec => ({ kind: 'string', description, maxLength: 64 });
const oneOf = (values: readonly string[], description: string): FieldSpec => ({
  kind: 'enum',
  values,
  description,
});
const int = (min: number, description: string, max?: number): FieldSpec =>
  max === undefined ? { kind: 'integer', min, description } : { kind: 'integer', min, max, description };
const list = (items: FieldSpec, description: string, maxItems = 10_000): FieldSpec => ({
  kind: 'array',
  items,
  description,
  maxItems,
});

export const SUBNET_SPEC: FieldSpec = {
  kind: 'object',
  description: 'A subnet of the VNet.',
  required: ['name', 'addressPrefixes'],
  fields: {
    name: text('Subnet name, unique in the VNet.', 80),
    addressPrefixes: list(
      cidr('A prefix such as 10.224.0.0/22 or fd00:10::/64.'),
      'IPv4 prefix, plus an IPv6 /64 for dual-stack.',
      16,
    ),
    purpose: oneOf(
      ['nodes', 'pods', 'apiServer', 'appGatewayForContainers', 'other'],
      'Role of the subnet (default nodes; appGatewayForContainers when delegated to Microsoft.ServiceNetworking/trafficControllers, R68); one role per subnet (R58).',
    ),
    otherIps: list(
      {
        kind: 'object',
        description: 'Other consumers of IPs in this subnet, e.g. internal load balancers.',
        required: ['count'],
        fields: { name: text('What takes the IPs.', 200), count: int(0, 'How many IPs.', 16_777_216) },
      },
      'Other consumers of this subnet’s IPs (R12, R57).',
      1_000,
    ),
    id: text('Azure resource ID of the subnet (kept by imports, R59).', 1_000),
    delegatedTo: text(
      'Service the subnet is delegated to, e.g. Microsoft.ContainerService/managedClusters.',
      200,
    ),
    sharedByClusters: int(1, 'Clusters that use this subnet (default 1; R12, R23).', 1_000),
  },
};

export const NODE_POOL_SPEC: FieldSpec = {
  kind: 'object',
  description: 'A node pool.',
  required: [],
  fields: {
    name: text('Pool name: lowercase letters and digits, Linux ≤ 12, Windows ≤ 6 (R32).', 64),
    mode: oneOf(['System', 'User'], 'System or User (default: the first pool is System).'),
    osType: oneOf(['Linux', 'Windows'], 'Operating system (default Linux).'),
    subnet: text('Name of the node subnet (default: the first subnet whose purpose is nodes).', 80),
    podSubnet: text('Name of the pod subnet (azurePodSubnet only).', 80),
    podIpAllocationMode: oneOf(
      ['DynamicIndividual', 'StaticBlock'],
      'Pod IP allocation mode (azurePodSubnet only).',
    ),
    count: int(0, 'Node count (default 3).', 100_000),
    enableAutoScaling: { kind: 'boolean', description: 'Cluster autoscaler on (default false).' },
    minCount: int(0, 'Autoscaler minimum.', 100_000),
    maxCount: int(0, 'Autoscaler maximum; the planner sizes by it (plannedNodes).', 100_000),
    maxSurge: text('"10%" or a whole node count such as "2" (default per R35).', 16),
    maxPods: int(0, 'Maximum pods per node, 10–250 (default per plugin, R29).', 100_000),
  },
};

export const PLAN_SPEC: FieldSpec = {
  kind: 'object',
  description: 'An AKS address plan (schema version 1).',
  required: ['schemaVersion', 'nodePools'],
  fields: {
    schemaVersion: { kind: 'schemaVersion', description: 'Always 1 for this version of the document.' },
    title: text('Shown in the header and on print.', 200),
    notes: text('Free text, printed.', 10_000),
    cluster: {
      kind: 'object',
      description: 'Cluster network settings.',
      required: [],
      fields: {
        name: text('Cluster name.', 63),
        kubernetesVersion: text('Kubernetes version such as 1.33 (used by R27, R35, R40, R47).', 20),
        tier: oneOf(
          ['Free', 'Standard', 'Premium'],
          'Pricing tier (planner default Standard; API default Free).',
        ),
        networkPlugin: oneOf(
          ['overlay', 'kubenet', 'azureNodeSubnet', 'azurePodSubnet', 'none'],
          'Network plugin (default overlay).',
        ),
        podIpAllocationMode: oneOf(
          ['DynamicIndividual', 'StaticBlock'],
          'Default pod IP allocation mode (azurePodSubnet).',
        ),
        networkDataplane: oneOf(['azure', 'cilium'], 'Network data plane (default azure).'),
        networkPolicy: oneOf(['none', 'azure', 'calico', 'cilium'], 'Network policy engine (default none).'),
        outboundType: oneOf(
          ['loadBalancer', 'managedNATGateway', 'userAssignedNATGateway', 'userDefinedRouting', 'none'],
          'Egress type (default loadBalancer).',
        ),
        routeTableCustomRoutes: int(0, 'Kubenet: your own routes in the cluster route table (R21).', 400),
        ipFamilies: list(oneOf(['IPv4', 'IPv6'], 'An IP family.'), '["IPv4"] or ["IPv4", "IPv6"].', 2),
        podCidrs: list(cidr('A pod CIDR.'), 'One pod CIDR per family, in ipFamilies order.', 2),
        serviceCidrs: list(cidr('A service CIDR.'), 'One service CIDR per family, in ipFamilies order.', 2),
        dnsServiceIp: text('IPv4 address inside serviceCidrs[0], conventionally .10.', 64),
        privateCluster: {
          kind: 'boolean',
          description: 'Private API server endpoint in the first pool’s subnet.',
        },
        podCidrExpansion: cidr('A planned expansion target for the IPv4 pod CIDR (R19).'),
      },
    },
    vnet: {
      kind: 'object',
      description: 'The cluster VNet; omitted = AKS-managed VNet.',
      required: [],
      fields: {
        name: text('VNet name.', 80),
        resourceGroup: text('Resource group of the VNet.', 90),
        addressSpace: list(cidr('An address space prefix.'), 'VNet address space.', 1_000),
        subnets: list(SUBNET_SPEC, 'Subnets of the VNet.', 3_100),
      },
    },
    nodePools: list(NODE_POOL_SPEC, 'Node pools (at most 100 per cluster, R31).', 10_000),
    connectedNetworks: list(
      {
        kind: 'object',
        description: 'A peered, ExpressRoute, VPN or on-premises network.',
        required: ['addressPrefixes'],
        fields: {
          name: text('Name.', 200),
          kind: oneOf(['peering', 'expressRoute', 'vpn', 'onPremises', 'other'], 'Kind of connection.'),
          addressPrefixes: list(cidr('A prefix.'), 'Its address prefixes.', 1_000),
        },
      },
      'Networks nothing may overlap.',
      100_000,
    ),
  },
};

/**
 * The spec of the field at a plan path (indices ignored; a path ending in an index names an item of a
 * list), or undefined when the path names no field.
 */
function fieldSpecAt(path: string): FieldSpec | undefined {
  let spec: FieldSpec | undefined = PLAN_SPEC;
  for (const key of path.replace(/\[\d+\]/g, '').split('.')) {
    while (spec?.kind === 'array') spec = spec.items;
    spec = spec?.kind === 'object' ? spec.fields[key] : undefined;
  }
  if (path.endsWith(']') && spec?.kind === 'array') spec = spec.items;
  return spec;
}

/**
 * The range the plan document allows for the whole number at `path` (indices ignored), or null when
 * the path names no integer field: the one home of these limits, read by the parser and by the form.
 *
 * @example integerRange('nodePools[2].count') // { min: 0, max: 100000 }
 */
export function integerRange(path: string): { min: number; max?: number } | null {
  const spec = fieldSpecAt(path);
  if (spec?.kind !== 'integer') return null;
  return spec.max === undefined ? { min: spec.min } : { min: spec.min, max: spec.max };
}

/**
 * The most characters a text field of the plan document takes (the one home of these limits: the
 * parser, the link reader and the form all read it). `path` is a plan path such as
 * `nodePools[3].name`; an item of a list of text is `cluster.podCidrs[0]`. Undefined for a field that
 * is not text (a list itself, a number).
 *
 * @example textMaxLength('nodePools[3].name') // 64
 */
export function textMaxLength(path: string): number | undefined {
  const spec = fieldSpecAt(path);
  return spec?.kind === 'string' ? spec.maxLength : undefined;
}
