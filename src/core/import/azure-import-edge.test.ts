import { describe, expect, it } from 'vitest';
import type { Finding } from '../types.ts';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import { importAzureJson } from './azure-import.ts';
import { AZURE_FIXTURES as F, azureFixture } from './fixtures/fixtures.ts';
import {
  DUALSTACK_PLAN,
  KUBENET_PLAN,
  OVERLAY_PLAN,
  PODSUBNET_PLAN,
  SPOKE,
} from './fixtures/expected-plans.ts';

type Json = Record<string, unknown>;

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const one = (findings: readonly Finding[], code: string): Finding => {
  const found = findings.filter((f) => f.code === code);
  expect(found, `${code} in ${JSON.stringify(codes(findings))}`).toHaveLength(1);
  return found[0] as Finding;
};

/** A parsed fixture whose JSON object the test edits. */
function aksShow(
  name:
    | 'aksShowOverlayIpv4'
    | 'aksShowKubenet'
    | 'aksShowAzureCniPodsubnet'
    | 'aksShowDualstack' = 'aksShowOverlayIpv4',
) {
  return azureFixture(name) as Json & {
    networkProfile: Json;
    agentPoolProfiles: Json[];
    sku: Json;
    apiServerAccessProfile: Json;
  };
}
function vnetShow(
  name: 'vnetShowOverlaySpoke' | 'vnetShowDualstack' | 'vnetShowPodsubnet' = 'vnetShowOverlaySpoke',
) {
  return azureFixture(name) as Json & { subnets: Json[]; virtualNetworkPeerings: Json[] };
}
function pool(cluster: { agentPoolProfiles: Json[] }, index: number): Json {
  const found = cluster.agentPoolProfiles[index];
  if (found === undefined) throw new Error(`no pool ${index}`);
  return found;
}

describe('JSON text and objects', () => {
  it.each([
    [
      'overlay',
      {
        vnetShow: F.vnetShowOverlaySpoke,
        aksShow: F.aksShowOverlayIpv4,
        nodepoolList: F.aksNodepoolListOverlay,
      },
    ],
    ['dual-stack', { vnetShow: F.vnetShowDualstack, aksShow: F.aksShowDualstack }],
    ['kubenet', { aksShow: F.aksShowKubenet }],
    ['pod subnet', { vnetShow: F.vnetShowPodsubnet, aksShow: F.aksShowAzureCniPodsubnet }],
  ])('%s: parsed objects import exactly like the text', (_name, texts: Record<string, string>) => {
    const objects = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, JSON.parse(v) as unknown]));
    expect(importAzureJson(objects)).toStrictEqual(importAzureJson(texts));
  });

  it('text that is not JSON is reported and that box ignored; the others are still read', () => {
    const result = importAzureJson({ vnetShow: '{"name": "vnet-a", ', aksShow: F.aksShowKubenet });
    expect(result.plan).toStrictEqual(KUBENET_PLAN);
    expect(result.usable).toBe(true);
    const notJson = one(result.findings, 'AZURE_IMPORT_NOT_JSON');
    expect([notJson.severity, notJson.path]).toEqual(['error', 'vnetShow']);
    expect(result.detected).toEqual({ aksShow: 'aksShow' });
  });

  it('skips a shell prompt or a CLI warning pasted before the JSON, and says so', () => {
    const pasted = `$ az aks show -g rg-aks-intranet-uks -n aks-intranet-kubenet-uks -o json\nWARNING: The behavior of this command has been altered\n${F.aksShowKubenet}`;
    const result = importAzureJson({ aksShow: pasted });
    expect(result.plan).toStrictEqual(KUBENET_PLAN);
    expect(result.findings[0]?.code).toBe('AZURE_IMPORT_NOTE');
    expect(result.findings[0]?.message).toMatch(/^The first 2 lines of the `az aks show` box are not JSON/);
  });

  it('reads text with a byte order mark and surrounding blank lines', () => {
    expect(importAzureJson({ aksShow: `\uFEFF\n\n${F.aksShowKubenet}\n\n` }).plan).toStrictEqual(
      KUBENET_PLAN,
    );
  });

  it('empty boxes are not input: nothing usable, no findings, an empty plan', () => {
    for (const inputs of [
      {},
      { vnetShow: '', aksShow: '  \n ', nodepoolList: undefined },
      { aksShow: null },
    ]) {
      expect(importAzureJson(inputs)).toStrictEqual({
        plan: { schemaVersion: 1, nodePools: [] },
        findings: [],
        detected: {},
        usable: false,
      });
    }
  });

  it('JSON that is no az output is reported and nothing is usable', () => {
    const result = importAzureJson({ vnetShow: '[1, 2]', aksShow: '{"hello": "world"}', nodepoolList: '[]' });
    expect(result.usable).toBe(false);
    expect(result.plan).toStrictEqual({ schemaVersion: 1, nodePools: [] });
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['AZURE_IMPORT_UNRECOGNIZED', 'error', 'vnetShow'],
      ['AZURE_IMPORT_UNRECOGNIZED', 'error', 'aksShow'],
      ['AZURE_IMPORT_UNRECOGNIZED', 'error', 'nodepoolList'],
    ]);
    expect(result.detected).toEqual({ vnetShow: 'unknown', aksShow: 'unknown', nodepoolList: 'emptyList' });
  });

  it('a plan file or a single subnet gets a hint about what to paste instead', () => {
    const result = importAzureJson({
      aksShow: { schemaVersion: 1, nodePools: [] },
      vnetShow: vnetShow().subnets[0],
    });
    expect(result.detected).toEqual({ aksShow: 'planDocument', vnetShow: 'subnetShow' });
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringContaining('az network vnet show` for the whole VNet'),
      expect.stringContaining('load it with "Import plan"'),
    ]);
  });
});

