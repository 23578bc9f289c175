// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { planHeadroom } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';
import { chartScale, niceTicks } from '../headroom/headroom-scale.ts';
import { PrintHeadroomChart } from './print-headroom-chart.tsx';
import { evaluate } from '../../core/index.ts';

afterEach(cleanup);

/** 6 nodes today in one /24 node subnet (251 usable) with a /16 pod CIDR (256 blocks). */
const plan: PlanDocument = {
  schemaVersion: 1,
  cluster: { kubernetesVersion: '1.33', networkPlugin: 'overlay', podCidrs: ['100.64.0.0/16'] },
  vnet: {
    addressSpace: ['10.50.0.0/16'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
  },
  nodePools: [{ name: 'system', mode: 'System', count: 6 }],
};

describe('headroom scale', () => {
  it('ticks at 1, 2 or 5 × 10^k, about five of them', () => {
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(30)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('reaches at least 120 % and at most 200 % on the y axis', () => {
    const { cluster } = planHeadroom(evaluate(plan), { pools: false });
    const scale = chartScale(cluster, cluster.current, null);
    expect(scale.yMax).toBeGreaterThanOrEqual(120);
    expect(scale.yMax).toBeLessThanOrEqual(200);
    expect(scale.first).toBe(cluster.firstLimit);
    expect(scale.rows[0]?.nodes).toBe(0);
  });
});

describe('PrintHeadroomChart', () => {
  it('draws one line per limit and a marker where each runs out on the chart', () => {
    const { cluster } = planHeadroom(evaluate(plan), { pools: false });
    const { container } = render(<PrintHeadroomChart headroom={cluster} />);
    const scale = chartScale(cluster, cluster.current, null);
    expect(container.querySelectorAll('polyline')).toHaveLength(cluster.limits.length);
    expect(container.querySelectorAll('circle')).toHaveLength(scale.onChart.length);
    expect(container.textContent).toContain('today');
    expect(container.textContent).toContain('full');
    // The legend names each limit and where it is full.
    for (const limit of cluster.limits) expect(container.textContent).toContain(limit.label);
  });
});
