import { describe, expect, it } from 'vitest';
import type { Finding, PlanDocument } from '../types.ts';
import { decodePlan, encodePlan, isPlanQuery } from './plan-codec.ts';
import { escapeText, IN_TOP, unescapeText } from './share-text.ts';
import { readValue, ShareFindings } from './share-read.ts';
import { ROW_KINDS } from './share-grammar.ts';
import { SCENARIOS } from '../../testing/scenarios.ts';

const plan = (
  extra: Omit<PlanDocument, 'schemaVersion' | 'nodePools'> & Partial<PlanDocument> = {},
): PlanDocument => ({
  schemaVersion: 1,
  nodePools: [],
  ...extra,
});

/** code@path of each finding, for compact assertions. */
const codes = (findings: Finding[]): string[] => findings.map((f) => `${f.code}@${f.path ?? ''}`);

describe('doc-comment examples', () => {
  it('encodePlan', () => {
    expect(
      encodePlan({
        schemaVersion: 1,
        cluster: { podCidrs: ['10.244.0.0/16'] },
        nodePools: [{ name: 'system', count: 3, maxPods: 110 }],
      }),
    ).toBe('v=1&pod=10.244.0.0/16&pool=system~count:3~maxPods:110');
  });

  it('decodePlan', () => {
    const {
      plan: decoded,
      findings,
      version,
    } = decodePlan('v=1&pod=10.244.0.0/16&pool=system~count:3~maxPods:x&colour=blue');
    expect(decoded).toEqual({
      schemaVersion: 1,
      cluster: { podCidrs: ['10.244.0.0/16'] },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(codes(findings)).toEqual(['SHARE_PARAM_INVALID@pool[0].maxPods', 'SHARE_PARAM_UNKNOWN@colour']);
    expect(version).toBe(1);
  });

  it('isPlanQuery, escapeText, unescapeText, readValue', () => {
    expect(isPlanQuery('?v=1&pod=10.244.0.0/16')).toBe(true);
    expect(escapeText('Payments platform, 10%', IN_TOP)).toBe('Payments+platform,+10%');
    expect(unescapeText('Payments+platform%2C+10%')).toBe('Payments platform, 10%');
    expect(
      readValue(
        { kind: 'enum', values: ['Free', 'Standard'], description: '' },
        'free',
        'tier',
        new ShareFindings(),
      ),
    ).toEqual({ set: true, value: 'Free' });
  });
});

/** Every key of the grammar: the link text and the plan it stands for (both directions). */
const EVERY_KEY: Array<[string, string, PlanDocument]> = [
  ['title', 'v=1&title=Payments+platform', plan({ title: 'Payments platform' })],
  ['notes', 'v=1&notes=Line+one%0ALine+two', plan({ notes: 'Line one\nLine two' })],
  ['cluster', 'v=1&cluster=aks-prod', plan({ cluster: { name: 'aks-prod' } })],
  ['k8s', 'v=1&k8s=1.33', plan({ cluster: { kubernetesVersion: '1.33' } })],
  ['tier', 'v=1&tier=Premium', plan({ cluster: { tier: 'Premium' } })],
  ['plugin', 'v=1&plugin=azurePodSubnet', plan({ cluster: { networkPlugin: 'azurePodSubnet' } })],
  ['alloc', 'v=1&alloc=StaticBlock', plan({ cluster: { podIpAllocationMode: 'StaticBlock' } })],
  ['dataplane', 'v=1&dataplane=cilium', plan({ cluster: { networkDataplane: 'cilium' } })],
  ['policy', 'v=1&policy=calico', plan({ cluster: { networkPolicy: 'calico' } })],
  ['outbound', 'v=1&outbound=userDefinedRouting', plan({ cluster: { outboundType: 'userDefinedRouting' } })],
  ['routes', 'v=1&routes=12', plan({ cluster: { routeTableCustomRoutes: 12 } })],
  ['fam', 'v=1&fam=IPv4,IPv6', plan({ cluster: { ipFamilies: ['IPv4', 'IPv6'] } })],
  [
    'pod',
    'v=1&pod=10.244.0.0/16,fd00:1::/64',
    plan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd00:1::/64'] } }),
  ],
  ['svc', 'v=1&svc=172.16.0.0/16', plan({ cluster: { serviceCidrs: ['172.16.0.0/16'] } })],
  ['dns', 'v=1&dns=172.16.0.10', plan({ cluster: { dnsServiceIp: '172.16.0.10' } })],
  ['private', 'v=1&private=true', plan({ cluster: { privateCluster: true } })],
  ['private=false', 'v=1&private=false', plan({ cluster: { privateCluster: false } })],
  ['expand', 'v=1&expand=10.244.0.0/15', plan({ cluster: { podCidrExpansion: '10.244.0.0/15' } })],
  ['vnet', 'v=1&vnet=vnet-spoke', plan({ vnet: { name: 'vnet-spoke' } })],
  ['rg', 'v=1&rg=rg-network', plan({ vnet: { resourceGroup: 'rg-network' } })],
  [
    'space',
    'v=1&space=10.224.0.0/12,fd00:10::/48',
    plan({ vnet: { addressSpace: ['10.224.0.0/12', 'fd00:10::/48'] } }),
  ],
  [
    'subnet (every field)',
    'v=1&subnet=snet-api~cidr:10.224.4.0/28~purpose:apiServer~ips:internal+load+balancers*6,2~delegatedTo:Microsoft.ContainerService/managedClusters~shared:3~id:/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-api',
    plan({
      vnet: {
        subnets: [
          {
            name: 'snet-api',
            addressPrefixes: ['10.224.4.0/28'],
            purpose: 'apiServer',
            otherIps: [{ name: 'internal load balancers', count: 6 }, { count: 2 }],
            delegatedTo: 'Microsoft.ContainerService/managedClusters',
            sharedByClusters: 3,
            id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-api',
          },
        ],
      },
    }),
  ],
  [
    'pool (every field)',
    'v=1&pool=apps~mode:User~os:Windows~subnet:snet-nodes~podSubnet:snet-pods~alloc:StaticBlock~count:3~auto:true~min:2~max:20~maxSurge:33%~maxPods:30',
    plan({
      nodePools: [
        {
          name: 'apps',
          mode: 'User',
          osType: 'Windows',
          subnet: 'snet-nodes',
          podSubnet: 'snet-pods',
          podIpAllocationMode: 'StaticBlock',
          count: 3,
          enableAutoScaling: true,
          minCount: 2,
          maxCount: 20,
          maxSurge: '33%',
          maxPods: 30,
        },
      ],
    }),
  ],
  [
    'net (every kind)',
    'v=1&net=hub~kind:peering~cidr:10.200.0.0/22&net=er~kind:expressRoute~cidr:10.0.0.0/8&net=kind:vpn~cidr:172.16.0.0/12&net=dc~kind:onPremises~cidr:192.168.0.0/16&net=x~kind:other~cidr:',
    plan({
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.200.0.0/22'] },
        { name: 'er', kind: 'expressRoute', addressPrefixes: ['10.0.0.0/8'] },
        { kind: 'vpn', addressPrefixes: ['172.16.0.0/12'] },
        { name: 'dc', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] },
        { name: 'x', kind: 'other', addressPrefixes: [] },
      ],
    }),
  ],
  [
    'empty objects and lists',
    "v=1&title=''&cluster=&vnet=&net=",
    plan({ title: '', cluster: {}, vnet: {}, connectedNetworks: [] }),
  ],
  ['empty subnet list', 'v=1&subnet=', plan({ vnet: { subnets: [] } })],
  [
    'empty lists in fields',
    'v=1&pod=&space=',
    plan({ cluster: { podCidrs: [] }, vnet: { addressSpace: [] } }),
  ],
  [
    'pools: defaults only, empty name, no name',
    "v=1&pool=&pool=''&pool=count:5",
    plan({ nodePools: [{}, { name: '' }, { count: 5 }] }),
  ],
];

