// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { evaluate } from '../../core/index.ts';
import { scenario } from '../../testing/scenarios.ts';
import { PluginComparison } from './plugin-comparison.tsx';

afterEach(cleanup);

/** The text of the cell in row `row` under the column whose header contains `plugin`. */
function cell(row: string, plugin: string): string {
  const table = screen.getByRole('table', { name: 'Same node pools under each network plugin' });
  const headers = within(table).getAllByRole('columnheader');
  const column = headers.findIndex((h) => h.textContent?.includes(plugin));
  const tr = within(table)
    .getByRole('rowheader', { name: new RegExp(`^${row}`) })
    .closest('tr');
  if (tr === null || column < 0) throw new Error(`no cell ${row} / ${plugin}`);
  // The corner is a <td> and each row starts with its <th>, so cells line up with the column headers.
  return within(tr as HTMLElement).getAllByRole('cell')[column]?.textContent ?? '';
}

describe('PluginComparison', () => {
  it('puts overlay, kubenet and flat CNI side by side and marks the current plugin', () => {
    render(<PluginComparison evaluation={evaluate(scenario('flat-cni').plan)} />);
    const table = screen.getByRole('table', { name: 'Same node pools under each network plugin' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Azure CNI Overlay', 'Kubenet', 'Azure CNI Node Subnet (flat)Current']);
    expect(screen.getByText(/Your plan uses Azure CNI Node Subnet \(flat\)/)).toBeTruthy();
  });

  it('shows the worked numbers: 9 IPs and a /28 under overlay, 279 IPs and a /23 under flat CNI', () => {
    render(<PluginComparison evaluation={evaluate(scenario('flat-cni').plan)} />);
    expect(cell('VNet IPs per node', 'Overlay')).toBe('1');
    expect(cell('VNet IPs per node', 'Node Subnet')).toBe('31');
    expect(cell('Node-subnet IPs during upgrade', 'Overlay')).toBe('9');
    expect(cell('Node-subnet IPs during upgrade', 'Node Subnet')).toBe('279');
    expect(cell('Smallest node subnet', 'Overlay')).toBe('/28snet-nodes is /24: fits');
    expect(cell('Smallest node subnet', 'Node Subnet')).toBe('/23snet-nodes is /24: too small');
    expect(cell('Max nodes', 'Overlay')).toBe('251 / 227');
    expect(cell('Max nodes', 'Node Subnet')).toBe('8 / 6');
    expect(cell('Max pods per node', 'Kubenet')).toBe('110');
    expect(cell('Node limit', 'Kubenet')).toBe('400');
    expect(cell('Node limit', 'Overlay')).toBe('5,000');
    expect(cell('First to run out', 'Node Subnet')).toBe('Node subnet snet-nodesR13');
    expect(cell('Errors / warnings', 'Node Subnet')).toBe('0 / 1SUBNET_INSUFFICIENT_FOR_UPGRADE');
    expect(cell('Errors / warnings', 'Overlay')).toBe('0 / 0');
  });

  it('numbers carry thousands separators (5,000-node plan)', () => {
    render(<PluginComparison evaluation={evaluate(scenario('large-overlay-5000').plan)} />);
    expect(cell('Node-subnet IPs during upgrade', 'Overlay')).toBe('5,498');
    expect(cell('Errors / warnings', 'Kubenet')).toContain('KUBENET_NODE_LIMIT');
  });

  it('adds the pod-subnet column and row when the plan uses Azure CNI Pod Subnet', () => {
    render(
      <PluginComparison
        evaluation={evaluate({
          schemaVersion: 1,
          cluster: { networkPlugin: 'azurePodSubnet' },
          vnet: {
            addressSpace: ['10.60.0.0/16'],
            subnets: [
              { name: 'snet-nodes', addressPrefixes: ['10.60.0.0/24'] },
              { name: 'snet-pods', addressPrefixes: ['10.60.4.0/22'] },
            ],
          },
          nodePools: [{ name: 'system', mode: 'System', count: 3, maxPods: 30, podSubnet: 'snet-pods' }],
        })}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toContain(
      'Azure CNI Pod SubnetCurrent',
    );
    // 3 + 1 surge nodes at full density 48 (R25) = 192 → /24 (251)
    expect(cell('Pod-subnet IPs during upgrade', 'Pod Subnet')).toBe('192snet-pods ≥ /24');
  });

  it('a BYO CNI plan marks no column as current', () => {
    render(<PluginComparison evaluation={evaluate(scenario('byo-cni-reserved').plan)} />);
    expect(screen.queryByText('Current')).toBeNull();
    expect(screen.getByText(/brings its own CNI/)).toBeTruthy();
  });
});
