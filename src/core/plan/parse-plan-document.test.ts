/** parsePlanDocument (plan-document.md §1): untrusted input → a plan + findings that name the path. */
import { duplicateJsonKeys } from './duplicate-keys.ts';
import { integerRange } from './plan-schema.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluatePlan, parsePlanDocument } from '../index.ts';
import type { Finding } from '../types.ts';

function only(findings: Finding[]): [string, string, string | undefined][] {
  return findings.map((f) => [f.code, f.severity, f.path]);
}

/** The example document of plan-document.md §1, comments removed. */
const CONTRACT_EXAMPLE = {
  schemaVersion: 1,
  title: 'Payments platform, West Europe',
  notes: 'Reviewed with the network team',
  cluster: {
    name: 'aks-payments-prod',
    kubernetesVersion: '1.33',
    tier: 'Standard',
    networkPlugin: 'overlay',
    podIpAllocationMode: 'DynamicIndividual',
    networkDataplane: 'azure',
    networkPolicy: 'none',
    outboundType: 'loadBalancer',
    routeTableCustomRoutes: 0,
    ipFamilies: ['IPv4'],
    podCidrs: ['10.244.0.0/16'],
    serviceCidrs: ['10.0.0.0/16'],
    dnsServiceIp: '10.0.0.10',
    privateCluster: false,
    podCidrExpansion: '10.244.0.0/15',
  },
  vnet: {
    name: 'vnet-spoke-prod',
    resourceGroup: 'rg-network-prod',
    addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
    subnets: [
      {
        name: 'snet-aks-nodes',
        addressPrefixes: ['10.224.0.0/22', 'fd00:10::/64'],
        purpose: 'nodes',
        otherIps: [{ name: 'internal load balancers', count: 6 }],
        id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network-prod/providers/Microsoft.Network/virtualNetworks/vnet-spoke-prod/subnets/snet-aks-nodes',
      },
      {
        name: 'snet-apiserver',
        addressPrefixes: ['10.224.4.0/28'],
        purpose: 'apiServer',
        delegatedTo: 'Microsoft.ContainerService/managedClusters',
        sharedByClusters: 1,
      },
    ],
  },
  nodePools: [
    {
      name: 'system',
      mode: 'System',
      osType: 'Linux',
      subnet: 'snet-aks-nodes',
      count: 3,
      enableAutoScaling: true,
      minCount: 3,
      maxCount: 6,
      maxSurge: '10%',
      maxPods: 250,
    },
  ],
  connectedNetworks: [{ name: 'on-premises', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] }],
};

describe('a valid document', () => {
  it('the contract example loads with no findings and evaluates without errors', () => {
    const { plan, findings } = parsePlanDocument(CONTRACT_EXAMPLE);
    expect(findings).toEqual([]);
    expect(plan).toEqual(CONTRACT_EXAMPLE);
    const report = evaluatePlan(plan);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.subnets[0]).toMatchObject({ ipsSteady: 12, ipsDuringUpgrade: 13 }); // 6 nodes (maxCount) + 6 ILBs; + 1 surge
  });

  it('JSON text is parsed the same as the value', () => {
    expect(parsePlanDocument(JSON.stringify(CONTRACT_EXAMPLE))).toEqual(parsePlanDocument(CONTRACT_EXAMPLE));
  });

  it('the minimal document: schemaVersion and nodePools', () => {
    const result = parsePlanDocument({ schemaVersion: 1, nodePools: [] });
    expect(result).toEqual({ plan: { schemaVersion: 1, nodePools: [] }, findings: [] });
  });

  it('$schema is allowed for editors', () => {
    expect(
      parsePlanDocument({ $schema: './plan.schema.json', schemaVersion: 1, nodePools: [] }).findings,
    ).toEqual([]);
  });
});

