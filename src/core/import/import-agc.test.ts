/** R68: a Microsoft.ServiceNetworking/trafficControllers delegation marks the AGC subnet on import. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import { importAzureJson } from './azure-import.ts';
import { AZURE_FIXTURES as F, azureFixture } from './fixtures/fixtures.ts';

type Json = Record<string, unknown>;

/** The overlay spoke VNet with one more subnet, delegated to Application Gateway for Containers. */
function vnetWithAgc(prefix: string): Json {
  const vnet = azureFixture('vnetShowOverlaySpoke') as Json & { subnets: Json[]; id?: string };
  vnet.subnets.push({
    name: 'snet-agc',
    addressPrefix: prefix,
    delegations: [{ name: 'agc', serviceName: 'Microsoft.ServiceNetworking/trafficControllers' }],
  });
  return vnet;
}

describe('importAzureJson: the AGC delegation sets purpose appGatewayForContainers', () => {
  it('with the cluster: the purposes finding names it', () => {
    const result = importAzureJson({
      vnetShow: JSON.stringify(vnetWithAgc('10.30.200.0/24')),
      aksShow: F.aksShowOverlayIpv4,
    });
    const agc = result.plan.vnet?.subnets?.find((s) => s.name === 'snet-agc');
    expect(agc?.purpose).toBe('appGatewayForContainers');
    expect(agc?.delegatedTo).toBe('Microsoft.ServiceNetworking/trafficControllers');
    const purposes = result.findings.filter((f) => f.code === 'AZURE_IMPORT_SUBNET_PURPOSES');
    expect(purposes.map((f) => f.message).join(' ')).toContain('snet-agc appGatewayForContainers');
  });
  it('a VNet alone: the other subnets are other, the delegated one AGC, and the finding says so', () => {
    const result = importAzureJson({ vnetShow: JSON.stringify(vnetWithAgc('10.30.200.0/24')) });
    const purposes = result.plan.vnet?.subnets?.map((s) => s.purpose) ?? [];
    expect(purposes.at(-1)).toBe('appGatewayForContainers');
    expect(purposes.slice(0, -1).every((p) => p === 'other')).toBe(true);
    const finding = result.findings.find((f) => f.code === 'AZURE_IMPORT_SUBNET_PURPOSES');
    expect(finding?.message).toContain('marked appGatewayForContainers (R68)');
  });
  it('the imported plan then gets the R68 checks: a /25 is AGC_SUBNET_TOO_SMALL', () => {
    const result = importAzureJson({
      vnetShow: JSON.stringify(vnetWithAgc('10.30.200.0/25')),
      aksShow: F.aksShowOverlayIpv4,
    });
    const codes = evaluatePlan(result.plan).findings.map((f) => f.code);
    expect(codes).toContain('AGC_SUBNET_TOO_SMALL');
  });
});