describe('the wrong box', () => {
  it('reads each input as what it is, wherever it was pasted, and says so', () => {
    const result = importAzureJson({
      vnetShow: F.aksShowOverlayIpv4,
      aksShow: F.aksNodepoolListOverlay,
      nodepoolList: F.vnetShowOverlaySpoke,
    });
    expect(result.plan).toStrictEqual(OVERLAY_PLAN);
    expect(result.detected).toEqual({
      vnetShow: 'aksShow',
      aksShow: 'nodepoolList',
      nodepoolList: 'vnetShow',
    });
    const wrong = result.findings.filter((f) => f.code === 'AZURE_IMPORT_WRONG_BOX');
    expect(wrong.map((f) => [f.severity, f.path])).toEqual([
      ['info', 'vnetShow'],
      ['info', 'aksShow'],
      ['info', 'nodepoolList'],
    ]);
    expect(wrong[0]?.message).toBe(
      'The `az network vnet show` box holds `az aks show` output; it was read as `az aks show`.',
    );
  });

  it('an input in its own box wins over the same command pasted in another box', () => {
    const result = importAzureJson({ vnetShow: F.aksShowKubenet, aksShow: F.aksShowOverlayIpv4 });
    expect(result.plan.cluster?.name).toBe('aks-payments-prod-weu');
    const duplicate = one(result.findings, 'AZURE_IMPORT_DUPLICATE');
    expect([duplicate.severity, duplicate.path]).toEqual(['warning', 'vnetShow']);
  });

  it('a one-item list (az network vnet list, az aks list) and one pool (az aks nodepool show) are read', () => {
    const result = importAzureJson({
      vnetShow: [vnetShow()],
      aksShow: [aksShow('aksShowKubenet')],
      nodepoolList: (azureFixture('aksNodepoolListOverlay') as unknown[])[1],
    });
    expect(result.detected).toEqual({
      vnetShow: 'vnetList',
      aksShow: 'aksList',
      nodepoolList: 'nodepoolShow',
    });
    expect(result.plan.vnet?.name).toBe('vnet-spoke-payments-prod-weu');
    expect(result.plan.cluster?.name).toBe('aks-intranet-kubenet-uks');
    expect(result.plan.nodePools.map((p) => p.name)).toEqual(['nodepool1', 'batch', 'apps']);
    expect(codes(result.findings).filter((c) => c === 'AZURE_IMPORT_WRONG_BOX')).toHaveLength(3);
  });

  it('a list of several VNets is not guessed at', () => {
    const result = importAzureJson({ vnetShow: [vnetShow(), vnetShow('vnetShowDualstack')] });
    expect(result.usable).toBe(false);
    expect(one(result.findings, 'AZURE_IMPORT_UNRECOGNIZED').message).toContain('holds 2 VNets');
  });
});

