// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { evaluate } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index';
import { AddressMap } from './address-map';
import { captionPlacement, shortSize, visibleTickLabels } from './map-geometry';

afterEach(cleanup);

/** A pod CIDR laid over the node subnet: the classic overlay mistake (R18). */
const overlapping: PlanDocument = {
  schemaVersion: 1,
  cluster: { networkPlugin: 'overlay', podCidrs: ['10.244.0.0/16'], serviceCidrs: ['10.0.0.0/16'] },
  vnet: {
    name: 'vnet-a',
    addressSpace: ['10.244.0.0/16'],
    subnets: [{ name: 'snet-a', addressPrefixes: ['10.244.0.0/24'] }],
  },
  nodePools: [{ name: 'system', mode: 'System', count: 3 }],
};

const dualStack: PlanDocument = {
  schemaVersion: 1,
  cluster: { networkPlugin: 'overlay', ipFamilies: ['IPv4', 'IPv6'] },
  vnet: {
    addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/22', 'fd00:10::/64'] }],
  },
  nodePools: [{ name: 'system', mode: 'System', count: 3 }],
};

function bar(name: RegExp): HTMLElement {
  return screen.getByRole('img', { name });
}

describe('AddressMap', () => {
  it('names every bar with its CIDR, exact range and size', () => {
    render(<AddressMap evaluation={evaluate(overlapping)} />);
    expect(bar(/^Pod CIDR 10\.244\.0\.0\/16/).getAttribute('aria-label')).toBe(
      'Pod CIDR 10.244.0.0/16: 10.244.0.0 – 10.244.255.255, 65,536 addresses; overlaps subnet snet-a (10.244.0.0/24)',
    );
    expect(bar(/^Subnet snet-a 10\.244\.0\.0\/24/).getAttribute('aria-label')).toContain('256 addresses');
    expect(bar(/^Service CIDR 10\.0\.0\.0\/16/)).toBeTruthy();
    expect(bar(/^VNet vnet-a 10\.244\.0\.0\/16/)).toBeTruthy();
  });

  it('marks the bars in conflict, and only those', () => {
    const { container } = render(<AddressMap evaluation={evaluate(overlapping)} />);
    const pod = bar(/^Pod CIDR/);
    expect(pod.classList.contains('am-conflict')).toBe(true);
    expect(pod.getAttribute('data-status')).toBe('conflict');
    expect(bar(/^Subnet snet-a/).classList.contains('am-conflict')).toBe(true);
    expect(bar(/^VNet vnet-a/).classList.contains('am-conflict')).toBe(false);
    expect(bar(/^Service CIDR/).classList.contains('am-conflict')).toBe(false);
    // The shared addresses carry a hatch, and the status is spelled out, not shown by colour alone.
    expect(pod.querySelectorAll('.am-overlap-conflict')).toHaveLength(1);
    expect(within(pod).getByText(/overlap/)).toBeTruthy();
    expect(container.querySelector('.am-family-summary')?.textContent).toBe('4 ranges · 2 in conflict');
  });

  it('shows the exact range of a focused or hovered bar in the details line', () => {
    render(<AddressMap evaluation={evaluate(overlapping)} />);
    const details = document.querySelector('.am-details');
    expect(details?.getAttribute('aria-live')).toBe('polite');
    expect(details?.textContent).toMatch(/Hover over or focus a bar/);

    const subnet = bar(/^Subnet snet-a/);
    expect(subnet.getAttribute('tabindex')).toBe('0');
    fireEvent.focus(subnet);
    expect(details?.textContent).toBe(
      'Subnet snet-a 10.244.0.0/24 (node subnet): 10.244.0.0 – 10.244.0.255, 256 addresses; overlaps pod CIDR (10.244.0.0/16)',
    );
    fireEvent.mouseEnter(bar(/^Service CIDR/));
    expect(details?.textContent).toMatch(/^Service CIDR 10\.0\.0\.0\/16: 10\.0\.0\.0 – 10\.0\.255\.255/);
    fireEvent.mouseLeave(bar(/^Service CIDR/));
    expect(details?.textContent).toMatch(/^Subnet snet-a/);
    fireEvent.blur(subnet);
    expect(details?.textContent).toMatch(/Hover over or focus a bar/);
  });

  it('moves focus between bars with the arrow keys', () => {
    render(<AddressMap evaluation={evaluate(overlapping)} />);
    const rows = screen.getAllByRole('img', { name: /addresses/ });
    const first = rows[0];
    const second = rows[1];
    if (!first || !second) throw new Error('expected at least two bars');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });

  it('draws one map per family, IPv6 included', () => {
    render(<AddressMap evaluation={evaluate(dualStack)} />);
    expect(screen.getByRole('group', { name: /^IPv4 address map/ })).toBeTruthy();
    const ipv6 = screen.getByRole('group', { name: /^IPv6 address map/ });
    expect(within(ipv6).getByRole('img', { name: /^Subnet snet-nodes fd00:10::\/64/ })).toBeTruthy();
    expect(within(ipv6).getByRole('img', { name: /^Pod CIDR fd12:3456:789a::\/64/ })).toBeTruthy();
    // The /64 subnet and the /64 pod CIDR: 2^64 addresses each.
    expect(within(ipv6).getAllByRole('img', { name: /18,446,744,073,709,551,616 addresses/ })).toHaveLength(
      2,
    );
  });
});

