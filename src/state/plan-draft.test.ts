import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../core/index.ts';
import { SCENARIOS } from '../testing/scenarios.ts';
import { draftToPlan, emptyPool, newRowId, planToDraft, splitList } from './plan-draft.ts';
import { TEMPLATES } from './templates.ts';
import { withDualStack } from './cidr-lists.ts';

describe.each(SCENARIOS)('scenario $id', ({ plan }) => {
  it('round-trips: draftToPlan(planToDraft(plan)).plan equals the plan', () => {
    const { plan: back, findings } = draftToPlan(planToDraft(plan));
    expect(findings).toEqual([]);
    expect(back).toEqual(plan);
  });

  it('gives the same draft again from the plan it made (ids aside)', () => {
    const draft = planToDraft(plan);
    const again = planToDraft(draftToPlan(draft).plan);
    const withoutIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (k, v) => (k === 'id' ? undefined : v)));
    expect(withoutIds(again)).toEqual(withoutIds(draft));
  });
});

describe.each(TEMPLATES)('template $id', ({ plan }) => {
  it('round-trips', () => {
    expect(draftToPlan(planToDraft(plan))).toEqual({ plan, findings: [] });
  });
});

describe('doc-comment examples', () => {
  it('draftToPlan', () => {
    expect(
      draftToPlan(planToDraft({ schemaVersion: 1, nodePools: [{ count: 3 }] })).plan.nodePools[0]?.count,
    ).toBe(3);
  });
  it('planToDraft', () => {
    expect(
      planToDraft({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).nodePools[0]?.count,
    ).toBe('3');
  });
});

describe('draftToPlan reads numbers strictly', () => {
  const base = (): ReturnType<typeof planToDraft> =>
    planToDraft({ schemaVersion: 1, nodePools: [{ name: 'system' }] });

  it('reports FIELD_NOT_A_NUMBER for "abc", leaves the value out and keeps everything else', () => {
    const draft = base();
    draft.title = 'Payments';
    draft.nodePools = [{ ...emptyPool('system'), count: '5', maxPods: 'abc' }];
    const { plan, findings } = draftToPlan(draft);
    expect(findings).toEqual([
      {
        code: 'FIELD_NOT_A_NUMBER',
        severity: 'error',
        path: 'nodePools[0].maxPods',
        message:
          'Max pods "abc" is not a whole number. Type digits only, e.g. 3; until then the default is used.',
      },
    ]);
    expect(plan.nodePools[0]).toEqual({ name: 'system', count: 5 });
    expect(plan.title).toBe('Payments');
  });

  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['0', 0],
    ['', undefined],
    ['   ', undefined],
  ])('reads %j as %j', (text, value) => {
    const draft = base();
    draft.nodePools = [{ ...emptyPool('system'), count: text }];
    const { plan, findings } = draftToPlan(draft);
    expect(findings).toEqual([]);
    expect(plan.nodePools[0]?.count).toBe(value);
  });

  it.each(['abc', '1.5', '-1', '1e3', '3 nodes', '9007199254740993'])('rejects %j', (text) => {
    const draft = base();
    draft.nodePools = [{ ...emptyPool('system'), count: text }];
    const { plan, findings } = draftToPlan(draft);
    expect(findings.map((f) => [f.code, f.path])).toEqual([['FIELD_NOT_A_NUMBER', 'nodePools[0].count']]);
    expect(plan.nodePools[0]?.count).toBeUndefined();
  });

  it('names the path of every numeric field', () => {
    const draft = planToDraft({
      schemaVersion: 1,
      cluster: { networkPlugin: 'kubenet' },
      vnet: {
        addressSpace: ['10.0.0.0/16'],
        subnets: [
          { name: 'api', addressPrefixes: ['10.0.0.0/28'], purpose: 'apiServer', otherIps: [{ count: 1 }] },
        ],
      },
      nodePools: [{ name: 'a', enableAutoScaling: true }],
    });
    draft.cluster.routeTableCustomRoutes = 'x';
    const subnet = draft.subnets[0];
    const other = subnet?.otherIps[0];
    const pool = draft.nodePools[0];
    if (subnet === undefined || other === undefined || pool === undefined) throw new Error('rows missing');
    subnet.sharedByClusters = 'x';
    other.count = 'x';
    Object.assign(pool, { count: 'x', minCount: 'x', maxCount: 'x', maxPods: 'x' });
    expect(draftToPlan(draft).findings.map((f) => f.path)).toEqual([
      'cluster.routeTableCustomRoutes',
      'vnet.subnets[0].sharedByClusters',
      'vnet.subnets[0].otherIps[0].count',
      'nodePools[0].count',
      'nodePools[0].minCount',
      'nodePools[0].maxCount',
      'nodePools[0].maxPods',
    ]);
  });
});

