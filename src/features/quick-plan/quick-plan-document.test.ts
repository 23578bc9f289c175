import { describe, expect, it } from 'vitest';
import {
  QUICK_PLAN_DEFAULTS,
  evaluateQuickPlan,
  quickPlanFieldOfPath,
  quickPlanJson,
} from './quick-plan-document';

describe('quickPlanJson', () => {
  it('builds an overlay plan whose VNet space is the node subnet', () => {
    expect(quickPlanJson(QUICK_PLAN_DEFAULTS)).toEqual({
      schemaVersion: 1,
      cluster: { networkPlugin: 'overlay', podCidrs: ['10.244.0.0/16'] },
      vnet: {
        name: 'vnet',
        addressSpace: ['10.224.0.0/22'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/22'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    });
  });

  it.each([
    [' 12 ', 12],
    ['0', 0],
    ['abc', 'abc'],
    ['1.5', '1.5'],
    ['', ''],
    ['-2', '-2'],
  ])('passes node count %j as %j', (typed, expected) => {
    const json = quickPlanJson({ ...QUICK_PLAN_DEFAULTS, nodeCount: typed }) as {
      nodePools: Array<{ count: unknown }>;
    };
    expect(json.nodePools[0]?.count).toBe(expected);
  });
});

describe('quickPlanFieldOfPath', () => {
  it.each([
    ['cluster.podCidrs[0]', 'podCidr'],
    ['vnet.addressSpace[0]', 'nodeSubnet'],
    ['vnet.subnets[0].addressPrefixes[0]', 'nodeSubnet'],
    ['nodePools[0].count', 'nodeCount'],
    ['cluster.serviceCidrs[0]', null],
    [undefined, null],
  ])('maps %s to %s', (path, field) => {
    expect(quickPlanFieldOfPath(path)).toBe(field);
  });
});

describe('evaluateQuickPlan', () => {
  it('computes the default numbers with one evaluation', () => {
    const { report, findings } = evaluateQuickPlan(QUICK_PLAN_DEFAULTS);
    expect(report.podRanges[0]?.nodeBlocks).toBe(256n);
    expect(report.podRanges[0]?.maxNodes).toBe(256);
    expect(report.subnets.find((s) => s.name === 'nodes')?.usable).toBe(1019n);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports an invalid pod CIDR as a finding instead of throwing', () => {
    const { findings } = evaluateQuickPlan({ ...QUICK_PLAN_DEFAULTS, podCidr: '10.244.0.0/33' });
    expect(findings.some((f) => f.code === 'CIDR_INVALID' && f.severity === 'error')).toBe(true);
  });
});

describe('evaluateQuickPlan with unreadable or doubled input', () => {
  it('reports an invalid node subnet once, on the subnet, not again on the VNet space', () => {
    const { findings } = evaluateQuickPlan({ ...QUICK_PLAN_DEFAULTS, nodeSubnet: '10.224.0.0/33' });
    const invalid = findings.filter((f) => f.code === 'CIDR_INVALID');
    expect(invalid.map((f) => f.path)).toEqual(['vnet.subnets[0].addressPrefixes[0]']);
  });

  it('marks a node count that is not a whole number as unread', () => {
    const { findings, unreadFields } = evaluateQuickPlan({ ...QUICK_PLAN_DEFAULTS, nodeCount: 'abc' });
    expect(unreadFields.has('nodeCount')).toBe(true);
    expect(findings.some((f) => f.severity === 'error' && f.path === 'nodePools[0].count')).toBe(true);
  });

  it('reads a valid node count', () => {
    expect(evaluateQuickPlan({ ...QUICK_PLAN_DEFAULTS, nodeCount: '12' }).unreadFields.size).toBe(0);
  });
});
