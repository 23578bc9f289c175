import { describe, expect, it } from 'vitest';
import type { AppliedDefault, PlanDocument } from '../types.ts';
import { evaluate } from '../report/evaluate-plan.ts';
import {
  applyDefault,
  defaultPlaceholders,
  maxSurgeDefaultLabel,
  PLAN_DEFAULTS,
  versionBelow132,
} from './defaults.ts';

const plan = (cluster: PlanDocument['cluster'], pools: PlanDocument['nodePools'] = [{}]): PlanDocument => ({
  schemaVersion: 1,
  ...(cluster === undefined ? {} : { cluster }),
  nodePools: pools,
});

describe('PLAN_DEFAULTS: one table of defaults', () => {
  it('doc-comment examples', () => {
    expect(PLAN_DEFAULTS['nodePools[].maxSurge'].value({ version: { major: 1, minor: 31 } })).toEqual({
      kind: 'nodes',
      nodes: 1,
    });
    const applied: AppliedDefault[] = [];
    expect(applyDefault(applied, 'cluster.tier', PLAN_DEFAULTS['cluster.tier'], {})).toBe('Standard');
    expect(applied).toEqual([
      { path: 'cluster.tier', value: 'Standard', note: PLAN_DEFAULTS['cluster.tier'].note({}) },
    ]);
    expect(applied[0]?.note).toMatch(/^The planner's default is Standard/);
    expect(maxSurgeDefaultLabel({ kind: 'nodes', nodes: 1 })).toBe('1 node (default)');
    expect(versionBelow132({ major: 1, minor: 31 })).toBe(true);
    expect(versionBelow132(null)).toBe(false);
    expect(
      defaultPlaceholders({
        version: { major: 1, minor: 31 },
        plugin: 'kubenet',
        outboundType: 'userDefinedRouting',
      }),
    ).toEqual({
      maxSurge: '1 node (default)',
      maxPods: '110 (default)',
      routeTableCustomRoutes: '1 (default)',
    });
  });

  it('the max-surge label is the default the core applies: 1 node below Kubernetes 1.32, 10 % from 1.32 (R35)', () => {
    const label = (version?: string) =>
      defaultPlaceholders(evaluate(plan(version === undefined ? {} : { kubernetesVersion: version })).model)
        .maxSurge;
    expect(label('1.31')).toBe('1 node (default)');
    expect(label('1.31.9')).toBe('1 node (default)');
    expect(label('1.32')).toBe('10% (default)');
    expect(label('1.33.2')).toBe('10% (default)');
    expect(label()).toBe('10% (default)'); // no version: the newest behaviour
    expect(label('1.x')).toBe('10% (default)'); // a version that does not parse: likewise
    expect(maxSurgeDefaultLabel({ kind: 'nodes', nodes: 2 })).toBe('2 nodes (default)');
  });

  it('max pods and kubenet routes follow the plugin and the outbound type', () => {
    const shown = (cluster: PlanDocument['cluster']) => defaultPlaceholders(evaluate(plan(cluster)).model);
    expect(shown({}).maxPods).toBe('250 (default)');
    expect(shown({ networkPlugin: 'azureNodeSubnet' }).maxPods).toBe('30 (default)');
    expect(shown({ networkPlugin: 'kubenet' }).routeTableCustomRoutes).toBe('0 (default)');
    expect(
      shown({ networkPlugin: 'kubenet', outboundType: 'userDefinedRouting' }).routeTableCustomRoutes,
    ).toBe('1 (default)');
  });

  it('the placeholders name what defaultsApplied lists for a pool that leaves the fields out', () => {
    for (const kubernetesVersion of ['1.31', '1.32']) {
      const evaluation = evaluate(plan({ kubernetesVersion, networkPlugin: 'kubenet' }, [{ count: 50 }]));
      const applied = (path: string) => evaluation.report.defaultsApplied.find((d) => d.path === path)?.value;
      const shown = defaultPlaceholders(evaluation.model);
      // '1' → '1 node (default)', '10%' → '10% (default)'
      expect(shown.maxSurge.startsWith(applied('nodePools[0].maxSurge') ?? '?')).toBe(true);
      expect(shown.maxPods).toBe(`${applied('nodePools[0].maxPods')} (default)`);
      expect(shown.routeTableCustomRoutes).toBe(`${applied('cluster.routeTableCustomRoutes')} (default)`);
    }
  });

  it('every default the report lists carries the table’s note for its path', () => {
    const evaluation = evaluate(plan({ ipFamilies: ['IPv4', 'IPv6'], networkPlugin: 'kubenet' }, [{}, {}]));
    const paths = evaluation.report.defaultsApplied.map((d) => d.path.replace(/\[\d+\]/, '[]'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'cluster.tier',
        'cluster.podCidrs',
        'cluster.serviceCidrs',
        'cluster.dnsServiceIp',
        'vnet',
        'nodePools[].name',
        'nodePools[].mode',
        'nodePools[].maxSurge',
        'nodePools[].maxPods',
      ]),
    );
    for (const path of paths) expect(Object.keys(PLAN_DEFAULTS)).toContain(path);
    const podCidrs = evaluation.report.defaultsApplied.find((d) => d.path === 'cluster.podCidrs');
    expect(podCidrs).toEqual({
      path: 'cluster.podCidrs',
      value: '10.244.0.0/16, fd12:3456:789a::/64',
      note: PLAN_DEFAULTS['cluster.podCidrs'].note({ dualStack: true }),
    });
  });
});