describe('null, absent and differently spelled fields', () => {
  it('podCidr/serviceCidr stand in for podCidrs/serviceCidrs (APIs before 2021-10-01)', () => {
    const cluster = aksShow();
    const profile = cluster.networkProfile;
    delete profile['podCidrs'];
    delete profile['serviceCidrs'];
    delete profile['ipFamilies'];
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.cluster?.podCidrs).toEqual(['100.64.0.0/16']);
    expect(result.plan.cluster?.serviceCidrs).toEqual(['172.16.0.0/16']);
    expect(result.plan.cluster?.ipFamilies).toBeUndefined();
    expect(one(result.findings, 'AZURE_IMPORT_MISSING').path).toBe('aksShow.networkProfile.ipFamilies');
  });

  it('null and absent mean the same: not set', () => {
    const withNulls = aksShow('aksShowKubenet');
    const withoutKeys = aksShow('aksShowKubenet');
    const first = pool(withoutKeys, 0);
    delete first['minCount'];
    delete first['maxCount'];
    delete first['upgradeSettings']; // the whole object absent, not just maxSurge null
    delete withoutKeys.networkProfile['networkDataplane'];
    delete withoutKeys.networkProfile['networkPluginMode'];
    const a = importAzureJson({ aksShow: withNulls });
    const b = importAzureJson({ aksShow: withoutKeys });
    expect(b.plan).toStrictEqual(a.plan);
    expect(b.findings.map((f) => [f.code, f.path])).toEqual(a.findings.map((f) => [f.code, f.path]));
  });

  it('a missing pod CIDR is reported for kubenet and overlay, never for flat Azure CNI', () => {
    const kubenet = aksShow('aksShowKubenet');
    kubenet.networkProfile['podCidr'] = null;
    kubenet.networkProfile['podCidrs'] = null;
    const result = importAzureJson({ aksShow: kubenet });
    expect(result.plan.cluster?.podCidrs).toBeUndefined();
    const missing = result.findings.filter(
      (f) => f.code === 'AZURE_IMPORT_MISSING' && f.severity === 'warning',
    );
    expect(missing.map((f) => f.path)).toEqual(['aksShow.networkProfile.podCidrs']);
    const flat = importAzureJson({ aksShow: F.aksShowAzureCniPodsubnet });
    expect(codes(flat.findings)).not.toContain('AZURE_IMPORT_MISSING');
  });

  it('BYO CNI without a pod CIDR: no default filled in; evaluatePlan then asks for one (R56)', () => {
    const byo = aksShow('aksShowKubenet');
    Object.assign(byo.networkProfile, {
      networkPlugin: 'none',
      podCidr: null,
      podCidrs: null,
      networkPolicy: null,
    });
    const result = importAzureJson({ aksShow: byo });
    expect(result.plan.cluster?.networkPlugin).toBe('none');
    expect(result.plan.cluster?.podCidrs).toBeUndefined();
    expect(result.findings.find((f) => f.path === 'aksShow.networkProfile.podCidrs')?.severity).toBe(
      'warning',
    );
    expect(codes(evaluatePlan(result.plan).findings)).toContain('BYOCNI_POD_CIDR_REQUIRED');
  });

  it('addressPrefix or addressPrefixes, whichever the subnet has; neither is reported', () => {
    const vnet = vnetShow();
    const [nodes, apiServer, ilb] = vnet.subnets;
    if (nodes === undefined || apiServer === undefined || ilb === undefined) throw new Error('subnets');
    delete nodes['addressPrefix'];
    nodes['addressPrefixes'] = ['10.224.0.0/22'];
    apiServer['addressPrefixes'] = []; // an empty list does not hide addressPrefix
    delete ilb['addressPrefix'];
    const result = importAzureJson({ vnetShow: vnet });
    expect(result.plan.vnet?.subnets?.map((s) => [s.name, s.addressPrefixes])).toEqual([
      ['snet-aks-nodes', ['10.224.0.0/22']],
      ['snet-aks-apiserver', ['10.224.4.0/28']],
      ['snet-aks-ilb', []],
      ['snet-private-endpoints', ['10.224.6.0/26']],
    ]);
    const missing = one(result.findings, 'AZURE_IMPORT_MISSING');
    expect([missing.severity, missing.path]).toEqual(['warning', 'vnetShow.subnets[2].addressPrefix']);
  });

  it('peerings: remoteVirtualNetworkAddressSpace when remoteAddressSpace is absent; neither is reported', () => {
    const vnet = vnetShow();
    const [hub, shared] = vnet.virtualNetworkPeerings;
    if (hub === undefined || shared === undefined) throw new Error('peerings');
    delete hub['remoteAddressSpace'];
    delete shared['remoteAddressSpace'];
    delete shared['remoteVirtualNetworkAddressSpace'];
    const result = importAzureJson({ vnetShow: vnet });
    expect(result.plan.connectedNetworks).toEqual([
      { name: 'peer-spoke-payments-to-hub-weu', kind: 'peering', addressPrefixes: ['10.200.0.0/22'] },
    ]);
    expect(one(result.findings, 'AZURE_IMPORT_MISSING').path).toBe(
      'vnetShow.virtualNetworkPeerings[1].remoteAddressSpace',
    );
  });

  it("enum values in the caller's spelling are read (ipv4, Overlay, system, linux)", () => {
    const cluster = aksShow();
    Object.assign(cluster.networkProfile, {
      ipFamilies: ['ipv4'],
      networkPluginMode: 'Overlay',
      networkPolicy: 'Calico',
    });
    Object.assign(pool(cluster, 0), { mode: 'system', osType: 'linux' });
    const result = importAzureJson({ aksShow: cluster, vnetShow: F.vnetShowOverlaySpoke });
    expect(result.plan).toStrictEqual(OVERLAY_PLAN);
  });

  it("sku.tier Paid (APIs up to 2022-11) is today's Standard", () => {
    const cluster = aksShow('aksShowKubenet');
    cluster.sku['tier'] = 'Paid';
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.cluster?.tier).toBe('Standard');
    expect(one(result.findings, 'AZURE_IMPORT_CONVERTED').path).toBe('aksShow.sku.tier');
  });

  it('outbound types map across; managedNATGatewayV2 is not a plan value yet: a warning, left out', () => {
    for (const type of [
      'managedNATGateway',
      'userAssignedNATGateway',
      'userDefinedRouting',
      'loadBalancer',
      'none',
    ]) {
      const cluster = aksShow('aksShowKubenet');
      cluster.networkProfile['outboundType'] = type;
      expect(importAzureJson({ aksShow: cluster }).plan.cluster?.outboundType).toBe(type);
    }
    const cluster = aksShow('aksShowKubenet');
    cluster.networkProfile['outboundType'] = 'managedNATGatewayV2';
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.cluster?.outboundType).toBeUndefined();
    const unsupported = one(result.findings, 'AZURE_IMPORT_UNSUPPORTED');
    expect([unsupported.severity, unsupported.path]).toEqual([
      'warning',
      'aksShow.networkProfile.outboundType',
    ]);
  });

  it('flat Azure CNI without pod subnets is azureNodeSubnet; an unknown plugin is left out with a warning', () => {
    const cluster = aksShow('aksShowAzureCniPodsubnet');
    for (const p of cluster.agentPoolProfiles) p['podSubnetId'] = null;
    expect(importAzureJson({ aksShow: cluster }).plan.cluster?.networkPlugin).toBe('azureNodeSubnet');
    cluster.networkProfile['networkPlugin'] = 'flannel';
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.cluster?.networkPlugin).toBeUndefined();
    expect(one(result.findings, 'AZURE_IMPORT_UNSUPPORTED').path).toBe(
      'aksShow.networkProfile.networkPlugin',
    );
  });

  it('unknown fields are ignored without a word', () => {
    const cluster = aksShow();
    cluster['someFutureProfile'] = { enabled: true };
    cluster.networkProfile['podLinkLocalAccess'] = 'IMDS';
    pool(cluster, 0)['gpuFutureThing'] = [1, 2, 3];
    const plain = importAzureJson({ aksShow: F.aksShowOverlayIpv4 });
    expect(importAzureJson({ aksShow: cluster })).toStrictEqual(plain);
  });

  it('values of the wrong type go through parsePlanDocument, which names the plan path', () => {
    const cluster = aksShow('aksShowKubenet');
    pool(cluster, 0)['maxPods'] = 'lots';
    pool(cluster, 1)['count'] = -2;
    const result = importAzureJson({ aksShow: cluster });
    expect(result.findings.filter((f) => f.code.startsWith('PLAN_')).map((f) => [f.code, f.path])).toEqual([
      ['PLAN_WRONG_TYPE', 'nodePools[0].maxPods'],
      ['PLAN_VALUE_INVALID', 'nodePools[1].count'],
    ]);
    expect(result.plan.nodePools[0]?.maxPods).toBeUndefined();
    expect(result.plan.nodePools[1]?.count).toBeUndefined();
  });

  it('a missing network profile or node pool list is reported', () => {
    const cluster: Json = aksShow('aksShowKubenet');
    delete cluster['networkProfile'];
    delete cluster['agentPoolProfiles'];
    delete cluster['sku'];
    const result = importAzureJson({ aksShow: cluster });
    expect(
      result.findings.filter((f) => f.code === 'AZURE_IMPORT_MISSING').map((f) => [f.severity, f.path]),
    ).toEqual([
      ['info', 'aksShow.sku.tier'],
      ['warning', 'aksShow.networkProfile'],
      ['warning', 'aksShow.agentPoolProfiles'],
    ]);
    expect(result.plan).toStrictEqual({
      schemaVersion: 1,
      cluster: { name: 'aks-intranet-kubenet-uks', kubernetesVersion: '1.32' },
      nodePools: [],
    });
  });

  it('pools missing from az aks show are not reported when az aks nodepool list has them', () => {
    const cluster: Json = aksShow();
    delete cluster['agentPoolProfiles'];
    const result = importAzureJson({ aksShow: cluster, nodepoolList: F.aksNodepoolListOverlay });
    expect(result.plan.nodePools.map((p) => p.name)).toEqual(['system', 'apps', 'win22']);
    expect(codes(result.findings)).not.toContain('AZURE_IMPORT_MISSING');
  });

  it('kubernetesVersion falls back to currentKubernetesVersion', () => {
    const cluster = aksShow('aksShowKubenet');
    delete cluster['kubernetesVersion'];
    expect(importAzureJson({ aksShow: cluster }).plan.cluster?.kubernetesVersion).toBe('1.32.5');
  });
});

