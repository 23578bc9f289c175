/** R1, R2: every CIDR field is parsed and canonicalized; host bits and bad input are findings. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Severity } from '../types.ts';
import { evaluate, expectFinding, expectNoFinding, overlayPlan } from '../../testing/test-plans.ts';
import { FindingList } from './finding.ts';
import { parseCidrField } from './parse-cidr-field.ts';

type Field = 'vnet' | 'subnet' | 'pod' | 'service' | 'connected' | 'expansion';

/** A plan with `value` in one CIDR field, and the path that field has in findings. */
function planWith(field: Field, value: string): { plan: PlanDocument; path: string } {
  switch (field) {
    case 'vnet':
      return { plan: overlayPlan({ vnet: { addressSpace: [value] } }), path: 'vnet.addressSpace[0]' };
    case 'subnet':
      return {
        plan: overlayPlan({ vnet: { subnets: [{ name: 'snet-nodes', addressPrefixes: [value] }] } }),
        path: 'vnet.subnets[0].addressPrefixes[0]',
      };
    case 'pod':
      return { plan: overlayPlan({ cluster: { podCidrs: [value] } }), path: 'cluster.podCidrs[0]' };
    case 'service':
      return { plan: overlayPlan({ cluster: { serviceCidrs: [value] } }), path: 'cluster.serviceCidrs[0]' };
    case 'connected':
      return {
        plan: overlayPlan({
          connectedNetworks: [{ name: 'onprem', kind: 'onPremises', addressPrefixes: [value] }],
        }),
        path: 'connectedNetworks[0].addressPrefixes[0]',
      };
    case 'expansion':
      return {
        plan: overlayPlan({ cluster: { podCidrExpansion: value } }),
        path: 'cluster.podCidrExpansion',
      };
  }
}

const FIELDS: Field[] = ['vnet', 'subnet', 'pod', 'service', 'connected', 'expansion'];

describe('R1, R2: CIDR_INVALID (ERROR) for anything that does not parse, in every CIDR field', () => {
  const bad = [
    { value: '10.244.0.0/33', why: 'IPv4 prefix > 32' },
    { value: 'fd12:3456:789a::/129', why: 'IPv6 prefix > 128' },
    { value: '10.244.0.0', why: 'R2: no prefix (planner policy, stricter than the API)' },
    { value: '10.244.0/16', why: 'three-part address' },
    { value: '10.256.0.0/16', why: 'octet > 255' },
    { value: '10.244.0.0/x', why: 'prefix not a number' },
    { value: 'banana', why: 'not an address' },
    { value: '', why: 'empty' },
  ];
  for (const field of FIELDS) {
    it.each(bad)(`${field}: "$value" ($why) → CIDR_INVALID`, ({ value }) => {
      const { plan, path } = planWith(field, value);
      const report = evaluate(plan);
      expectFinding(report, 'CIDR_INVALID', 'error', path);
      expect(report.valid).toBe(false);
    });
  }

  it('a valid canonical CIDR gives neither CIDR_INVALID nor CIDR_HOST_BITS_SET', () => {
    for (const field of FIELDS) {
      const value =
        field === 'expansion'
          ? '10.244.0.0/15'
          : field === 'subnet'
            ? '10.224.0.0/22'
            : field === 'vnet'
              ? '10.224.0.0/12'
              : field === 'pod'
                ? '10.244.0.0/16'
                : field === 'service'
                  ? '10.0.0.0/16'
                  : '192.168.0.0/16';
      const { plan, path } = planWith(field, value);
      const report = evaluate(plan);
      expectNoFinding(report, 'CIDR_INVALID', path);
      expectNoFinding(report, 'CIDR_HOST_BITS_SET', path);
    }
  });
});