describe('PLAN_NOT_JSON and PLAN_WRONG_TYPE for the whole document', () => {
  it.each(['{', '{"schemaVersion": 1,}', 'nodePools: []'])(
    'text %j → PLAN_NOT_JSON, nothing loaded',
    (text) => {
      const { plan, findings } = parsePlanDocument(text);
      expect(only(findings)).toEqual([['PLAN_NOT_JSON', 'error', undefined]]);
      expect(plan).toEqual({ schemaVersion: 1, nodePools: [] });
    },
  );

  it.each([42, null, undefined, [], true, '"text"', '[1]'])('%j → PLAN_WRONG_TYPE', (value) => {
    const { plan, findings } = parsePlanDocument(value);
    expect(only(findings)).toEqual([['PLAN_WRONG_TYPE', 'error', undefined]]);
    expect(plan).toEqual({ schemaVersion: 1, nodePools: [] });
  });
});

describe('field findings name the path; a bad value is left out so its default applies', () => {
  const base = { schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] };
  it.each([
    {
      doc: { ...base, nodePools: [{ name: 'system', maxPods: 'x' }] },
      code: 'PLAN_WRONG_TYPE',
      path: 'nodePools[0].maxPods',
    },
    {
      doc: { ...base, nodePools: [{ name: 'system', count: '3' }] },
      code: 'PLAN_WRONG_TYPE',
      path: 'nodePools[0].count',
    },
    {
      doc: { ...base, cluster: { privateCluster: 'yes' } },
      code: 'PLAN_WRONG_TYPE',
      path: 'cluster.privateCluster',
    },
    {
      doc: { ...base, cluster: { podCidrs: '10.244.0.0/16' } },
      code: 'PLAN_WRONG_TYPE',
      path: 'cluster.podCidrs',
    },
    { doc: { ...base, cluster: { podCidrs: [16] } }, code: 'PLAN_WRONG_TYPE', path: 'cluster.podCidrs[0]' },
    { doc: { ...base, nodePools: {} }, code: 'PLAN_WRONG_TYPE', path: 'nodePools' },
    { doc: { ...base, vnet: [] }, code: 'PLAN_WRONG_TYPE', path: 'vnet' },
    { doc: { ...base, cluster: { tier: 'Gold' } }, code: 'PLAN_VALUE_INVALID', path: 'cluster.tier' },
    {
      doc: { ...base, cluster: { networkPlugin: 'azure' } },
      code: 'PLAN_VALUE_INVALID',
      path: 'cluster.networkPlugin',
    },
    {
      doc: { ...base, cluster: { ipFamilies: ['IPv5'] } },
      code: 'PLAN_VALUE_INVALID',
      path: 'cluster.ipFamilies[0]',
    },
    {
      doc: { ...base, cluster: { routeTableCustomRoutes: 401 } },
      code: 'PLAN_VALUE_INVALID',
      path: 'cluster.routeTableCustomRoutes',
    },
    { doc: { ...base, cluster: { name: 'a'.repeat(64) } }, code: 'PLAN_VALUE_INVALID', path: 'cluster.name' },
    {
      doc: { ...base, nodePools: [{ name: 'system', count: -1 }] },
      code: 'PLAN_VALUE_INVALID',
      path: 'nodePools[0].count',
    },
    {
      doc: { ...base, nodePools: [{ name: 'system', count: 1.5 }] },
      code: 'PLAN_VALUE_INVALID',
      path: 'nodePools[0].count',
    },
    {
      doc: { ...base, nodePools: [{ name: 'system', maxPods: 100_001 }] },
      code: 'PLAN_VALUE_INVALID',
      path: 'nodePools[0].maxPods',
    },
    {
      doc: { ...base, cluster: { ipFamilies: ['IPv4', 'IPv6', 'IPv4'] } },
      code: 'PLAN_VALUE_INVALID',
      path: 'cluster.ipFamilies',
    },
    {
      doc: { ...base, cluster: { podCidr: '10.244.0.0/16' } },
      code: 'PLAN_UNKNOWN_FIELD',
      path: 'cluster.podCidr',
    },
    {
      doc: { ...base, nodePools: [{ name: 'system', maxPod: 30 }] },
      code: 'PLAN_UNKNOWN_FIELD',
      path: 'nodePools[0].maxPod',
    },
    { doc: { schemaVersion: 1 }, code: 'PLAN_MISSING_FIELD', path: 'nodePools' },
    { doc: { nodePools: [] }, code: 'PLAN_MISSING_FIELD', path: 'schemaVersion' },
    {
      doc: { ...base, vnet: { subnets: [{ name: 'snet' }] } },
      code: 'PLAN_MISSING_FIELD',
      path: 'vnet.subnets[0].addressPrefixes',
    },
    {
      doc: { ...base, vnet: { subnets: [{ addressPrefixes: ['10.0.0.0/24'] }] } },
      code: 'PLAN_MISSING_FIELD',
      path: 'vnet.subnets[0].name',
    },
    {
      doc: { ...base, connectedNetworks: [{ name: 'x' }] },
      code: 'PLAN_MISSING_FIELD',
      path: 'connectedNetworks[0].addressPrefixes',
    },
    { doc: { ...base, schemaVersion: '1' }, code: 'PLAN_SCHEMA_VERSION', path: 'schemaVersion' },
    { doc: { ...base, schemaVersion: 0 }, code: 'PLAN_SCHEMA_VERSION', path: 'schemaVersion' },
  ])('$code at $path', ({ doc, code, path }) => {
    const { findings } = parsePlanDocument(doc);
    const hit = findings.find((f) => f.code === code && f.path === path);
    expect(hit, JSON.stringify(only(findings))).toBeDefined();
    expect(hit?.severity).toBe(code === 'PLAN_UNKNOWN_FIELD' ? 'warning' : 'error');
    expect(hit?.rule).toBe('plan');
    expect(hit?.message).toContain(path);
  });

  it('the message says what was expected: "Gold" → one of Free, Standard, Premium', () => {
    const { findings } = parsePlanDocument({ schemaVersion: 1, nodePools: [], cluster: { tier: 'Gold' } });
    expect(findings[0]?.message).toContain('Gold');
    expect(findings[0]?.message).toContain('Free, Standard, Premium');
  });

  it('a wrong value is left out, so evaluatePlan applies its default', () => {
    const { plan } = parsePlanDocument({ schemaVersion: 1, nodePools: [{ name: 'system', maxPods: 'x' }] });
    expect(plan.nodePools[0]).toEqual({ name: 'system' });
    expect(evaluatePlan(plan).nodePools[0]?.maxPods).toBe(250);
  });

  it('a list that is too long keeps its first entries', () => {
    const { plan } = parsePlanDocument({
      schemaVersion: 1,
      nodePools: [],
      cluster: { ipFamilies: ['IPv4', 'IPv6', 'IPv4'] },
    });
    expect(plan.cluster?.ipFamilies).toEqual(['IPv4', 'IPv6']);
  });

  it('a wrong entry of a list is dropped, the others are kept', () => {
    const { plan, findings } = parsePlanDocument({
      schemaVersion: 1,
      nodePools: [{ name: 'a' }, 7, { name: 'b' }],
    });
    expect(only(findings)).toEqual([['PLAN_WRONG_TYPE', 'error', 'nodePools[1]']]);
    expect(plan.nodePools).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('schemaVersion 2 → one PLAN_SCHEMA_VERSION (not two), read as version 1 where possible', () => {
    const { plan, findings } = parsePlanDocument({ schemaVersion: 2, nodePools: [{ name: 'system' }] });
    expect(only(findings)).toEqual([['PLAN_SCHEMA_VERSION', 'error', 'schemaVersion']]);
    expect(findings[0]?.message).toContain('2');
    expect(plan).toEqual({ schemaVersion: 1, nodePools: [{ name: 'system' }] });
  });
});

describe('never throws', () => {
  it('on any JSON value, and the plan it yields evaluates without an internal error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { plan, findings } = parsePlanDocument(value);
        expect(Array.isArray(findings)).toBe(true);
        const report = evaluatePlan(plan);
        expect(report.findings.map((f) => f.code)).not.toContain('INTERNAL_ERROR');
      }),
      { numRuns: 300 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parsePlanDocument(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('at most 100 findings of a code', () => {
  it('150 pools with a bad maxPods → 100 PLAN_WRONG_TYPE at their paths and one counting the other 50', () => {
    const nodePools = Array.from({ length: 150 }, (_, i) => ({ name: `pool${i}`, maxPods: 'x' }));
    const { plan, findings } = parsePlanDocument({ schemaVersion: 1, nodePools });
    const wrong = findings.filter((f) => f.code === 'PLAN_WRONG_TYPE');
    expect(wrong).toHaveLength(101);
    expect(wrong[0]?.path).toBe('nodePools[0].maxPods');
    expect(wrong[99]?.path).toBe('nodePools[99].maxPods');
    expect(wrong[100]?.path).toBeUndefined();
    expect(wrong[100]?.message).toContain('50 more PLAN_WRONG_TYPE findings');
    // Every pool is still read; only the list of findings is short.
    expect(plan.nodePools).toHaveLength(150);
  });
});

describe('integerRange (issue 13: one home for the limits)', () => {
  it('reads the integer limits of a field path from the plan schema', () => {
    expect(integerRange('nodePools[2].count')).toEqual({ min: 0, max: 100_000 });
    expect(integerRange('vnet.subnets[0].otherIps[1].count')).toEqual({ min: 0, max: 16_777_216 });
    expect(integerRange('cluster.routeTableCustomRoutes')).toEqual({ min: 0, max: 400 });
    expect(integerRange('nodePools[0].name')).toBeNull();
    expect(integerRange('nope')).toBeNull();
  });
});

describe('parsePlanDocument on JSON text (issue 13)', () => {
  it('accepts a leading UTF-8 byte order mark', () => {
    const { plan, findings } = parsePlanDocument('\uFEFF{"schemaVersion":1,"nodePools":[]}');
    expect(findings).toEqual([]);
    expect(plan.schemaVersion).toBe(1);
  });

  it('warns about a key written twice, with its path, and keeps the last value like JSON.parse', () => {
    const { plan, findings } = parsePlanDocument(
      '{"schemaVersion":1,"title":"first","title":"second","nodePools":[{"name":"a","count":3,"count":4}],"vnet":{"subnets":[{"name":"s","addressPrefixes":["10.0.0.0/24"],"name":"t"}]}}',
    );
    expect(plan.title).toBe('second');
    expect(plan.nodePools[0]?.count).toBe(4);
    const duplicates = findings.filter((f) => f.code === 'PLAN_DUPLICATE_KEY');
    expect(duplicates.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'title'],
      ['warning', 'nodePools[0].count'],
      ['warning', 'vnet.subnets[0].name'],
    ]);
    expect(duplicates[0]?.message).toBe(
      'The key "title" is written twice in the same object; the last value ("second") was used. Remove the other one.',
    );
  });

  it('keys in strings, escaped quotes and equal keys in different objects are not duplicates', () => {
    const { findings } = parsePlanDocument(
      '{"schemaVersion":1,"notes":"\\"title\\": 1, \\"title\\": 2","nodePools":[{"name":"a"},{"name":"b"}]}',
    );
    expect(findings.filter((f) => f.code === 'PLAN_DUPLICATE_KEY')).toEqual([]);
  });
});

describe('duplicateJsonKeys', () => {
  it('doc example: the second "a" of one object', () => {
    expect(duplicateJsonKeys('{"a":1,"a":2}')).toEqual([{ path: 'a', key: 'a' }]);
  });
});