describe('every key of the grammar', () => {
  it.each(EVERY_KEY)('%s: decodes, and encodes back to the same link', (_name, link, expected) => {
    const decoded = decodePlan(link);
    expect(decoded.findings).toEqual([]);
    expect(decoded.plan).toEqual(expected);
    expect(encodePlan(expected)).toBe(link);
  });

  it('encodes only what the plan sets: a plan with nothing set is just v=1', () => {
    expect(encodePlan(plan())).toBe('v=1');
    expect(decodePlan('v=1')).toEqual({ plan: plan(), findings: [], version: 1 });
  });

  it.each(SCENARIOS.map((s) => [s.id, s.plan] as const))(
    'scenario %s round-trips exactly',
    (_id, scenarioPlan) => {
      const decoded = decodePlan(encodePlan(scenarioPlan));
      expect(decoded.findings).toEqual([]);
      expect(decoded.plan).toEqual(scenarioPlan);
    },
  );
});

/** Values that do not read: each left out with a finding at its parameter; everything else loads. */
const INVALID: Array<[string, string, string, PlanDocument]> = [
  [
    'enum',
    'v=1&tier=Gold&k8s=1.33',
    'SHARE_PARAM_INVALID@tier',
    plan({ cluster: { kubernetesVersion: '1.33' } }),
  ],
  ['integer: text', 'v=1&routes=many', 'SHARE_PARAM_INVALID@routes', plan({ cluster: {} })],
  [
    'integer: negative',
    'v=1&pool=a~count:-1',
    'SHARE_PARAM_INVALID@pool[0].count',
    plan({ nodePools: [{ name: 'a' }] }),
  ],
  [
    'integer: fraction',
    'v=1&pool=a~maxPods:1.5',
    'SHARE_PARAM_INVALID@pool[0].maxPods',
    plan({ nodePools: [{ name: 'a' }] }),
  ],
  [
    'integer: above the plan file maximum',
    'v=1&routes=401',
    'SHARE_PARAM_INVALID@routes',
    plan({ cluster: {} }),
  ],
  ['boolean', 'v=1&private=maybe', 'SHARE_PARAM_INVALID@private', plan({ cluster: {} })],
  [
    'list item',
    'v=1&fam=IPv4,IPv5',
    'SHARE_PARAM_INVALID@fam[1]',
    plan({ cluster: { ipFamilies: ['IPv4'] } }),
  ],
  [
    'too many list items (a plan file allows 2 pod CIDRs)',
    'v=1&pod=10.1.0.0/16,fd00::/64,10.2.0.0/16',
    'SHARE_TOO_LONG@pod',
    plan({ cluster: { podCidrs: ['10.1.0.0/16', 'fd00::/64'] } }),
  ],
  ['text too long', `v=1&title=${'x'.repeat(201)}`, 'SHARE_TOO_LONG@title', plan()],
  [
    'row field without a colon',
    'v=1&pool=a~System~count:2',
    'SHARE_PARAM_INVALID@pool[0]',
    plan({ nodePools: [{ name: 'a', count: 2 }] }),
  ],
  [
    'other IPs without a count',
    'v=1&subnet=s~cidr:10.0.0.0/24~ips:lb*,dns*2',
    'SHARE_PARAM_INVALID@subnet[0].ips[0]',
    plan({
      vnet: {
        subnets: [{ name: 's', addressPrefixes: ['10.0.0.0/24'], otherIps: [{ name: 'dns', count: 2 }] }],
      },
    }),
  ],
  [
    'subnet without cidr',
    'v=1&subnet=s~purpose:nodes',
    'SHARE_PARAM_INVALID@subnet[0].cidr',
    plan({ vnet: { subnets: [{ name: 's', purpose: 'nodes', addressPrefixes: [] }] } }),
  ],
  [
    'subnet without a name',
    'v=1&subnet=cidr:10.0.0.0/24',
    'SHARE_PARAM_INVALID@subnet[0].name',
    plan({ vnet: { subnets: [{ name: '', addressPrefixes: ['10.0.0.0/24'] }] } }),
  ],
  [
    'connected network without cidr',
    'v=1&net=hub~kind:peering',
    'SHARE_PARAM_INVALID@net[0].cidr',
    plan({ connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: [] }] }),
  ],
  [
    'unknown key',
    'v=1&colour=blue&k8s=1.33',
    'SHARE_PARAM_UNKNOWN@colour',
    plan({ cluster: { kubernetesVersion: '1.33' } }),
  ],
  [
    'unknown row field',
    'v=1&pool=a~size:Standard_D4s_v5~count:2',
    'SHARE_PARAM_UNKNOWN@pool[0].size',
    plan({ nodePools: [{ name: 'a', count: 2 }] }),
  ],
  [
    'duplicate key: the first wins',
    'v=1&k8s=1.33&k8s=1.29',
    'SHARE_PARAM_DUPLICATE@k8s',
    plan({ cluster: { kubernetesVersion: '1.33' } }),
  ],
  [
    'duplicate row field: the first wins',
    'v=1&pool=a~count:2~count:9',
    'SHARE_PARAM_DUPLICATE@pool[0].count',
    plan({ nodePools: [{ name: 'a', count: 2 }] }),
  ],
  [
    'duplicate v',
    'v=1&v=2&k8s=1.33',
    'SHARE_PARAM_DUPLICATE@v',
    plan({ cluster: { kubernetesVersion: '1.33' } }),
  ],
];