describe('map geometry', () => {
  it('labels network addresses only, without collisions', () => {
    const ticks = [
      { value: 0n, text: '10.0.0.0', x: 0, start: true },
      { value: 1n, text: '10.1.0.0', x: 0.01, start: false },
      { value: 2n, text: '10.2.0.0', x: 0.02, start: true },
      { value: 3n, text: '10.224.0.0', x: 0.5, start: true },
    ];
    expect(visibleTickLabels(ticks, 600).map((t) => t.text)).toEqual(['10.0.0.0', '10.224.0.0']);
  });

  it('puts a caption inside a wide bar, beside a narrow one, and beside a hatched one when it can', () => {
    const row = { range: {} as never, top: 0, barX: 100, barWidth: 200 };
    expect(captionPlacement(row, '/16 · 65,536', 100, 700)).toEqual({
      x: 200,
      anchor: 'middle',
      inside: true,
    });
    expect(captionPlacement({ ...row, barWidth: 20 }, '/16 · 65,536', 100, 700)).toMatchObject({
      anchor: 'start',
    });
    expect(captionPlacement(row, '/16 · 65,536', 100, 700, true)).toMatchObject({ x: 306, inside: false });
  });

  it('writes IPv6 sizes as powers of two', () => {
    expect(shortSize({ family: 'IPv6', size: 2n ** 64n } as never)).toBe('2⁶⁴');
    expect(shortSize({ family: 'IPv6', size: 2n ** 20n } as never)).toBe('1,048,576');
    expect(shortSize({ family: 'IPv4', size: 2n ** 24n } as never)).toBe('16,777,216');
  });
});

describe('AddressMap with hundreds of ranges (issue 13)', () => {
  it('draws the first 100 rows of a family and says how many more, with a way to show them', async () => {
    const many: PlanDocument = {
      ...overlapping,
      vnet: {
        name: 'vnet-a',
        addressSpace: ['10.244.0.0/16'],
        subnets: Array.from({ length: 110 }, (_, i) => ({
          name: `s${i}`,
          addressPrefixes: ['10.244.0.0/24'],
        })),
      },
    };
    const { container } = render(<AddressMap evaluation={evaluate(many)} />);
    // The first frame draws a screen's worth; the rest follow once it has painted (FIRST_FRAME_ROWS).
    await waitFor(() => expect(container.querySelectorAll('.am-row')).toHaveLength(100));
    expect(screen.getByText(/more ranges are not shown/).textContent).toContain('13 more ranges');
    // The family's summary still counts every range.
    expect(screen.getByText(/113 ranges/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show all/ }));
    expect(container.querySelectorAll('.am-row')).toHaveLength(113);
  });
});
