import { describe, expect, it } from 'vitest';
import { planToDraft } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { dropUnlistedChoices } from './draft-choices.ts';
import { restoreDraftReporting } from './restore-draft.ts';

const hostile = 'calico\ntouch pwned\n#';

function draftWithHostileChoices(): PlanDraft {
  const draft = planToDraft({
    schemaVersion: 1,
    cluster: { networkPolicy: 'calico', tier: 'Standard' },
    vnet: { name: 'v', subnets: [{ name: 's', addressPrefixes: ['10.0.0.0/24'] }] },
    nodePools: [{ name: 'system', mode: 'System' }],
    connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['10.1.0.0/16'] }],
  });
  return JSON.parse(
    JSON.stringify(draft)
      .replace('"networkPolicy":"calico"', `"networkPolicy":${JSON.stringify(hostile)}`)
      .replace('"mode":"System"', '"mode":"x$(touch pwned)"')
      .replace('"kind":"peering"', '"kind":"`id`"'),
  ) as PlanDraft;
}

describe('dropUnlistedChoices', () => {
  it('keeps listed and empty values and returns the same draft when nothing is dropped', () => {
    const draft = planToDraft({ schemaVersion: 1, cluster: { tier: 'Free' }, nodePools: [{ mode: 'User' }] });
    expect(dropUnlistedChoices(draft)).toEqual({ draft, problems: [] });
  });

  it('drops each value not in its list and says which field it was', () => {
    const { draft, problems } = dropUnlistedChoices(draftWithHostileChoices());
    expect(draft.cluster.networkPolicy).toBe('');
    expect(draft.cluster.tier).toBe('Standard');
    expect(draft.nodePools[0]?.mode).toBe('');
    expect(draft.connectedNetworks[0]?.kind).toBe('peering');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^Cluster network policy: "calico\\ntouch pwned\\n#" is not one of none, azure, calico, cilium/,
    );
    expect(problems[1]).toMatch(/^Node pool 1 mode: /);
    expect(problems[2]).toMatch(/^Connected network 1 kind: /);
  });

  it('runs when a stored draft is restored', () => {
    const restored = restoreDraftReporting(draftWithHostileChoices());
    expect(restored.draft?.cluster.networkPolicy).toBe('');
    expect(restored.problems).toHaveLength(3);
  });
});