describe('subnet IDs (R59: compared case-insensitively)', () => {
  it("an upper-case resource group in the pools' IDs still finds the VNet's subnets", () => {
    const cluster = aksShow();
    for (const p of cluster.agentPoolProfiles) p['vnetSubnetId'] = String(p['vnetSubnetId']).toUpperCase();
    const result = importAzureJson({ aksShow: cluster, vnetShow: F.vnetShowOverlaySpoke });
    expect(result.plan).toStrictEqual(OVERLAY_PLAN);
    expect(codes(result.findings)).not.toContain('AZURE_IMPORT_SUBNET_NOT_IN_VNET');
  });

  it('pools in a different VNet are kept, and evaluatePlan reports SUBNETS_IN_DIFFERENT_VNETS', () => {
    const cluster = aksShow();
    const other = `${SPOKE.replace('vnet-spoke-payments-prod-weu', 'vnet-legacy-weu')}/snet-aks-nodes`;
    pool(cluster, 1)['vnetSubnetId'] = other;
    const result = importAzureJson({ aksShow: cluster, vnetShow: F.vnetShowOverlaySpoke });
    const added = result.plan.vnet?.subnets?.at(-1);
    expect(added).toEqual({
      name: 'vnet-legacy-weu/snet-aks-nodes',
      addressPrefixes: [],
      purpose: 'nodes',
      id: other,
    });
    expect(result.plan.nodePools.map((p) => p.subnet)).toEqual([
      'snet-aks-nodes',
      'vnet-legacy-weu/snet-aks-nodes',
      'snet-aks-nodes',
    ]);
    const notInVnet = one(result.findings, 'AZURE_IMPORT_SUBNET_NOT_IN_VNET');
    expect(notInVnet.path).toBe('aksShow.agentPoolProfiles[1].vnetSubnetId');
    expect(notInVnet.message).toContain('its ID names VNet vnet-legacy-weu in rg-network-payments-prod-weu');
    const report = evaluatePlan(result.plan);
    expect(
      report.findings.filter((f) => f.code === 'SUBNETS_IN_DIFFERENT_VNETS').map((f) => f.severity),
    ).toContain('error');
  });

  it('a subnet of the pasted VNet that its output lacks is added, and the message says the output may be old', () => {
    const vnet = vnetShow();
    vnet.subnets.splice(0, 1); // snet-aks-nodes created after the VNet output was taken
    const result = importAzureJson({ aksShow: F.aksShowOverlayIpv4, vnetShow: vnet });
    expect(result.plan.vnet?.subnets?.map((s) => [s.name, s.purpose])).toEqual([
      ['snet-aks-apiserver', 'apiServer'],
      ['snet-aks-ilb', 'other'],
      ['snet-private-endpoints', 'other'],
      ['snet-aks-nodes', 'nodes'],
    ]);
    expect(one(result.findings, 'AZURE_IMPORT_SUBNET_NOT_IN_VNET').message).toContain(
      'is not among the subnets of the pasted VNet vnet-spoke-payments-prod-weu',
    );
  });

  it('without a VNet, pools in two VNets give two subnets and SUBNETS_IN_DIFFERENT_VNETS', () => {
    const cluster = aksShow();
    pool(cluster, 2)['vnetSubnetId'] =
      `${SPOKE.replace('vnet-spoke-payments-prod-weu', 'vnet-win-weu')}/snet-win`;
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.vnet?.name).toBe('vnet-spoke-payments-prod-weu');
    expect(result.plan.vnet?.subnets?.map((s) => s.name)).toEqual([
      'snet-aks-nodes',
      'snet-win',
      'snet-aks-apiserver',
    ]);
    expect(codes(evaluatePlan(result.plan).findings)).toContain('SUBNETS_IN_DIFFERENT_VNETS');
  });

  it('a subnet used for nodes and pods keeps one role, with a warning (R58)', () => {
    const cluster = aksShow('aksShowAzureCniPodsubnet');
    pool(cluster, 1)['podSubnetId'] = pool(cluster, 1)['vnetSubnetId'];
    const result = importAzureJson({ aksShow: cluster, vnetShow: F.vnetShowPodsubnet });
    expect(result.plan.vnet?.subnets?.find((s) => s.name === 'snet-nodes-user')?.purpose).toBe('nodes');
    expect(one(result.findings, 'AZURE_IMPORT_UNSUPPORTED').message).toContain(
      'is used as node subnet (by pool data) and pod subnet (by pool data)',
    );
  });
});

