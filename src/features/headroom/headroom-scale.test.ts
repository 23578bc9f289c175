import { describe, expect, it } from 'vitest';
import { planHeadroom } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';
import { chartScale } from './headroom-scale.ts';
import { evaluate } from '../../core/index.ts';

const onePool: PlanDocument = {
  schemaVersion: 1,
  vnet: { addressSpace: ['10.0.0.0/16'], subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/24'] }] },
  nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'nodes' }],
};

describe('chartScale (issue 13: a huge node count froze the tab)', () => {
  it('samples the lines up to a far what-if or node count instead of adding one row per node', () => {
    const headroom = planHeadroom(evaluate(onePool)).pools[0];
    if (headroom === undefined) throw new Error('no pool');
    const scale = chartScale(headroom, 123_456_789_012_345, null);
    expect(scale.xMax).toBe(123_456_789_012_345);
    expect(scale.rows.length).toBeLessThanOrEqual(headroom.points.length + 61);
    expect(scale.rows[scale.rows.length - 1]?.nodes).toBe(123_456_789_012_345);
  });

  it('still carries the lines on to a near what-if with the points step', () => {
    const headroom = planHeadroom(evaluate(onePool)).pools[0];
    if (headroom === undefined) throw new Error('no pool');
    const last = headroom.points[headroom.points.length - 1]?.nodes ?? 0;
    const scale = chartScale(headroom, 3, last + 20);
    expect(scale.rows[scale.rows.length - 1]?.nodes).toBe(last + 20);
    expect(scale.rows.length).toBeGreaterThan(headroom.points.length);
  });
});
