import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../core/index.ts';
import { withDualStack } from './cidr-lists.ts';
import { draftToPlan, planToDraft } from './plan-draft.ts';
import { restoreDraft, restoreDraftReporting } from './restore-draft.ts';

interface OldShapeCase {
  name: string;
  draft: Record<string, unknown>;
  plan: PlanDocument;
}

const OLD_SHAPE = JSON.parse(
  readFileSync(new URL('./fixtures/old-shape-drafts.json', import.meta.url), 'utf8'),
) as { cases: OldShapeCase[] };

describe('drafts stored before the CIDR lists (one field per family) keep loading (issue 14)', () => {
  it.each(OLD_SHAPE.cases.map((c) => [c.name, c] as const))('%s restores to the same plan', (_name, c) => {
    const { draft, problems } = restoreDraftReporting(JSON.parse(JSON.stringify(c.draft)));
    expect(problems).toEqual([]);
    if (draft === null) throw new Error('not restored');
    expect(draftToPlan(draft)).toEqual({ plan: c.plan, findings: [] });
  });

  it('an IPv6 range typed while dual-stack was off is set aside, and comes back when it is turned on', () => {
    const old = OLD_SHAPE.cases.find((c) => c.name.startsWith('dual-stack turned off'));
    const draft = restoreDraft(old?.draft);
    if (draft === null) throw new Error('not restored');
    expect(draft.cluster).toMatchObject({
      dualStack: false,
      podCidrs: ['100.80.0.0/16'],
      podCidrAside: 'fd5a:1b2c:3d4e::/64',
      serviceCidrs: ['172.18.0.0/16'],
      serviceCidrAside: 'fd5a:1b2c:3d4e:1::/108',
    });
    expect(withDualStack(draft.cluster, true)).toMatchObject({
      podCidrs: ['100.80.0.0/16', 'fd5a:1b2c:3d4e::/64'],
      serviceCidrs: ['172.18.0.0/16', 'fd5a:1b2c:3d4e:1::/108'],
      podCidrAside: '',
    });
  });
});

describe('restoreDraft reads the CIDR lists', () => {
  it('keeps a stored list as it is: order, count, text that does not read yet', () => {
    const stored = JSON.parse(
      JSON.stringify(
        planToDraft({
          schemaVersion: 1,
          cluster: { podCidrs: ['10.244.0.0/16', '10.245.0.0/16', 'x/99'], serviceCidrs: ['fd00::/108'] },
          nodePools: [],
        }),
      ),
    ) as unknown;
    expect(restoreDraft(stored)?.cluster).toMatchObject({
      podCidrs: ['10.244.0.0/16', '10.245.0.0/16', 'x/99'],
      serviceCidrs: ['fd00::/108'],
    });
  });

  it('drops list items that are not text, and reads a list that is not one as empty', () => {
    expect(
      restoreDraft({ cluster: { podCidrs: ['10.0.0.0/16', 7, null], serviceCidrs: 'x' } })?.cluster,
    ).toMatchObject({ podCidrs: ['10.0.0.0/16'], serviceCidrs: [] });
  });

  it('the doc-comment example', () => {
    expect(restoreDraft({ title: 'x', nodePools: [{ name: 'a', count: 7 }] })?.nodePools[0]?.count).toBe('');
  });
});
