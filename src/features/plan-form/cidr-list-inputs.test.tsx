// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanDocument } from '../../core/index.ts';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { fieldId } from '../../state/field-paths.ts';
import { draftToPlan } from '../../state/plan-draft.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { PlanForm } from './plan-form.tsx';

const draft = () => usePlanStore.getState().draft;
const value = (label: string) => (screen.getByLabelText(label, { exact: true }) as HTMLInputElement).value;

function renderPlan(cluster: NonNullable<PlanDocument['cluster']>) {
  usePlanStore.getState().loadPlan({ schemaVersion: 1, cluster, nodePools: [{ name: 'system', count: 3 }] });
  render(<PlanForm />, { wrapper: EvaluationProvider });
  return userEvent.setup();
}

afterEach(cleanup);

describe('the CIDR lists in the form (issue 14)', () => {
  it('an IPv6-first dual-stack plan shows its entries in its order, each named by its family', () => {
    renderPlan({
      ipFamilies: ['IPv6', 'IPv4'],
      podCidrs: ['fd00:1::/64', '10.244.0.0/16'],
      serviceCidrs: ['fd00:2::/108', '10.0.0.0/16'],
    });
    expect(value('Pod CIDR (IPv6)')).toBe('fd00:1::/64');
    expect(value('Pod CIDR (IPv4)')).toBe('10.244.0.0/16');
    expect(value('Service CIDR (IPv6)')).toBe('fd00:2::/108');
    const order = [...document.querySelectorAll<HTMLInputElement>('input[id^="field-cluster-podCidrs"]')];
    expect(order.map((input) => input.value)).toEqual(['fd00:1::/64', '10.244.0.0/16']);
    // The rule the plan breaks is reported at its field, not hidden by the form reordering it.
    expect(draftToPlan(draft()).plan.cluster?.ipFamilies).toEqual(['IPv6', 'IPv4']);
  });

  it('an IPv6-only plan shows its IPv6 entries only and stays IPv6-only (R48 keeps its finding)', () => {
    renderPlan({ ipFamilies: ['IPv6'], podCidrs: ['fd00:1::/64'], serviceCidrs: ['fd00:2::/108'] });
    expect(value('Pod CIDR (IPv6)')).toBe('fd00:1::/64');
    expect(value('Service CIDR (IPv6)')).toBe('fd00:2::/108');
    expect(screen.queryByLabelText('Pod CIDR (IPv4)', { exact: true })).toBeNull();
    expect(draftToPlan(draft()).plan.cluster?.ipFamilies).toEqual(['IPv6']);
  });

  it('a second IPv4 pod CIDR shows, with its own name, and can be edited and emptied', async () => {
    const user = renderPlan({ podCidrs: ['10.244.0.0/16', '10.245.0.0/16'] });
    expect(value('Pod CIDR (IPv4)')).toBe('10.244.0.0/16');
    const second = screen.getByLabelText('Pod CIDR 2 (IPv4)', { exact: true });
    expect(second.id).toBe(fieldId('cluster.podCidrs[1]'));
    await user.clear(second);
    await user.type(second, '10.246.0.0/16');
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['10.244.0.0/16', '10.246.0.0/16']);
    await user.clear(second);
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['10.244.0.0/16']);
  });

  it('an extra entry has a Remove button that takes it out of the plan; the first entry of a family has none', async () => {
    const user = renderPlan({ podCidrs: ['10.244.0.0/16', '10.245.0.0/16', '10.246.0.0/16'] });
    expect(screen.queryByRole('button', { name: 'Remove Pod CIDR (IPv4)' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove Pod CIDR 2 (IPv4)' }));
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['10.244.0.0/16', '10.246.0.0/16']);
    expect(value('Pod CIDR 2 (IPv4)')).toBe('10.246.0.0/16');
    await user.click(screen.getByRole('button', { name: 'Remove Pod CIDR 2 (IPv4)' }));
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['10.244.0.0/16']);
    expect(screen.queryByRole('button', { name: /^Remove Pod CIDR/ })).toBeNull();
  });

  it('the dual-stack checkbox adds the IPv6 entries and takes them out again, keeping what was typed', async () => {
    const user = renderPlan({ podCidrs: ['10.244.0.0/16'] });
    expect(screen.queryByLabelText('Pod CIDR (IPv6)')).toBeNull();
    await user.click(screen.getByLabelText('Dual-stack (IPv4 + IPv6)'));
    await user.type(screen.getByLabelText('Pod CIDR (IPv6)', { exact: true }), 'fd00:1::/64');
    expect(draftToPlan(draft()).plan.cluster).toMatchObject({
      ipFamilies: ['IPv4', 'IPv6'],
      podCidrs: ['10.244.0.0/16', 'fd00:1::/64'],
    });
    await user.click(screen.getByLabelText('Dual-stack (IPv4 + IPv6)'));
    expect(screen.queryByLabelText('Pod CIDR (IPv6)')).toBeNull();
    expect(screen.queryByLabelText('Service CIDR (IPv6)')).toBeNull();
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['10.244.0.0/16']);
    await user.click(screen.getByLabelText('Dual-stack (IPv4 + IPv6)'));
    expect(value('Pod CIDR (IPv6)')).toBe('fd00:1::/64');
  });

  it('a finding about pod CIDR item 0 shows at the entry it came from (only the IPv6 one typed)', async () => {
    const user = renderPlan({ ipFamilies: ['IPv4', 'IPv6'] });
    const ipv6 = screen.getByLabelText('Pod CIDR (IPv6)', { exact: true });
    await user.type(ipv6, 'fd00:1::/200');
    expect(draftToPlan(draft()).plan.cluster?.podCidrs).toEqual(['fd00:1::/200']);
    expect(ipv6.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Pod CIDR (IPv4)', { exact: true }).getAttribute('aria-invalid')).toBeNull();
  });
});
