import { describe, expect, it } from 'vitest';
import { parseSubnetId, subnetIdKey, subnetNameFromId, vnetKeyOfSubnetId } from './subnet-id.ts';

const ID =
  '/subscriptions/0000/resourceGroups/RG-Net/providers/Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-b';

describe('subnet resource IDs', () => {
  it('parses the parts, in any case', () => {
    expect(parseSubnetId(ID)).toEqual({
      subscription: '0000',
      resourceGroup: 'RG-Net',
      vnet: 'vnet-a',
      name: 'snet-b',
    });
    expect(parseSubnetId(ID.toLowerCase())?.resourceGroup).toBe('rg-net');
    expect(parseSubnetId(`${ID}/`)?.name).toBe('snet-b');
  });

  it.each([
    '',
    'snet-b',
    '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-a',
    '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n/subnets/x',
  ])('is null for %j', (text) => {
    expect(parseSubnetId(text)).toBeNull();
  });

  it('compares IDs case-insensitively (R59)', () => {
    expect(subnetIdKey(ID)).toBe(subnetIdKey(ID.toUpperCase()));
    expect(subnetIdKey(`${ID}/`)).toBe(subnetIdKey(ID));
    expect(vnetKeyOfSubnetId(ID)).toBe(vnetKeyOfSubnetId(ID.replace('snet-b', 'SNET-C').toUpperCase()));
  });

  it('names a subnet by the last segment of its ID', () => {
    expect(subnetNameFromId(ID)).toBe('snet-b');
    expect(subnetNameFromId('odd/id/snet-x/')).toBe('snet-x');
    expect(subnetNameFromId('')).toBe('');
  });
});
