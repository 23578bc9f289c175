import { describe, expect, it } from 'vitest';
import { runCli } from './run-check.ts';
import type { PlanDocument } from '../core/index.ts';

const HUB_SPOKE: PlanDocument = {
  schemaVersion: 1,
  vnet: {
    name: 'vnet-spoke',
    addressSpace: ['10.50.0.0/16'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
  },
  nodePools: [
    { name: 'system', mode: 'System', count: 3 },
    { name: 'apps', enableAutoScaling: true, minCount: 2, maxCount: 20 },
  ],
  connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['10.0.0.0/16'] }],
};

function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const code = runCli(args, {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    writeText: (path, text) => {
      written[path] = text;
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err, written };
}

describe('aks-plan propose', () => {
  it('prints each change with its reason, writes the proposed plan and exits 0', () => {
    const { code, out, written } = run(['propose', 'plan.json', '--growth', '30', '--out', 'proposed.json'], {
      'plan.json': JSON.stringify(HUB_SPOKE),
    });
    expect(code).toBe(0);
    expect(out).toContain('plan.json: 3 changes');
    expect(out).toContain('cluster.serviceCidrs[0]: 10.0.0.0/16 → 10.1.0.0/16');
    // +30 %: system 3 → 4, apps 20 → 26; 30 nodes + 4 surge = 34 blocks → /18.
    expect(out).toContain('2 pools reach 30 nodes + 4 surge = 34 /24 blocks → /18');
    expect(out).toContain('Wrote the proposed plan to proposed.json.');
    const proposed = JSON.parse(written['proposed.json'] ?? '{}') as PlanDocument;
    expect(proposed.cluster?.serviceCidrs).toEqual(['10.1.0.0/16']);
    expect(run(['check', 'p.json'], { 'p.json': written['proposed.json'] ?? '' }).code).toBe(0);
  });

  it('exits 1 and says why when no valid layout exists', () => {
    const { code, out } = run(['propose', 'plan.json', '--growth', '2000', '--fix', 'vnet.subnets[0]'], {
      'plan.json': JSON.stringify(HUB_SPOKE),
    });
    expect(code).toBe(1);
    expect(out).toContain('No valid layout exists:');
    expect(out).toContain('PROPOSAL_FIXED_RANGE_TOO_SMALL at vnet.subnets[0]');
  });

  it('exits 2 for unreadable input and bad usage', () => {
    expect(run(['propose', 'missing.json'], {}).code).toBe(2);
    expect(run(['propose', 'bad.json'], { 'bad.json': '{not json' }).code).toBe(2);
    const bad = run(['propose', 'plan.json', '--growth', 'lots'], { 'plan.json': JSON.stringify(HUB_SPOKE) });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--growth takes a number');
    expect(run(['propose'], {}).code).toBe(2);
  });

  it('sizes the service CIDR for --services', () => {
    const { out } = run(['propose', 'plan.json', '--services', '250'], {
      'plan.json': JSON.stringify(HUB_SPOKE),
    });
    expect(out).toContain('cluster.serviceCidrs[0]: 10.0.0.0/16 → 10.1.0.0/24');
    expect(out).toContain(
      '250 expected Services → /24: 254 allocatable ClusterIPs − 2 (kubernetes.default, kube-dns) = 252',
    );
  });
});
