import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import { importAzureJson } from './azure-import.ts';
import { AZURE_FIXTURES as F } from './fixtures/fixtures.ts';
import {
  DATA,
  DUALSTACK_PLAN,
  KUBENET_PLAN,
  OVERLAY_PLAN,
  PODSUBNET_PLAN,
} from './fixtures/expected-plans.ts';

const sorted = (codes: string[]) => [...codes].sort();
const codesOf = (findings: { code: string; severity: string }[]) =>
  sorted(findings.map((f) => `${f.code}:${f.severity}`));

describe('importAzureJson: the fixture sets', () => {
  it('(a–c) overlay IPv4: VNet, cluster and nodepool list', () => {
    const result = importAzureJson({
      vnetShow: F.vnetShowOverlaySpoke,
      aksShow: F.aksShowOverlayIpv4,
      nodepoolList: F.aksNodepoolListOverlay,
    });
    expect(result.plan).toStrictEqual(OVERLAY_PLAN);
    expect(result.usable).toBe(true);
    expect(result.detected).toEqual({
      vnetShow: 'vnetShow',
      aksShow: 'aksShow',
      nodepoolList: 'nodepoolList',
    });
    expect(codesOf(result.findings)).toEqual(
      sorted([
        'AZURE_IMPORT_READ:info',
        'AZURE_IMPORT_READ:info',
        'AZURE_IMPORT_READ:info',
        'AZURE_IMPORT_POOLS_MERGED:info',
        'AZURE_IMPORT_SUBNET_PURPOSES:info',
      ]),
    );

    const report = evaluatePlan(result.plan);
    expect(report.findings).toEqual([]);
    // plannedNodes 6 + 20 + 2 = 28; surge ceil(6 × 10 %) + ceil(20 × 33 %) + 1 = 1 + 7 + 1 = 9.
    expect(report.cluster.nodes).toBe(28);
    expect(report.cluster.nodesDuringUpgrade).toBe(37);
    expect(report.nodePools.map((p) => [p.name, p.nodes, p.surgeNodes])).toEqual([
      ['system', 6, 1],
      ['apps', 20, 7],
      ['win22', 2, 1],
    ]);
    // 100.64.0.0/16 holds 2^(24−16) = 256 /24 blocks.
    expect(report.podRanges.map((r) => [r.cidr, r.nodeBlocks, r.requiredBlocksDuringUpgrade])).toEqual([
      ['100.64.0.0/16', 256n, 37],
    ]);
    expect(report.serviceRanges[0]?.allocatable).toBe(65534n); // 65,536 − 2
    const nodes = report.subnets.find((s) => s.name === 'snet-aks-nodes');
    expect([nodes?.usable, nodes?.ipsDuringUpgrade]).toEqual([1019n, 37]); // /22: 1,024 − 5; one IP per node
    const apiServer = report.subnets.find((s) => s.name === 'snet-aks-apiserver');
    expect([apiServer?.role, apiServer?.usable, apiServer?.ipsSteady]).toEqual(['apiServer', 11n, 9]); // /28: 16 − 5; 9 per cluster
  });

  it('(a–b) without the nodepool list gives the same plan from az aks show alone', () => {
    const result = importAzureJson({ vnetShow: F.vnetShowOverlaySpoke, aksShow: F.aksShowOverlayIpv4 });
    expect(result.plan).toStrictEqual(OVERLAY_PLAN);
    expect(result.findings.map((f) => f.code)).not.toContain('AZURE_IMPORT_POOLS_MERGED');
  });

  it('(d) dual-stack, with the SDK-era VNet output (nulls, addressPrefix vs addressPrefixes)', () => {
    const result = importAzureJson({ vnetShow: F.vnetShowDualstack, aksShow: F.aksShowDualstack });
    expect(result.plan).toStrictEqual(DUALSTACK_PLAN);
    expect(codesOf(result.findings)).toEqual(
      sorted(['AZURE_IMPORT_READ:info', 'AZURE_IMPORT_READ:info', 'AZURE_IMPORT_SUBNET_PURPOSES:info']),
    );
    const report = evaluatePlan(result.plan);
    expect(report.valid).toBe(true);
    expect(codesOf(report.findings)).toEqual(['DUALSTACK_IPV6_LB_LOCAL_POLICY:info']);
    // 5 + 30 = 35 nodes; surge ceil(0.5) + ceil(6) = 1 + 6.
    expect([report.cluster.nodes, report.cluster.nodesDuringUpgrade]).toEqual([35, 42]);
    expect(report.podRanges.map((r) => [r.family, r.nodeBlocks])).toEqual([
      ['IPv4', 256n],
      ['IPv6', 65536n], // a /64 holds 2^(80−64) /80 blocks
    ]);
    // IPv6 /108: 2^20 addresses, of which Kubernetes allocates at most 65,535 (R40).
    expect(report.serviceRanges.map((r) => [r.family, r.allocatable])).toEqual([
      ['IPv4', 65534n],
      ['IPv6', 65535n],
    ]);
    const nodes = report.subnets.find((s) => s.name === 'snet-aks-nodes');
    expect([nodes?.cidr, nodes?.ipv6Cidr, nodes?.usable, nodes?.ipsDuringUpgrade]).toEqual([
      '10.30.0.0/22',
      'fd9e:4c7a:21b0::/64',
      1019n,
      42,
    ]);
  });

  it('(e) kubenet on an AKS-managed VNet: no vnet, null maxSurge left to the default', () => {
    const result = importAzureJson({ aksShow: F.aksShowKubenet });
    expect(result.plan).toStrictEqual(KUBENET_PLAN);
    expect(codesOf(result.findings)).toEqual(
      sorted(['AZURE_IMPORT_READ:info', 'AZURE_IMPORT_MISSING:info', 'AZURE_IMPORT_NOTE:info']),
    );
    expect(result.findings.find((f) => f.code === 'AZURE_IMPORT_MISSING')?.path).toBe(
      'aksShow.agentPoolProfiles[0].upgradeSettings.maxSurge',
    );
    const report = evaluatePlan(result.plan);
    expect(report.managedVnet).toBe(true);
    // 3 + 10 = 13 planned nodes on the Free tier; surge ceil(0.3) + ceil(5) = 1 + 5.
    expect([report.cluster.nodes, report.cluster.nodesDuringUpgrade, report.cluster.nodeLimit]).toEqual([
      13, 19, 400,
    ]);
    expect(report.nodePools.map((p) => p.maxSurge)).toEqual(['10%', '50%']);
    expect(codesOf(report.findings)).toEqual(['FREE_TIER_OVER_10_NODES:warning', 'KUBENET_RETIRING:info']);
  });

  it("(f) Azure CNI pod subnet, private cluster; upper-case RG in the pools' IDs", () => {
    const result = importAzureJson({ vnetShow: F.vnetShowPodsubnet, aksShow: F.aksShowAzureCniPodsubnet });
    expect(result.plan).toStrictEqual(PODSUBNET_PLAN);
    expect(codesOf(result.findings)).toEqual(
      sorted([
        'AZURE_IMPORT_READ:info',
        'AZURE_IMPORT_READ:info',
        'AZURE_IMPORT_SUBNET_PURPOSES:info',
        'AZURE_IMPORT_NOTE:info', // snet-pods-system: 48 allocated pod IPs
        'AZURE_IMPORT_NOTE:info', // snet-pods-user: 128
      ]),
    );
    expect(result.findings.filter((f) => f.code === 'AZURE_IMPORT_NOTE').map((f) => f.message)).toEqual([
      expect.stringContaining('snet-pods-system lists 48 IP configurations'),
      expect.stringContaining('snet-pods-user lists 128 IP configurations'),
    ]);
    const report = evaluatePlan(result.plan);
    // No SUBNETS_IN_DIFFERENT_VNETS: IDs compare case-insensitively. Azure NPM on Linux: a retirement note (R67).
    expect(report.findings.map((f) => f.code)).toEqual(['NPM_LINUX_RETIRING']);
    expect([report.cluster.nodes, report.cluster.nodesDuringUpgrade]).toEqual([17, 20]); // 5 + 12; 1 + 2 surge
    expect(report.podRanges).toEqual([]);
    const ips = Object.fromEntries(
      report.subnets.map((s) => [s.name, [s.usable, s.ipsSteady, s.ipsDuringUpgrade]]),
    );
    expect(ips).toEqual({
      'snet-nodes-system': [251n, 6, 7], // 5 nodes + the private endpoint (first pool's subnet, R12)
      'snet-nodes-user': [251n, 12, 14],
      'snet-privatelink': [27n, 0, 0],
      'snet-pods-system': [1019n, 80, 768], // 5 × 16; (5 + 1) × 128 at full density for maxPods 110
      'snet-pods-user': [4091n, 192, 1120], // 12 × 16; (12 + 2) × 80 for maxPods 60
    });
  });

  it('(f) without the VNet: subnets from the IDs, with a finding telling what to paste', () => {
    const result = importAzureJson({ aksShow: F.aksShowAzureCniPodsubnet });
    const ID = DATA.replace('rg-network-data-prod-sec', 'RG-NETWORK-DATA-PROD-SEC');
    expect(result.plan.vnet).toStrictEqual({
      name: 'vnet-data-prod-sec',
      resourceGroup: 'RG-NETWORK-DATA-PROD-SEC',
      subnets: [
        { name: 'snet-nodes-system', addressPrefixes: [], purpose: 'nodes', id: `${ID}/snet-nodes-system` },
        { name: 'snet-pods-system', addressPrefixes: [], purpose: 'pods', id: `${ID}/snet-pods-system` },
        { name: 'snet-nodes-user', addressPrefixes: [], purpose: 'nodes', id: `${ID}/snet-nodes-user` },
        { name: 'snet-pods-user', addressPrefixes: [], purpose: 'pods', id: `${ID}/snet-pods-user` },
      ],
    });
    expect(result.plan.nodePools.map((p) => [p.subnet, p.podSubnet])).toEqual([
      ['snet-nodes-system', 'snet-pods-system'],
      ['snet-nodes-user', 'snet-pods-user'],
    ]);
    const missing = result.findings.filter((f) => f.code === 'AZURE_IMPORT_SUBNET_NOT_IN_VNET');
    expect(missing.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'aksShow.agentPoolProfiles[0].vnetSubnetId'],
    ]);
    expect(missing[0]?.message).toBe(
      'Subnets snet-nodes-system (pool system), snet-pods-system (pool system), snet-nodes-user (pool data) and snet-pods-user (pool data) were added with their resource IDs only: paste `az network vnet show -g RG-NETWORK-DATA-PROD-SEC -n vnet-data-prod-sec -o json` to fill their prefixes.',
    );
    expect(() => evaluatePlan(result.plan)).not.toThrow();
  });
});