describe('invalid values are left out, with a finding naming the parameter', () => {
  it.each(INVALID)('%s', (_name, link, expectedCode, expected) => {
    const decoded = decodePlan(link);
    expect(codes(decoded.findings)).toEqual([expectedCode]);
    expect(decoded.plan).toEqual(expected);
    const f = decoded.findings[0];
    expect(f?.message).toMatch(/left out|ignored|read as/);
  });

  it('a broken link loads every other value: one bad number, one unknown key, one bad enum', () => {
    const decoded = decodePlan(
      'v=1&title=Prod&plugin=overlay&tier=Gold&pod=10.244.0.0/33&foo=bar&pool=system~mode:System~count:x~maxPods:110',
    );
    expect(codes(decoded.findings)).toEqual([
      'SHARE_PARAM_INVALID@tier',
      'SHARE_PARAM_UNKNOWN@foo',
      'SHARE_PARAM_INVALID@pool[0].count',
    ]);
    // A CIDR that does not parse is kept as text, like a plan file: evaluatePlan reports CIDR_INVALID.
    expect(decoded.plan).toEqual(
      plan({
        title: 'Prod',
        cluster: { networkPlugin: 'overlay', podCidrs: ['10.244.0.0/33'] },
        nodePools: [{ name: 'system', mode: 'System', maxPods: 110 }],
      }),
    );
  });
});

