/** parsePlanDocument never hands on a plan that breaks its own types (issue 13). */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlanDocument } from '../index.ts';

describe('parsePlanDocument keeps the plan well-typed', () => {
  it('a required list of the wrong type becomes an empty list and a finding', () => {
    const { plan, findings } = parsePlanDocument({
      schemaVersion: 1,
      vnet: { subnets: [{ name: 'snet-a', addressPrefixes: '10.0.0.0/24' }] },
      nodePools: [],
      connectedNetworks: [{ name: 'hub', addressPrefixes: 'x' }],
    });
    expect(plan.vnet?.subnets?.[0]?.addressPrefixes).toEqual([]);
    expect(plan.connectedNetworks?.[0]?.addressPrefixes).toEqual([]);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['PLAN_WRONG_TYPE', 'vnet.subnets[0].addressPrefixes'],
      ['PLAN_WRONG_TYPE', 'connectedNetworks[0].addressPrefixes'],
    ]);
    expect(findings[0]?.message).toContain('read as none');
    expect(() => evaluatePlan(plan)).not.toThrow();
  });

  it('a required name or count of the wrong type becomes empty text or 0, and missing ones too', () => {
    const { plan, findings } = parsePlanDocument({
      schemaVersion: 1,
      vnet: { subnets: [{ name: 7, addressPrefixes: ['10.0.0.0/24'], otherIps: [{ count: 'x' }, {}] }, {}] },
      nodePools: [],
    });
    const subnets = plan.vnet?.subnets ?? [];
    expect(subnets[0]?.name).toBe('');
    expect(subnets[0]?.otherIps).toEqual([{ count: 0 }, { count: 0 }]);
    expect(subnets[1]).toEqual({ name: '', addressPrefixes: [] });
    expect(findings.map((f) => f.code)).toEqual([
      'PLAN_WRONG_TYPE',
      'PLAN_WRONG_TYPE',
      'PLAN_MISSING_FIELD',
      'PLAN_MISSING_FIELD',
      'PLAN_MISSING_FIELD',
    ]);
  });

  it('every required field of every row is present with its type, on random junk (property)', () => {
    const junk: unknown[] = ['x', 3, null, true, {}, [], [1], { a: 1 }];
    for (const a of junk)
      for (const b of junk) {
        const { plan } = parsePlanDocument({
          schemaVersion: 1,
          vnet: { subnets: [{ name: a, addressPrefixes: b, otherIps: [{ count: a }] }] },
          nodePools: [],
          connectedNetworks: [{ addressPrefixes: a }],
        });
        for (const s of plan.vnet?.subnets ?? []) {
          expect(typeof s.name).toBe('string');
          expect(Array.isArray(s.addressPrefixes)).toBe(true);
          for (const o of s.otherIps ?? []) expect(typeof o.count).toBe('number');
        }
        for (const n of plan.connectedNetworks ?? []) expect(Array.isArray(n.addressPrefixes)).toBe(true);
      }
  });
});