describe('node pools', () => {
  it('az aks nodepool list wins over az aks show, matched by name; extra pools are added', () => {
    const list = azureFixture('aksNodepoolListOverlay') as Json[];
    const apps = list[1] as Json;
    apps['count'] = 9;
    apps['maxCount'] = 25;
    list.push({ ...apps, name: 'spot', count: 0, minCount: 0, maxCount: 4 });
    const result = importAzureJson({ aksShow: F.aksShowOverlayIpv4, nodepoolList: list });
    expect(result.plan.nodePools.map((p) => [p.name, p.count, p.maxCount])).toEqual([
      ['system', 3, 6],
      ['apps', 9, 25],
      ['win22', 2, undefined],
      ['spot', 0, 4],
    ]);
    const merged = one(result.findings, 'AZURE_IMPORT_POOLS_MERGED');
    expect(merged.severity).toBe('info');
    expect(merged.message).toContain('spot is only in the nodepool list and was added');
  });

  it('a pool only in az aks show is kept, with a warning', () => {
    const list = (azureFixture('aksNodepoolListOverlay') as Json[]).slice(0, 2);
    const result = importAzureJson({ aksShow: F.aksShowOverlayIpv4, nodepoolList: list });
    expect(result.plan.nodePools.map((p) => p.name)).toEqual(['system', 'apps', 'win22']);
    expect(one(result.findings, 'AZURE_IMPORT_POOLS_MERGED').severity).toBe('warning');
  });

  it('a VirtualMachines pool (count null) counts its nodes from virtualMachinesProfile.scale.manual', () => {
    const result = importAzureJson({ nodepoolList: F.aksNodepoolListVirtualMachines });
    expect(result.plan.nodePools[1]).toStrictEqual({
      name: 'mixed',
      mode: 'User',
      osType: 'Linux',
      subnet: 'snet-aks-nodes',
      count: 5, // 2 × Standard_D4ds_v5 + 3 × Standard_D8ds_v5
      maxSurge: '10%',
      maxPods: 110,
    });
    const converted = one(result.findings, 'AZURE_IMPORT_CONVERTED');
    expect(converted.path).toBe('nodepoolList[1].virtualMachinesProfile.scale.manual');
    expect(converted.message).toContain('2 + 3 = 5');
    // Only pools were pasted: the cluster settings and the subnet's prefixes are missing, and said so.
    expect(result.findings.filter((f) => f.severity === 'warning').map((f) => f.code)).toEqual([
      'AZURE_IMPORT_MISSING',
      'AZURE_IMPORT_SUBNET_NOT_IN_VNET',
    ]);
  });

  it('a VirtualMachines pool in az aks show (type VirtualMachines) is counted the same way', () => {
    const cluster = aksShow('aksShowKubenet');
    Object.assign(pool(cluster, 0), {
      type: 'VirtualMachines',
      count: null,
      vmSize: '',
      virtualMachinesProfile: { scale: { manual: [{ count: 4, size: 'Standard_D4s_v5' }] } },
    });
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.nodePools[0]?.count).toBe(4);
  });

  it('a pool with no count at all is reported and takes the default', () => {
    const cluster = aksShow('aksShowKubenet');
    pool(cluster, 0)['count'] = null;
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.nodePools[0]?.count).toBeUndefined();
    expect(result.findings.find((f) => f.path === 'aksShow.agentPoolProfiles[0].count')?.severity).toBe(
      'warning',
    );
  });

  it('a Gateway-mode pool keeps its place without a mode, with a warning', () => {
    const cluster = aksShow('aksShowKubenet');
    pool(cluster, 1)['mode'] = 'Gateway';
    const result = importAzureJson({ aksShow: cluster });
    expect(result.plan.nodePools[1]?.mode).toBeUndefined();
    expect(one(result.findings, 'AZURE_IMPORT_UNSUPPORTED').path).toBe('aksShow.agentPoolProfiles[1].mode');
  });

  it("reads the REST shape (properties, REST key names) as well as the CLI's", () => {
    const cli = aksShow('aksShowAzureCniPodsubnet');
    const { name, id, sku, location, ...properties } = cli;
    const restPools = cli.agentPoolProfiles.map(
      ({ vnetSubnetId, podSubnetId, podIpAllocationMode, ...rest }) => ({
        ...rest,
        vnetSubnetID: vnetSubnetId,
        podSubnetID: podSubnetId,
        podIPAllocationMode: podIpAllocationMode,
      }),
    );
    const { dnsServiceIp, ...profile } = cli.networkProfile;
    const rest = {
      name,
      id,
      sku,
      location,
      type: 'Microsoft.ContainerService/ManagedClusters',
      properties: {
        ...properties,
        agentPoolProfiles: restPools,
        networkProfile: { ...profile, dnsServiceIP: dnsServiceIp },
      },
    };
    const result = importAzureJson({ aksShow: rest, vnetShow: F.vnetShowPodsubnet });
    expect(result.plan).toStrictEqual(PODSUBNET_PLAN);
  });
});

describe('partial input', () => {
  it('only a VNet: its subnets are all other until the cluster says which is which', () => {
    const result = importAzureJson({ vnetShow: F.vnetShowDualstack });
    expect(result.usable).toBe(true);
    expect(result.plan.vnet?.subnets?.map((s) => s.purpose)).toEqual(['other', 'other', 'other']);
    expect(result.plan.nodePools).toEqual([]);
    expect(result.plan.connectedNetworks).toEqual(DUALSTACK_PLAN.connectedNetworks);
    expect(one(result.findings, 'AZURE_IMPORT_SUBNET_PURPOSES').severity).toBe('info');
  });

  it('a VNet with a cluster on an AKS-managed VNet: the VNet is kept, all other, with a warning', () => {
    const result = importAzureJson({ vnetShow: F.vnetShowDualstack, aksShow: F.aksShowKubenet });
    expect(result.plan.vnet?.subnets?.every((s) => s.purpose === 'other')).toBe(true);
    expect(one(result.findings, 'AZURE_IMPORT_SUBNET_PURPOSES').severity).toBe('warning');
  });
});
