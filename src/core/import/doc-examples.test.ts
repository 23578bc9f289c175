/** The doc-comment example of every exported function of the Azure import, run as a test. */
import { describe, expect, it } from 'vitest';
import { importAzureJson } from './azure-import.ts';
import { detectAzureJsonKind } from './detect-kind.ts';
import { enumValue } from './enum-value.ts';
import { importFinding, ImportFindings } from './import-finding.ts';
import { readJsonInput } from './json-input.ts';
import { jsonField } from './json-value.ts';
import { readAgentPool } from './agent-pool.ts';
import { readAksShow } from './aks-show.ts';
import { readNodepoolList } from './nodepool-list.ts';
import { readVnetShow } from './vnet-show.ts';
import { networkPluginOf } from './network-plugin.ts';
import { mergePools } from './merge-pools.ts';
import { parseSubnetId, subnetIdKey, subnetNameFromId, vnetKeyOfSubnetId } from './subnet-id.ts';

describe('doc-comment examples: Azure import', () => {
  it('importAzureJson, detectAzureJsonKind', () => {
    expect(
      importAzureJson({
        aksShow: '{"name":"aks-a","networkProfile":{"networkPlugin":"kubenet"},"agentPoolProfiles":[]}',
      }).plan.cluster?.networkPlugin,
    ).toBe('kubenet');
    expect(detectAzureJsonKind([{ type: 'Microsoft.ContainerService/managedClusters/agentPools' }])).toBe(
      'nodepoolList',
    );
  });

  it('input, values, findings', () => {
    expect(readJsonInput(' {"name": "v"} ', 'vnetShow', new ImportFindings())).toEqual({ name: 'v' });
    expect(jsonField({ properties: { vnetSubnetID: '/s' } }, 'pool', 'vnetSubnetId', 'vnetSubnetID')).toEqual(
      {
        value: '/s',
        path: 'pool.properties.vnetSubnetID',
      },
    );
    expect(enumValue({ value: 'ipv4', path: 'p' }, ['IPv4', 'IPv6'], 'IP family', new ImportFindings())).toBe(
      'IPv4',
    );
    expect(importFinding('AZURE_IMPORT_NOT_JSON', 'error', undefined, 'The VNet box is not JSON.').rule).toBe(
      'import',
    );
  });

  it('readers and merge', () => {
    expect(
      readAgentPool(
        { name: 'system', mode: 'system', count: 3 },
        'aksShow.agentPoolProfiles[0]',
        new ImportFindings(),
      )?.fields,
    ).toEqual({ name: 'system', mode: 'System', count: 3 });
    expect(
      readAksShow({ name: 'aks-a', sku: { tier: 'Paid' } }, 'aksShow', new ImportFindings()).fields['tier'],
    ).toBe('Standard');
    expect(
      readNodepoolList([{ name: 'apps', count: 2 }], 'nodepoolList', new ImportFindings())[0]?.path,
    ).toBe('nodepoolList[0]');
    expect(
      readVnetShow(
        { name: 'v', subnets: [{ name: 'a', addressPrefix: '10.0.0.0/24' }] },
        'vnetShow',
        new ImportFindings(),
      ).subnets[0]?.addressPrefixes,
    ).toEqual(['10.0.0.0/24']);
    expect(networkPluginOf({ value: 'azure', path: 'p' }, 'Overlay', [], new ImportFindings())).toBe(
      'overlay',
    );
    const pool = {
      name: 'a',
      fields: { count: 1 },
      vnetSubnetId: undefined,
      podSubnetId: undefined,
      path: 's',
    };
    expect(mergePools([pool], [], new ImportFindings())).toHaveLength(1);
  });

  it('subnet IDs', () => {
    expect(
      parseSubnetId(
        '/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/v/subnets/a',
      )?.name,
    ).toBe('a');
    expect(subnetIdKey('/subscriptions/S/resourceGroups/RG/x/')).toBe('/subscriptions/s/resourcegroups/rg/x');
    expect(
      subnetNameFromId(
        '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/snet-a',
      ),
    ).toBe('snet-a');
    expect(
      vnetKeyOfSubnetId(
        '/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/V/subnets/a',
      ),
    ).toBe('/subscriptions/s/resourcegroups/rg/providers/microsoft.network/virtualnetworks/v');
  });
});
