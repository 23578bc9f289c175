import { describe, expect, it } from 'vitest';
import { detectAzureJsonKind } from './detect-kind.ts';
import { azureFixture } from './fixtures/fixtures.ts';

describe('detectAzureJsonKind', () => {
  it.each([
    ['vnetShowOverlaySpoke', 'vnetShow'],
    ['vnetShowDualstack', 'vnetShow'],
    ['vnetShowPodsubnet', 'vnetShow'],
    ['aksShowOverlayIpv4', 'aksShow'],
    ['aksShowDualstack', 'aksShow'],
    ['aksShowKubenet', 'aksShow'],
    ['aksShowAzureCniPodsubnet', 'aksShow'],
    ['aksNodepoolListOverlay', 'nodepoolList'],
    ['aksNodepoolListVirtualMachines', 'nodepoolList'],
  ] as const)('recognises %s as %s', (fixture, kind) => {
    expect(detectAzureJsonKind(azureFixture(fixture))).toBe(kind);
  });

  it('recognises outputs trimmed of their type by the keys only that command prints', () => {
    expect(detectAzureJsonKind({ name: 'v', addressSpace: { addressPrefixes: [] } })).toBe('vnetShow');
    expect(detectAzureJsonKind({ name: 'c', networkProfile: {} })).toBe('aksShow');
    expect(detectAzureJsonKind([{ name: 'p', maxPods: 30, count: 3 }])).toBe('nodepoolList');
    expect(detectAzureJsonKind({ properties: { vmSize: 'Standard_D4s_v5' } })).toBe('nodepoolShow');
    expect(detectAzureJsonKind({ name: 's', addressPrefix: '10.0.0.0/24' })).toBe('subnetShow');
  });

  it('tells lists, plan files and everything else apart', () => {
    expect(detectAzureJsonKind([azureFixture('vnetShowOverlaySpoke')])).toBe('vnetList');
    expect(detectAzureJsonKind([azureFixture('aksShowKubenet'), azureFixture('aksShowDualstack')])).toBe(
      'aksList',
    );
    expect(detectAzureJsonKind([azureFixture('aksShowKubenet'), azureFixture('vnetShowDualstack')])).toBe(
      'unknown',
    );
    expect(detectAzureJsonKind({ schemaVersion: 1, nodePools: [] })).toBe('planDocument');
    expect(detectAzureJsonKind([])).toBe('emptyList');
    for (const value of [
      null,
      1,
      'text',
      true,
      {},
      [1],
      [{}],
      { type: 'Microsoft.Compute/virtualMachines' },
    ]) {
      expect(detectAzureJsonKind(value)).toBe('unknown');
    }
  });
});