describe('R1: CIDR_HOST_BITS_SET: ERROR for VNet and subnet prefixes, WARN for pod, service and connected CIDRs', () => {
  const cases: { field: Field; value: string; canonical: string; severity: Severity }[] = [
    { field: 'vnet', value: '10.224.1.0/12', canonical: '10.224.0.0/12', severity: 'error' },
    { field: 'subnet', value: '10.224.0.5/22', canonical: '10.224.0.0/22', severity: 'error' },
    { field: 'pod', value: '10.244.1.0/16', canonical: '10.244.0.0/16', severity: 'warning' },
    // S25 2019-04-15's example of an ambiguous service range: 10.2.0.1/24 instead of 10.2.0.0/24.
    { field: 'service', value: '10.2.0.1/24', canonical: '10.2.0.0/24', severity: 'warning' },
    { field: 'connected', value: '192.168.1.1/16', canonical: '192.168.0.0/16', severity: 'warning' },
    { field: 'expansion', value: '10.244.1.0/15', canonical: '10.244.0.0/15', severity: 'warning' },
  ];
  it.each(cases)(
    '$field $value → $severity, offering $canonical',
    ({ field, value, canonical, severity }) => {
      const { plan, path } = planWith(field, value);
      const report = evaluate(plan);
      const hit = expectFinding(report, 'CIDR_HOST_BITS_SET', severity, path);
      expect(hit.rule).toBe('R1');
      expect(hit.message).toContain(value);
      expect(hit.message).toContain(canonical);
      expectNoFinding(report, 'CIDR_INVALID');
    },
  );

  it('the planner computes every other rule with the canonical network', () => {
    // 10.244.1.0/16 is read as 10.244.0.0/16: 2^(24−16) = 256 node blocks.
    const pod = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.1.0/16'] } }));
    expect(pod.podRanges[0]?.cidr).toBe('10.244.0.0/16');
    expect(pod.podRanges[0]?.nodeBlocks).toBe(256n);
    // 10.2.0.1/24 is read as 10.2.0.0/24: 256 − 2 = 254 ClusterIPs, kubernetes.default at 10.2.0.1.
    const service = evaluate(overlayPlan({ cluster: { serviceCidrs: ['10.2.0.1/24'] } }));
    expect(service.serviceRanges[0]?.cidr).toBe('10.2.0.0/24');
    expect(service.serviceRanges[0]?.allocatable).toBe(254n);
    expect(service.serviceRanges[0]?.kubernetesServiceIp).toBe('10.2.0.1');
    // 10.224.0.5/22 is read as 10.224.0.0/22: 1,024 − 5 = 1,019 usable.
    const subnet = evaluate(
      overlayPlan({ vnet: { subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.5/22'] }] } }),
    );
    expect(subnet.subnets[0]?.cidr).toBe('10.224.0.0/22');
    expect(subnet.subnets[0]?.usable).toBe(1019n);
  });

  it('a host-bits VNet or subnet prefix makes the plan invalid; a host-bits pod CIDR does not', () => {
    expect(evaluate(planWith('subnet', '10.224.0.5/22').plan).valid).toBe(false);
    expect(evaluate(planWith('pod', '10.244.1.0/16').plan).valid).toBe(true);
  });
});

describe('R2: dnsServiceIp is a dotted-quad IPv4 address without a prefix', () => {
  it.each(['10.0.0.10/32', '10.0.0.010', '10.0.10', 'fd12:3456:789a:1::a'])(
    '"%s" → DNS_IP_NOT_IPV4',
    (dns) => {
      const report = evaluate(overlayPlan({ cluster: { dnsServiceIp: dns } }));
      expectFinding(report, 'DNS_IP_NOT_IPV4', 'error', 'cluster.dnsServiceIp');
    },
  );
});

describe('parseCidrField', () => {
  it('doc example: the canonical network, and a finding that names the field and its owner', () => {
    const findings = new FindingList();
    const path = 'vnet.subnets[0].addressPrefixes[0]';
    const parsed = parseCidrField('10.1.2.0/16', path, 'subnet', findings, 'nodes', 'subnet ');
    expect(parsed).toEqual({ path, text: '10.1.2.0/16', cidr: parsed?.cidr, canonical: '10.1.0.0/16' });
    const [finding] = findings.listed();
    expect(finding?.code).toBe('CIDR_HOST_BITS_SET');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^Subnet prefix of subnet nodes 10\.1\.2\.0\/16 has host bits set;/);
    expect(parseCidrField('x', 'cluster.podCidrs[0]', 'pod', findings)).toBeNull();
    expect(findings.listed()[1]?.message).toMatch(/^Pod CIDR "x" is not a valid CIDR/);
  });
});
