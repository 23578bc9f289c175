import { describe, expect, it } from 'vitest';
import type { AppliedDefault } from '../types.ts';
import { FindingList } from './finding.ts';
import { resolveConnected, resolveVnet } from './resolve-vnet.ts';

describe('resolveVnet and resolveConnected', () => {
  it('no VNet: the AKS-managed 10.224.0.0/12 with aks-subnet 10.224.0.0/16, listed as a default', () => {
    const defaults: AppliedDefault[] = [];
    const vnet = resolveVnet({ schemaVersion: 1, nodePools: [] }, new FindingList(), defaults);
    expect(vnet.managedVnet).toBe(true);
    expect(vnet.vnetSpace.map((p) => p.canonical)).toEqual(['10.224.0.0/12']);
    expect(vnet.subnets[0]?.prefixes[0]?.canonical).toBe('10.224.0.0/16');
    expect(vnet.subnetByName.get('aks-subnet')).toBe(vnet.subnets[0]);
    expect(defaults.map((d) => d.path)).toEqual(['vnet']);
  });

  it('the first subnet of a name is the one pools find; a bad prefix is left out with its finding', () => {
    const findings = new FindingList();
    const vnet = resolveVnet(
      {
        schemaVersion: 1,
        nodePools: [],
        vnet: {
          addressSpace: ['10.0.0.0/16'],
          subnets: [
            { name: 'a', addressPrefixes: ['10.0.0.0/24', '10.0.1.0/33'] },
            { name: 'a', addressPrefixes: ['10.0.2.0/24'] },
          ],
        },
      },
      findings,
      [],
    );
    expect(vnet.subnets[0]?.prefixes.map((p) => p.canonical)).toEqual(['10.0.0.0/24']);
    expect(vnet.subnetByName.get('a')).toBe(vnet.subnets[0]);
    expect(findings.has('CIDR_INVALID')).toBe(true);
  });

  it('an unnamed connected network is "connected network N"', () => {
    const connected = resolveConnected(
      { schemaVersion: 1, nodePools: [], connectedNetworks: [{ addressPrefixes: ['10.50.0.0/16'] }] },
      new FindingList(),
    );
    expect(connected[0]).toMatchObject({ name: 'connected network 1', kind: 'other' });
    expect(connected[0]?.prefixes[0]?.canonical).toBe('10.50.0.0/16');
  });
});
