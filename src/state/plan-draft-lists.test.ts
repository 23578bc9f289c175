import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpFamily, PlanDocument } from '../core/index.ts';
import { arbitraryPlan } from '../testing/plan-arbitraries.ts';
import { draftToPlan, planToDraft } from './plan-draft.ts';

/** What draftToPlan writes for a list the draft holds: every entry trimmed, in order, empty ones left out. */
const typed = (list: readonly string[] | undefined): string[] | undefined => {
  const kept = (list ?? []).map((entry) => entry.trim()).filter((entry) => entry !== '');
  return kept.length > 0 ? kept : undefined;
};

const roundTrip = (plan: PlanDocument): PlanDocument => draftToPlan(planToDraft(plan)).plan;

describe('the draft keeps the pod and service CIDR lists as lists (issue 14)', () => {
  it('property: draftToPlan(planToDraft(plan)) keeps podCidrs and serviceCidrs, order and count', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const back = roundTrip(plan).cluster;
        expect(back?.podCidrs).toEqual(typed(plan.cluster?.podCidrs));
        expect(back?.serviceCidrs).toEqual(typed(plan.cluster?.serviceCidrs));
      }),
      { numRuns: 300 },
    );
  });

  it('property: lists of trimmed, non-empty entries come back exactly, and so do the IP families when dual-stack', () => {
    const entry = fc.oneof(
      fc.constantFrom('10.244.0.0/16', '10.245.0.0/16', 'fd00:1::/64', 'fd00:2::/108', '10.0.0.0/33', 'x'),
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
    );
    const lists = fc.record({
      podCidrs: fc.array(entry, { minLength: 1, maxLength: 3 }),
      serviceCidrs: fc.array(entry, { minLength: 1, maxLength: 3 }),
      ipFamilies: fc.constantFrom<IpFamily[]>(['IPv4'], ['IPv4', 'IPv6'], ['IPv6', 'IPv4'], ['IPv6']),
    });
    fc.assert(
      fc.property(lists, (cluster) => {
        const plan: PlanDocument = { schemaVersion: 1, cluster, nodePools: [] };
        expect(roundTrip(plan)).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, NonNullable<PlanDocument['cluster']>]>([
    [
      'IPv6-first dual-stack (AKS rejects it, R48; the plan keeps it, so the finding stays)',
      {
        ipFamilies: ['IPv6', 'IPv4'],
        podCidrs: ['fd00:1::/64', '10.244.0.0/16'],
        serviceCidrs: ['fd00:2::/108', '10.0.0.0/16'],
      },
    ],
    [
      'IPv6-only (AKS rejects it, R48; the plan keeps it, so the finding stays)',
      { ipFamilies: ['IPv6'], podCidrs: ['fd00:1::/64'], serviceCidrs: ['fd00:2::/108'] },
    ],
    ['two IPv4 pod CIDRs', { podCidrs: ['10.244.0.0/16', '10.245.0.0/16'] }],
    ['an IPv6 pod CIDR in a single-stack plan', { podCidrs: ['fd00:1::/64'] }],
    [
      'an entry that is not a CIDR, first',
      { ipFamilies: ['IPv4', 'IPv6'], podCidrs: ['10.0.0.0/33', 'fd00:1::/64'] },
    ],
    [
      'dual-stack, only the IPv6 range given',
      { ipFamilies: ['IPv4', 'IPv6'], serviceCidrs: ['fd00:2::/108'] },
    ],
  ])('%s round-trips exactly', (_what, cluster) => {
    const plan: PlanDocument = { schemaVersion: 1, cluster, nodePools: [] };
    expect(draftToPlan(planToDraft(plan))).toEqual({ plan, findings: [] });
  });

  it('an IPv6-first dual-stack plan is drafted in its order', () => {
    const draft = planToDraft({
      schemaVersion: 1,
      cluster: { ipFamilies: ['IPv6', 'IPv4'], podCidrs: ['fd00:1::/64', '10.244.0.0/16'] },
      nodePools: [],
    });
    expect(draft.cluster).toMatchObject({
      dualStack: true,
      ipv6First: true,
      podCidrs: ['fd00:1::/64', '10.244.0.0/16'],
      serviceCidrs: [],
    });
  });
});