describe('versions', () => {
  it('v=1 is read with no finding', () => {
    expect(decodePlan('v=1&k8s=1.33').version).toBe(1);
  });

  it('a link without v is read as version 1, with a note', () => {
    const decoded = decodePlan('k8s=1.33');
    expect(decoded.version).toBeNull();
    expect(decoded.plan).toEqual(plan({ cluster: { kubernetesVersion: '1.33' } }));
    expect(decoded.findings.map((f) => [f.code, f.severity])).toEqual([['SHARE_VERSION_MISSING', 'info']]);
  });

  it.each([
    ['v=2', 2],
    ['v=0', 0],
    ['v=abc', null],
    ['v=', null],
  ] as const)('%s is read as version 1 where possible, with a warning', (v, version) => {
    const decoded = decodePlan(`${v}&k8s=1.33&newkey=x`);
    expect(decoded.version).toBe(version);
    expect(decoded.plan).toEqual(plan({ cluster: { kubernetesVersion: '1.33' } }));
    expect(codes(decoded.findings)).toEqual(['SHARE_VERSION_UNSUPPORTED@v', 'SHARE_PARAM_UNKNOWN@newkey']);
  });
});

describe('what a person may type', () => {
  it('splits parameters at & and each at its first =, skipping empty ones and keys without =', () => {
    const decoded = decodePlan('&&title=a=b&cluster&&v=1&pool=x~count:2&pool=y=z&');
    expect(decoded.plan).toEqual(
      plan({ title: 'a=b', cluster: {}, nodePools: [{ name: 'x', count: 2 }, { name: 'y=z' }] }),
    );
    expect(decoded.findings).toEqual([]);
  });

  it.each([
    [
      'keys in any case',
      'V=1&K8S=1.33&Pool=a~Count:2~MAXPODS:30',
      plan({ cluster: { kubernetesVersion: '1.33' }, nodePools: [{ name: 'a', count: 2, maxPods: 30 }] }),
    ],
    [
      'enum values and booleans in any case',
      'v=1&tier=free&plugin=KUBENET&private=TRUE&pool=a~mode:system~auto:False',
      plan({
        cluster: { tier: 'Free', networkPlugin: 'kubenet', privateCluster: true },
        nodePools: [{ name: 'a', mode: 'System', enableAutoScaling: false }],
      }),
    ],
    [
      '1 and 0 as booleans',
      'v=1&private=1&pool=a~auto:0',
      plan({ cluster: { privateCluster: true }, nodePools: [{ name: 'a', enableAutoScaling: false }] }),
    ],
    [
      'spaces around numbers, enum values and booleans',
      'v=1&tier=+Free+&pool=a~count:%203%20~auto:+true',
      plan({ cluster: { tier: 'Free' }, nodePools: [{ name: 'a', count: 3, enableAutoScaling: true }] }),
    ],
    ['leading zeros in numbers', 'v=1&pool=a~count:007', plan({ nodePools: [{ name: 'a', count: 7 }] })],
    ['a leading ?', '?v=1&k8s=1.33', plan({ cluster: { kubernetesVersion: '1.33' } })],
    [
      'a #fragment after the query',
      'v=1&k8s=1.33#results-heading',
      plan({ cluster: { kubernetesVersion: '1.33' } }),
    ],
    [
      'line breaks from a wrapped e-mail',
      'v=1&k8s=1.\r\n33&pool=sys\ntem',
      plan({ cluster: { kubernetesVersion: '1.33' }, nodePools: [{ name: 'system' }] }),
    ],
    [
      'empty parameters and empty row fields',
      'v=1&&k8s=1.33&&pool=a~~count:2~',
      plan({ cluster: { kubernetesVersion: '1.33' }, nodePools: [{ name: 'a', count: 2 }] }),
    ],
    [
      'empty list items and a trailing comma',
      'v=1&pod=10.244.0.0/16,,&space=10.0.0.0/8,',
      plan({ cluster: { podCidrs: ['10.244.0.0/16'] }, vnet: { addressSpace: ['10.0.0.0/8'] } }),
    ],
    [
      'an explicit name: field',
      'v=1&pool=name:system~count:3',
      plan({ nodePools: [{ name: 'system', count: 3 }] }),
    ],
    ['a raw space is a space, like +', 'v=1&title=My plan+2', plan({ title: 'My plan 2' })],
    [
      'percent-encoded / and : (as URLSearchParams writes them)',
      'v=1&pod=10.244.0.0%2F16,fd00%3A%3A%2F64',
      plan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd00::/64'] } }),
    ],
    [
      '%2C is a comma inside an item, not a separator',
      'v=1&pod=10.244.0.0/16%2Cfd00::/64',
      plan({ cluster: { podCidrs: ['10.244.0.0/16,fd00::/64'] } }),
    ],
    ['a key without =', 'v=1&private&k8s=1.33', plan({ cluster: { kubernetesVersion: '1.33' } })],
  ])('%s', (_name, link, expected) => {
    const decoded = decodePlan(link);
    expect(decoded.findings).toEqual([]);
    expect(decoded.plan).toEqual(expected);
  });

  it('text keeps its spaces exactly (a plan file does too)', () => {
    expect(decodePlan('v=1&title=+padded+&pod=+10.0.0.0/8').plan).toEqual(
      plan({ title: ' padded ', cluster: { podCidrs: [' 10.0.0.0/8'] } }),
    );
  });
});

