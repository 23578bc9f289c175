// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { evaluate } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';

import type { HeadroomChartProps } from './headroom-chart.tsx';
import { headroomSummary } from './headroom-text.ts';
import { HeadroomPanel } from './headroom-panel.tsx';

// recharts needs real layout; the panel only has to hand the chart the right headroom.
vi.mock('./headroom-chart.tsx', () => ({
  default: ({ headroom, today, whatIfNodes }: HeadroomChartProps) => (
    <div
      role="img"
      aria-label={headroomSummary(headroom, today, whatIfNodes)}
      data-what-if={whatIfNodes ?? ''}
    >
      chart
    </div>
  ),
}));

afterEach(cleanup);

// The chart loads when it nears the viewport; without IntersectionObserver it loads at once.
vi.stubGlobal('IntersectionObserver', undefined);

const EMPTY: PlanDocument = { schemaVersion: 1, nodePools: [] };

/** system: 3 nodes; apps: count 3, autoscaling to 20; one /24 (251 usable) for both. */
const plan: PlanDocument = {
  schemaVersion: 1,
  cluster: { kubernetesVersion: '1.33', networkPlugin: 'overlay' },
  vnet: {
    addressSpace: ['10.50.0.0/16'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
  },
  nodePools: [
    { name: 'system', mode: 'System', count: 3 },
    { name: 'apps', mode: 'User', count: 3, enableAutoScaling: true, minCount: 3, maxCount: 20 },
  ],
};

describe('HeadroomPanel', () => {
  it('offers the whole cluster and every pool, starting with the first pool', () => {
    render(<HeadroomPanel evaluation={evaluate(plan)} />);
    const picker = screen.getByLabelText('Headroom for');
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Whole cluster', 'Pool system', 'Pool apps']);
    expect((picker as HTMLSelectElement).value).toBe('0');
  });

  it('tables every limit with capacity and max nodes, the first to run out highlighted', async () => {
    render(<HeadroomPanel evaluation={evaluate(plan)} />);
    fireEvent.change(screen.getByLabelText('Headroom for'), { target: { value: '1' } });
    const table = screen.getByRole('table', { name: /Pool apps/ });
    const rows = within(table).getAllByRole('row').slice(1);
    // apps: the /24 holds 251 during upgrade; system takes 3 + 1, so n + ceil(n/10) ≤ 247 → 224.
    const first = rows[0];
    if (first === undefined) throw new Error('no rows');
    expect(first.getAttribute('data-resource')).toBe('nodeSubnet');
    expect(first.className).toContain('headroom-first');
    expect(within(first).getByText('Runs out first')).toBeTruthy();
    expect(within(first).getByRole('rowheader').textContent).toContain('Node subnet snet-nodes');
    const cells = within(first)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['251 IPs', '248', '224', '+204']); // 224 − 20 planned
    const pool = rows.find((r) => r.getAttribute('data-resource') === 'poolNodeLimit');
    expect(within(pool as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe('1,000 nodes');
    // the lazily loaded chart gets the same headroom, with a text alternative
    const chart = await screen.findByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Pool apps: node subnet snet-nodes runs out at 224 nodes during upgrade/,
    );
    expect(chart.getAttribute('aria-label')).toContain('Today 3 nodes, autoscaler maximum 20.');
  });

  it('the cluster view has the cluster limits', () => {
    render(<HeadroomPanel evaluation={evaluate(plan)} />);
    fireEvent.change(screen.getByLabelText('Headroom for'), { target: { value: 'cluster' } });
    const table = screen.getByRole('table', { name: /Whole cluster: 23 nodes planned, 26 during upgrade/ });
    const resources = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('data-resource'));
    expect(resources).toContain('podCidr');
    expect(resources).toContain('clusterNodeLimit');
    // Node subnets count in the cluster view too (issue 13: the cluster once ignored them).
    expect(resources).toContain('nodeSubnet');
    // one slider per pool in the cluster view
    expect(screen.getByLabelText('Extra nodes in system')).toBeTruthy();
    expect(screen.getByLabelText('Extra nodes in apps')).toBeTruthy();
  });

  it('what-if: extra nodes show the new findings and move the chart marker', async () => {
    render(<HeadroomPanel evaluation={evaluate(plan)} />);
    fireEvent.change(screen.getByLabelText('Headroom for'), { target: { value: '1' } });
    const slider = screen.getByLabelText('Extra nodes in apps') as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect(screen.getByText(/Move a slider/)).toBeTruthy();

    fireEvent.change(slider, { target: { value: '10' } });
    expect(await screen.findByText('No new findings.')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'What-if result' }).textContent).toContain(
      '+10 in apps (30 nodes, 33 during upgrade)',
    );
    expect(screen.getByRole('img').getAttribute('data-what-if')).toBe('30');

    fireEvent.change(slider, { target: { value: '205' } }); // 225 nodes: past 224
    const list = await screen.findByRole('list', { name: 'New findings with the extra nodes' });
    const codes = within(list)
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('data-what-if-code'));
    expect(codes).toEqual(['SUBNET_INSUFFICIENT_FOR_UPGRADE']);
    expect(screen.getByText('+205', { selector: 'output' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reset extra nodes' }));
    expect(screen.getByText(/Move a slider/)).toBeTruthy();
  });

  it('keeps a pool’s extra nodes when another pool is shown, and says so', () => {
    render(<HeadroomPanel evaluation={evaluate(plan)} />);
    fireEvent.change(screen.getByLabelText('Extra nodes in system'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Headroom for'), { target: { value: '1' } });
    expect(screen.getByText('Also applied: +4 in system.')).toBeTruthy();
  });

  it('does not throw for a plan with no pools', () => {
    render(<HeadroomPanel evaluation={evaluate(EMPTY)} />);
    expect(screen.getByText('The plan has no node pools.')).toBeTruthy();
    expect((screen.getByLabelText('Headroom for') as HTMLSelectElement).value).toBe('cluster');
  });

  it('the first-load panel does not import recharts itself', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(`${process.cwd()}/src/features/headroom/headroom-panel.tsx`, 'utf8');
    expect(source).not.toMatch(/from 'recharts'/);
    expect(source).toContain("lazy(() => import('./headroom-chart.tsx'))");
  });
});
