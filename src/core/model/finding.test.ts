import { describe, expect, it } from 'vitest';
import { finding, FindingList, MAX_FINDINGS_PER_CODE } from './finding.ts';

describe('finding', () => {
  it('doc example: leaves path out when undefined', () => {
    expect(finding('CIDR_INVALID', 'error', 'R1', 'cluster.podCidrs[0]', 'Pod CIDR …')).toEqual({
      code: 'CIDR_INVALID',
      severity: 'error',
      rule: 'R1',
      path: 'cluster.podCidrs[0]',
      message: 'Pod CIDR …',
    });
    expect(finding('CIDR_INVALID', 'info', 'R1', undefined, 'm')).not.toHaveProperty('path');
  });
});

describe('FindingList', () => {
  it('doc example: lists the first findings of a code and counts the rest', () => {
    const findings = new FindingList();
    for (let i = 0; i < MAX_FINDINGS_PER_CODE + 2; i++)
      findings.add('POOL_NAME_INVALID', 'error', 'R32', `nodePools[${i}].name`, `pool ${i}`);
    const listed = findings.listed();
    expect(listed).toHaveLength(MAX_FINDINGS_PER_CODE + 1);
    expect(listed[0]?.message).toBe('pool 0');
    expect(listed.at(-1)?.message).toMatch(/^2 more POOL_NAME_INVALID findings/);
    expect(listed.at(-1)).not.toHaveProperty('path');
  });

  it('builds a message given as a function only for a finding it lists', () => {
    const findings = new FindingList();
    let built = 0;
    for (let i = 0; i < MAX_FINDINGS_PER_CODE + 50; i++)
      findings.add('MAX_PODS_OUT_OF_RANGE', 'error', 'R28', `nodePools[${i}].maxPods`, () => {
        built += 1;
        return `pool ${i}`;
      });
    expect(built).toBe(MAX_FINDINGS_PER_CODE);
    expect(
      findings
        .listed()
        .map((f) => f.message)
        .slice(0, 2),
    ).toEqual(['pool 0', 'pool 1']);
  });

  it('knows the paths of every error, listed or only counted, and of nothing else', () => {
    const findings = new FindingList();
    for (let i = 0; i < MAX_FINDINGS_PER_CODE + 5; i++)
      findings.add('CIDR_INVALID', 'error', 'R1', `vnet.subnets[${i}].addressPrefixes[0]`, 'bad');
    expect(findings.hasAt('vnet.subnets[3].addressPrefixes[0]')).toBe(true);
    findings.add('VNET_NON_PRIVATE_RANGE', 'warning', 'R7', 'vnet.addressSpace[0]', 'public');
    findings.add('CIDR_INVALID', 'error', 'R1', 'cluster.podCidrs[0]', 'bad');
    expect(findings.hasAt(`vnet.subnets[${MAX_FINDINGS_PER_CODE + 4}].addressPrefixes[0]`)).toBe(true);
    expect(findings.hasAt('cluster.podCidrs[0]')).toBe(true);
    expect(findings.hasAt('vnet.addressSpace[0]')).toBe(false);
    expect(findings.hasAt('vnet.addressSpace[0]', 'warning')).toBe(true);
    expect(findings.hasAt('nodePools[0]')).toBe(false);
    expect(findings.allPaths()).toHaveLength(MAX_FINDINGS_PER_CODE + 7);
    expect(findings.has('VNET_NON_PRIVATE_RANGE')).toBe(true);
  });
});
