/**
 * GOLDEN SHARE LINKS, version 1.1 (with the integrity mark `len=` last; docs/share-links.md). Every link
 * below must open as exactly this plan (and these findings) in every later release. NEVER edit or
 * delete an entry; add new ones. The version-1 links are in golden-links.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decodePlan } from './plan-codec.ts';
import type { PlanDocument } from '../types.ts';

interface GoldenLink {
  name: string;
  link: string;
  plan: PlanDocument;
  findings?: string[];
}

const SMALL_DEV: PlanDocument = {
  schemaVersion: 1,
  title: 'Dev sandbox',
  cluster: { name: 'aks-dev', kubernetesVersion: '1.33', tier: 'Free', networkPlugin: 'overlay' },
  vnet: {
    name: 'vnet-dev',
    resourceGroup: 'rg-dev',
    addressSpace: ['10.10.0.0/16'],
    subnets: [{ name: 'snet-dev', addressPrefixes: ['10.10.0.0/24'] }],
  },
  nodePools: [{ name: 'system', mode: 'System', count: 2, maxPods: 110 }],
};

const GOLDEN_MARKED_LINKS: GoldenLink[] = [
  {
    name: 'small-dev, marked',
    link: 'v=1.1&title=Dev+sandbox&cluster=aks-dev&k8s=1.33&tier=Free&plugin=overlay&vnet=vnet-dev&rg=rg-dev&space=10.10.0.0/16&subnet=snet-dev~cidr:10.10.0.0/24&pool=system~mode:System~count:2~maxPods:110&len=194',
    plan: SMALL_DEV,
  },
  {
    name: 'autoscaling pools, cut after max:2 (of max:20): loaded as far as it goes, and flagged',
    link: 'v=1.1&title=Cut&pool=system~mode:System~count:3~auto:true~min:3~max:5&pool=user~count:3~auto:true~min:3~max:2',
    plan: {
      schemaVersion: 1,
      title: 'Cut',
      nodePools: [
        { name: 'system', mode: 'System', count: 3, enableAutoScaling: true, minCount: 3, maxCount: 5 },
        { name: 'user', count: 3, enableAutoScaling: true, minCount: 3, maxCount: 2 },
      ],
    },
    findings: ['SHARE_LINK_CUT@len'],
  },
  {
    name: 'a marked link whose mark itself was cut (len=19 of len=194)',
    link: 'v=1.1&title=Dev+sandbox&cluster=aks-dev&k8s=1.33&tier=Free&plugin=overlay&vnet=vnet-dev&rg=rg-dev&space=10.10.0.0/16&subnet=snet-dev~cidr:10.10.0.0/24&pool=system~mode:System~count:2~maxPods:110&len=19',
    plan: SMALL_DEV,
    findings: ['SHARE_LINK_CUT@len'],
  },
];

describe('golden share links, version 1.1 (never edit, only add)', () => {
  it.each(GOLDEN_MARKED_LINKS.map((g) => [g.name, g] as const))('%s', (_name, golden) => {
    const decoded = decodePlan(golden.link);
    expect(decoded.plan).toEqual(golden.plan);
    expect(decoded.findings.map((f) => `${f.code}@${f.path ?? ''}`)).toEqual(golden.findings ?? []);
  });
});
