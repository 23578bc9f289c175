import { describe, expect, it } from 'vitest';
import { fieldForFindingPath, fieldId } from './field-paths.ts';
import { planToDraft } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { templateById } from './templates.ts';

function draftOf(id: string): PlanDraft {
  const template = templateById(id);
  if (template === undefined) throw new Error(`no template ${id}`);
  return planToDraft(template.plan);
}

describe('fieldId (doc-comment example)', () => {
  it.each([
    ['nodePools[1].maxPods', 'field-nodePools-1-maxPods'],
    ['cluster.podCidrIpv4', 'field-cluster-podCidrIpv4'],
    ['vnet.subnets[0].otherIps[2].count', 'field-vnet-subnets-0-otherIps-2-count'],
    ['title', 'field-title'],
  ])('%s → %s', (path, id) => {
    expect(fieldId(path)).toBe(id);
  });
});

describe('fieldForFindingPath', () => {
  const single = draftOf('blank-overlay');
  const dual = draftOf('dual-stack');
  const noVnet: PlanDraft = { ...single, hasVnet: false };
  const dualIpv6Only: PlanDraft = {
    ...dual,
    cluster: {
      ...dual.cluster,
      podCidrs: ['', ...dual.cluster.podCidrs.slice(1)],
      serviceCidrs: ['', ...dual.cluster.serviceCidrs.slice(1)],
    },
  };

  it.each<[string, string, PlanDraft, string]>([
    // the doc-comment example
    ['list item → its list', 'vnet.subnets[0].addressPrefixes[1]', single, 'vnet.subnets[0].addressPrefixes'],
    ['pod CIDR', 'cluster.podCidrs[0]', single, 'cluster.podCidrs[0]'],
    ['pod CIDRs', 'cluster.podCidrs', single, 'cluster.podCidrs[0]'],
    ['service CIDR', 'cluster.serviceCidrs[0]', single, 'cluster.serviceCidrs[0]'],
    ['dual-stack IPv6 pod CIDR', 'cluster.podCidrs[1]', dual, 'cluster.podCidrs[1]'],
    ['dual-stack IPv6 service CIDR', 'cluster.serviceCidrs[1]', dual, 'cluster.serviceCidrs[1]'],
    ['dual-stack, the whole list', 'cluster.podCidrs', dual, 'cluster.podCidrs[0]'],
    ['dual-stack, only IPv6 typed', 'cluster.podCidrs[0]', dualIpv6Only, 'cluster.podCidrs[1]'],
    [
      'dual-stack, only IPv6 typed (service)',
      'cluster.serviceCidrs[0]',
      dualIpv6Only,
      'cluster.serviceCidrs[1]',
    ],
    ['dual-stack, only IPv6 typed, the whole list', 'cluster.podCidrs', dualIpv6Only, 'cluster.podCidrs[1]'],
    ['IP families', 'cluster.ipFamilies', single, 'cluster.dualStack'],
    ['VNet address space item', 'vnet.addressSpace[2]', single, 'vnet.addressSpace'],
    ['VNet', 'vnet', single, 'vnet.addressSpace'],
    ['VNet subnets', 'vnet.subnets', single, 'vnet.addressSpace'],
    ['VNet without one of your own', 'vnet', noVnet, 'vnet.hasVnet'],
    ['a subnet', 'vnet.subnets[3]', single, 'vnet.subnets[3].addressPrefixes'],
    ["a subnet's other IPs", 'vnet.subnets[1].otherIps', single, 'vnet.subnets[1].addressPrefixes'],
    ['one other IPs count', 'vnet.subnets[1].otherIps[0].count', single, 'vnet.subnets[1].otherIps[0].count'],
    ['a subnet resource ID', 'vnet.subnets[0].id', single, 'vnet.subnets[0].id'],
    [
      'connected network item',
      'connectedNetworks[2].addressPrefixes[0]',
      single,
      'connectedNetworks[2].addressPrefixes',
    ],
    ['a connected network', 'connectedNetworks[1]', single, 'connectedNetworks[1].addressPrefixes'],
    ['connected networks', 'connectedNetworks', single, 'connectedNetworks[0].addressPrefixes'],
    ['node pools', 'nodePools', single, 'nodePools[0].count'],
    ['a pool field', 'nodePools[1].maxPods', single, 'nodePools[1].maxPods'],
    ['a cluster field', 'cluster.dnsServiceIp', single, 'cluster.dnsServiceIp'],
    ['the plan title', 'title', single, 'title'],
  ])('%s: %s', (_what, path, draft, field) => {
    expect(fieldForFindingPath(path, draft)).toBe(field);
  });
});
