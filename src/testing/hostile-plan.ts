import fc from 'fast-check';
import type { ExportOptions, NodePoolPlan, PlanDocument } from '../core/index.ts';

/**
 * Pieces of text that try every way out of a string or a comment in bash, Bicep and HCL: line
 * breaks of every kind, command substitution, quotes, backslashes, template sequences, heredoc
 * markers, comment markers, bidirectional controls. Text exports refuse (NUL, which no shell argument can carry; text that is not Unicode NFC, which
 * Terraform would rewrite) goes into one field of one case in six.
 */
export const HOSTILE_PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\t',
  '\u000b',
  '\u001b[31m',
  '$(touch PWNED)',
  '`touch PWNED`',
  '$((1+1))',
  '${IFS}',
  '$HOME',
  '$1',
  '!!',
  "'",
  "'\\''",
  '"',
  '\\',
  '\\n',
  '\\u0041',
  '${var.x}',
  '${file("/etc/passwd")}',
  '%{ if true }x%{ endif }',
  '$${',
  '%%{',
  '$',
  '%',
  '{',
  '}',
  '<<EOF',
  '<<-EOT',
  'EOF',
  "'''",
  '#',
  '//',
  '/*',
  '*/',
  ';',
  '&&',
  '|',
  '>',
  '*',
  '~',
  ' ',
  '-',
  '--help',
  "$'",
  '\u202e',
  '\u2066',
  'ä',
  '😀',
  '\udbff\udfff',
  'data "external" "x" { program = ["sh"] }',
  "resource x 'Microsoft.Compute/virtualMachines@2024-01-01' = {}",
] as const;

/** A hostile string: hostile pieces and ordinary text, mixed. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map((t) => t.normalize('NFC')) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').normalize('NFC'));

/** A rich plan whose every string field is hostile, and the options it is exported with. */
export interface HostileCase {
  plan: PlanDocument;
  options: ExportOptions;
}

const PLUGINS = ['overlay', 'azurePodSubnet', 'kubenet', 'azureNodeSubnet'] as const;

/**
 * Plans with a VNet of four subnets (nodes, pods, apiServer, other: names made distinct by a
 * suffix), three pools on the node subnet, connected networks, notes; every string hostile.
 */
export const hostileCase: fc.Arbitrary<HostileCase> = fc
  .record({
    s: fc.array(hostileString, { minLength: 30, maxLength: 30 }),
    plugin: fc.constantFrom(...PLUGINS),
    outboundType: fc.constantFrom('loadBalancer', 'userDefinedRouting', 'managedNATGateway') as fc.Arbitrary<
      'loadBalancer' | 'userDefinedRouting' | 'managedNATGateway'
    >,
    hasVnet: fc.boolean(),
    existingVnet: fc.boolean(),
    withIds: fc.boolean(),
    privateCluster: fc.boolean(),
    // A field index from 0 to 29 (one case in six) gets an unwritable piece; 30 to 179 none.
    nulAt: fc.integer({ min: 0, max: 179 }),
    unwritable: fc.constantFrom('\u0000', '\uf900', 'e\u0301'),
  })
  .map(({ s, plugin, outboundType, hasVnet, existingVnet, withIds, privateCluster, nulAt, unwritable }) => {
    const at = (i: number): string => `${s[i] ?? ''}${i === nulAt ? unwritable : ''}`;
    const subnetNames = [`${at(0)}-0`, `${at(1)}-1`, `${at(2)}-2`, `${at(3)}-3`];
    const [nodes = '', pods = '', api = '', other = ''] = subnetNames;
    const podSubnets = plugin === 'azurePodSubnet';
    const plan: PlanDocument = {
      schemaVersion: 1,
      title: at(4),
      notes: at(5),
      cluster: {
        name: at(6),
        kubernetesVersion: at(7),
        networkPlugin: plugin,
        outboundType: hasVnet ? outboundType : 'loadBalancer',
        ...(plugin === 'overlay' || plugin === 'kubenet' ? { podCidrs: [at(8)] } : {}),
        serviceCidrs: [at(9)],
        dnsServiceIp: at(10),
        podCidrExpansion: at(11),
        privateCluster,
      },
      nodePools: (
        [
          { name: at(12), mode: 'System', maxSurge: at(13), count: 3 },
          {
            name: `${at(14)}-b`,
            mode: 'User',
            maxSurge: at(15),
            count: 2,
            enableAutoScaling: true,
            minCount: 1,
            maxCount: 5,
          },
          { name: `${at(16)}-c`, mode: 'User', osType: 'Windows', count: 1 },
        ] satisfies NodePoolPlan[]
      ).map((p) => (hasVnet ? { ...p, subnet: nodes, ...(podSubnets ? { podSubnet: pods } : {}) } : p)),
      connectedNetworks: [{ name: at(17), kind: 'onPremises', addressPrefixes: [at(18), at(19)] }],
    };
    if (hasVnet) {
      plan.vnet = {
        name: at(20),
        resourceGroup: at(21),
        addressSpace: [at(22)],
        subnets: [
          {
            name: nodes,
            addressPrefixes: [at(23)],
            purpose: 'nodes',
            otherIps: [{ name: at(24), count: 3 }],
            ...(withIds ? { id: at(25) } : {}),
          },
          { name: pods, addressPrefixes: [at(26)], purpose: 'pods', ...(withIds ? { id: at(27) } : {}) },
          { name: api, addressPrefixes: [at(28)], purpose: 'apiServer', delegatedTo: at(29) },
          { name: other, addressPrefixes: ['10.9.0.0/24'], purpose: 'other' },
        ],
      };
    }
    return { plan, options: hasVnet ? { existingVnet } : {} };
  });