describe('escaping: names with spaces, commas, &, =, #, %, ~, *, : and unicode', () => {
  const NAMES = [
    'a b',
    'a,b',
    'R&D',
    'a=b',
    '#1',
    '100%',
    '%41',
    '50%+',
    'a~b',
    'lb*2',
    'a:b',
    "''",
    "it's",
    'Zürich – ‘Ops’',
    '東京 😀',
    '+',
    '?/@!$()',
    'tab\there\nnewline',
  ];

  it.each(NAMES)(
    '%j round-trips as a title, a pool name, a subnet name, a CIDR item and an other-IPs name',
    (name) => {
      const p = plan({
        title: name,
        vnet: { subnets: [{ name, addressPrefixes: [name, 'x'], otherIps: [{ name, count: 1 }] }] },
        nodePools: [{ name, subnet: name }],
        connectedNetworks: [{ name, addressPrefixes: [name] }],
      });
      const link = encodePlan(p);
      expect(link).not.toMatch(/[\s#]/);
      expect(decodePlan(link)).toEqual({ plan: p, findings: [], version: 1 });
      // URLSearchParams splits it into the same parameters.
      expect([...new URLSearchParams(link).keys()]).toEqual(['v', 'title', 'subnet', 'pool', 'net']);
    },
  );

  it('keeps CIDRs literal: / and : are not escaped', () => {
    expect(encodePlan(plan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd00:10::/64'] } }))).toBe(
      'v=1&pod=10.244.0.0/16,fd00:10::/64',
    );
  });

  it('writes a space as +, and & = # as %26 %3D %23', () => {
    expect(encodePlan(plan({ title: 'R&D = team #1' }))).toBe('v=1&title=R%26D+%3D+team+%231');
  });

  it('writes % literally unless two hex digits follow it', () => {
    expect(encodePlan(plan({ nodePools: [{ maxSurge: '10%' }] }))).toBe('v=1&pool=maxSurge:10%');
    expect(encodePlan(plan({ title: '%41 and 5%' }))).toBe('v=1&title=%2541+and+5%');
  });

  it('reads invalid percent-encoding without throwing: a stray % stays, bad UTF-8 becomes U+FFFD', () => {
    expect(decodePlan('v=1&title=100%zz').plan.title).toBe('100%zz');
    expect(decodePlan('v=1&title=%E0%A4').plan.title).toBe('\uFFFD');
  });

  it('keeps a byte order mark (U+FEFF) at the start of an escaped run (found by the fuzzer)', () => {
    expect(unescapeText('a%EF%BB%BFb')).toBe('a\uFEFFb');
    expect(unescapeText('%EF%BB%BF%EF%BB%BF')).toBe('\uFEFF\uFEFF');
    const title = '\uFEFFx\uFEFF';
    expect(decodePlan(encodePlan(plan({ title }))).plan.title).toBe(title);
  });

  it('writes a lone surrogate (which no URL can carry) as U+FFFD', () => {
    expect(decodePlan(encodePlan(plan({ title: 'a\uD800b' }))).plan.title).toBe('a\uFFFDb');
  });
});

describe('the examples of docs/share-links.md', () => {
  it.each([
    [
      'v=1&subnet=snet-nodes~cidr:10.224.0.0/22~purpose:nodes~ips:internal+load+balancers*6,2',
      plan({
        vnet: {
          subnets: [
            {
              name: 'snet-nodes',
              addressPrefixes: ['10.224.0.0/22'],
              purpose: 'nodes',
              otherIps: [{ name: 'internal load balancers', count: 6 }, { count: 2 }],
            },
          ],
        },
      }),
    ],
    [
      "v=1&title=''&cluster=&vnet=&net=&pool=&pool=''",
      plan({ title: '', cluster: {}, vnet: {}, connectedNetworks: [], nodePools: [{}, { name: '' }] }),
    ],
    [
      'V=1&Plugin=KUBENET&tier=free&pod=10.244.0.0/16,&private=1&pool=name:system~Count:+3+~maxPods:110',
      plan({
        cluster: {
          networkPlugin: 'kubenet',
          tier: 'Free',
          podCidrs: ['10.244.0.0/16'],
          privateCluster: true,
        },
        nodePools: [{ name: 'system', count: 3, maxPods: 110 }],
      }),
    ],
    [
      'v=1&title=Payments+platform%2C+West+Europe&pod=10.244.0.0%2F16',
      plan({ title: 'Payments platform, West Europe', cluster: { podCidrs: ['10.244.0.0/16'] } }),
    ],
  ])('%s', (link, expected) => {
    expect(decodePlan(link)).toEqual({ plan: expected, findings: [], version: 1 });
  });
});

describe('isPlanQuery', () => {
  it.each([
    ['', false],
    ['?', false],
    ['?utm_source=mail', false],
    ['results-heading', false],
    ['?v=1', true],
    ['pod=10.244.0.0/16', true],
    ['?utm_source=mail&POOL=a', true],
  ])('%j -> %s', (query, expected) => {
    expect(isPlanQuery(query)).toBe(expected);
  });
});

describe('row field bits', () => {
  it('every row kind has fewer than 31 fields: the decoder marks the fields a row has read with one bit each', () => {
    // subnet 6, pool 11, net 2 fields today (plus name); a 32-bit mask holds 31.
    for (const kind of ROW_KINDS) expect(kind.fields.length + 1).toBeLessThan(31);
  });
});

describe('the appGatewayForContainers purpose (R68, revision 2026-12-06)', () => {
  it('encodes as purpose:appGatewayForContainers and decodes back, with no findings', () => {
    const plan = {
      schemaVersion: 1 as const,
      vnet: {
        subnets: [
          {
            name: 'snet-agc',
            addressPrefixes: ['10.224.8.0/24'],
            purpose: 'appGatewayForContainers' as const,
            delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
          },
        ],
      },
      nodePools: [{ name: 'system' }],
    };
    const query = encodePlan(plan);
    expect(query).toContain('subnet=snet-agc~cidr:10.224.8.0/24~purpose:appGatewayForContainers~');
    const decoded = decodePlan(query);
    expect(decoded.findings).toEqual([]);
    expect(decoded.plan).toEqual(plan);
  });
  it('reads the value in any case, as every enum', () => {
    const { plan } = decodePlan('v=1&subnet=a~cidr:10.0.0.0/24~purpose:APPGATEWAYFORCONTAINERS&pool=system');
    expect(plan.vnet?.subnets?.[0]?.purpose).toBe('appGatewayForContainers');
  });
});