describe('draftToPlan', () => {
  it('leaves empty fields out, trims text and splits lists', () => {
    const draft = planToDraft({ schemaVersion: 1, nodePools: [] });
    draft.title = '  Lab  ';
    draft.cluster.podCidrs = [' 10.244.0.0/16 '];
    draft.hasVnet = true;
    draft.vnetAddressSpace = '10.0.0.0/16,10.1.0.0/16  fd00::/48;';
    expect(draftToPlan(draft).plan).toEqual({
      schemaVersion: 1,
      title: 'Lab',
      cluster: { podCidrs: ['10.244.0.0/16'] },
      vnet: { addressSpace: ['10.0.0.0/16', '10.1.0.0/16', 'fd00::/48'], subnets: [] },
      nodePools: [],
    });
  });

  it('writes IPv6 ranges only when dual-stack is on, IPv4 first', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: {
        ipFamilies: ['IPv4', 'IPv6'],
        podCidrs: ['10.244.0.0/16', 'fd00:1::/64'],
        serviceCidrs: ['10.0.0.0/16', 'fd00:2::/108'],
      },
      nodePools: [],
    };
    const draft = planToDraft(plan);
    expect(draft.cluster).toMatchObject({
      dualStack: true,
      podCidrs: ['10.244.0.0/16', 'fd00:1::/64'],
      serviceCidrs: ['10.0.0.0/16', 'fd00:2::/108'],
    });
    draft.cluster = withDualStack(draft.cluster, false);
    expect(draftToPlan(draft).plan.cluster).toEqual({
      ipFamilies: ['IPv4'],
      podCidrs: ['10.244.0.0/16'],
      serviceCidrs: ['10.0.0.0/16'],
    });
  });

  it('keeps an explicit IPv4-only family list, and leaves it out when the plan did', () => {
    const explicit = planToDraft({ schemaVersion: 1, cluster: { ipFamilies: ['IPv4'] }, nodePools: [] });
    expect(draftToPlan(explicit).plan.cluster).toEqual({ ipFamilies: ['IPv4'] });
    const implicit = planToDraft({ schemaVersion: 1, nodePools: [] });
    expect(draftToPlan(implicit).plan.cluster).toBeUndefined();
  });

  it('drops autoscaler bounds while autoscaling is off, and the VNet while there is none', () => {
    const draft = planToDraft(SCENARIOS.find((s) => s.id === 'production-autoscale')?.plan as PlanDocument);
    const pool = draft.nodePools[0];
    if (pool === undefined) throw new Error('no pool');
    pool.enableAutoScaling = false;
    draft.hasVnet = false;
    const { plan } = draftToPlan(draft);
    expect(plan.nodePools[0]).not.toHaveProperty('minCount');
    expect(plan.nodePools[0]).not.toHaveProperty('maxCount');
    expect(plan.nodePools[0]).not.toHaveProperty('enableAutoScaling');
    expect(plan).not.toHaveProperty('vnet');
  });
});

describe('draftToPlan without a VNet of your own', () => {
  it("keeps the pools' subnet choice in the draft but leaves it out of the plan", () => {
    const draft = planToDraft(SCENARIOS.find((s) => s.id === 'production-autoscale')?.plan as PlanDocument);
    draft.hasVnet = false;
    expect(draftToPlan(draft).plan.nodePools.map((p) => p.subnet)).toEqual([undefined, undefined, undefined]);
    expect(draft.nodePools.map((p) => p.subnet)).toEqual([
      'snet-aks-nodes',
      'snet-aks-nodes',
      'snet-aks-nodes',
    ]);
    draft.hasVnet = true;
    expect(draftToPlan(draft).plan.nodePools.map((p) => p.subnet)).toEqual([
      'snet-aks-nodes',
      'snet-aks-nodes',
      'snet-aks-nodes',
    ]);
  });
});

describe('helpers', () => {
  it('splitList splits on commas, semicolons and spaces', () => {
    expect(splitList(' a, b;c  d ,, ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('')).toEqual([]);
  });

  it('newRowId is unique', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRowId('x')));
    expect(ids.size).toBe(100);
  });

  it('planToDraft puts a single-stack IPv4 range in the IPv4 field and defaults empty fields to ""', () => {
    const draft = planToDraft({ schemaVersion: 1, nodePools: [{}] });
    expect(draft.cluster.podCidrs).toEqual([]);
    expect(draft.hasVnet).toBe(false);
    expect(draft.nodePools[0]).toMatchObject({ name: '', count: '', maxPods: '', enableAutoScaling: false });
  });
});

describe('draftToPlan applies the plan schema’s ranges (issue 13)', () => {
  it('a node count above 100,000 is an error at the field and left out, not evaluated', () => {
    const draft = planToDraft({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] });
    const pool = draft.nodePools[0];
    if (pool === undefined) throw new Error('no pool');
    const { plan, findings } = draftToPlan({
      ...draft,
      nodePools: [{ ...pool, count: '123456789012345' }],
    });
    expect(plan.nodePools[0]?.count).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path])).toEqual([['FIELD_OUT_OF_RANGE', 'nodePools[0].count']]);
    expect(findings[0]?.message).toBe(
      'Node count 123,456,789,012,345 is more than 100,000, the most a plan allows; until then the default is used.',
    );
  });

  it('the limits are the parser’s: 100,000 nodes is accepted, max pods 100,001 is not', () => {
    const draft = planToDraft({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] });
    const pool = draft.nodePools[0];
    if (pool === undefined) throw new Error('no pool');
    const { plan, findings } = draftToPlan({
      ...draft,
      nodePools: [{ ...pool, count: '100000', maxPods: '100001' }],
    });
    expect(plan.nodePools[0]?.count).toBe(100_000);
    expect(findings.map((f) => f.path)).toEqual(['nodePools[0].maxPods']);
  });
});
