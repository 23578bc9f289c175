/** R39–R42, R44, R55, D5, D13: service CIDR sizes, allocatable ClusterIPs and the DNS service IP. */
import { describe, expect, it } from 'vitest';
import { cidrOf } from '../ip/cidr.ts';
import { serviceAllocatable } from '../model/capacity.ts';
import {
  dualStackPlan,
  evaluate,
  expectFinding,
  expectNoFinding,
  overlayPlan,
} from '../../testing/test-plans.ts';

const SIZE_CODES = ['SERVICE_CIDR_TOO_LARGE', 'SERVICE_CIDR_TOO_SMALL', 'SERVICE_CIDR_AT_AKS_DOC_LIMIT'];

describe('R39, D5, D13: service CIDR size (IPv4 /12–/29, IPv6 /108–/125)', () => {
  const ipv4 = [
    { cidr: '10.0.0.0/11', code: 'SERVICE_CIDR_TOO_LARGE', severity: 'error' }, // 2^21 > 2^20 addresses
    { cidr: '10.0.0.0/12', code: 'SERVICE_CIDR_AT_AKS_DOC_LIMIT', severity: 'warning' }, // accepted upstream; AKS docs say "smaller than /12"
    { cidr: '10.0.0.0/13', code: null, severity: null },
    { cidr: '10.0.0.0/16', code: null, severity: null },
    { cidr: '10.0.0.0/29', code: null, severity: null }, // 8 addresses: the minimum
    { cidr: '10.0.0.0/30', code: 'SERVICE_CIDR_TOO_SMALL', severity: 'error' }, // 4 < 8
    { cidr: '10.0.0.0/31', code: 'SERVICE_CIDR_TOO_SMALL', severity: 'error' },
    { cidr: '10.0.0.0/32', code: 'SERVICE_CIDR_TOO_SMALL', severity: 'error' },
  ] as const;
  it.each(ipv4)('IPv4 $cidr → $code', ({ cidr, code, severity }) => {
    const report = evaluate(overlayPlan({ cluster: { serviceCidrs: [cidr] } }));
    const sizes = report.findings.filter((f) => SIZE_CODES.includes(f.code));
    if (code === null) {
      expect(sizes).toEqual([]);
    } else {
      expect(sizes).toHaveLength(1);
      const hit = expectFinding(report, code, severity, 'cluster.serviceCidrs[0]');
      expect(hit.rule).toBe('R39');
      expect(hit.message).toContain(cidr);
    }
  });

  it('the too-large message names the /12 limit; the /12 warning quotes the AKS wording', () => {
    const large = evaluate(overlayPlan({ cluster: { serviceCidrs: ['10.0.0.0/11'] } }));
    expect(
      expectFinding(large, 'SERVICE_CIDR_TOO_LARGE', 'error', 'cluster.serviceCidrs[0]').message,
    ).toContain('/12');
    const limit = evaluate(overlayPlan({ cluster: { serviceCidrs: ['10.0.0.0/12'] } }));
    expect(
      expectFinding(limit, 'SERVICE_CIDR_AT_AKS_DOC_LIMIT', 'warning', 'cluster.serviceCidrs[0]').message,
    ).toContain('smaller than /12');
  });

  const ipv6 = [
    { cidr: 'fd12:3456:789a:1::/107', code: 'SERVICE_CIDR_TOO_LARGE', severity: 'error' },
    { cidr: 'fd12:3456:789a:1::/108', code: null, severity: null }, // "no larger than /108": inclusive, no warning
    { cidr: 'fd12:3456:789a:1::/125', code: null, severity: null }, // 8 addresses
    { cidr: 'fd12:3456:789a:1::/126', code: 'SERVICE_CIDR_TOO_SMALL', severity: 'error' },
    { cidr: 'fd12:3456:789a:1::/128', code: 'SERVICE_CIDR_TOO_SMALL', severity: 'error' },
  ] as const;
  it.each(ipv6)('IPv6 $cidr → $code', ({ cidr, code, severity }) => {
    const report = evaluate(dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', cidr] } }));
    const sizes = report.findings.filter((f) => SIZE_CODES.includes(f.code));
    if (code === null) {
      expect(sizes).toEqual([]);
    } else {
      expect(sizes).toHaveLength(1);
      expectFinding(report, code, severity, 'cluster.serviceCidrs[1]');
    }
  });
});

describe('R40–R42: allocatable ClusterIPs, what the defaults leave, kubernetes.default', () => {
  it.each([
    // IPv4: 2^(32 − p) − 2 (network and broadcast); kubernetes.default and kube-dns take 2 more.
    { cidr: '10.0.0.0/16', total: 65_536n, allocatable: 65_534n, after: 65_532n, k8s: '10.0.0.1' },
    { cidr: '10.0.0.0/24', total: 256n, allocatable: 254n, after: 252n, k8s: '10.0.0.1' },
    { cidr: '10.0.0.0/29', total: 8n, allocatable: 6n, after: 4n, k8s: '10.0.0.1' },
    { cidr: '192.168.128.0/20', total: 4_096n, allocatable: 4_094n, after: 4_092n, k8s: '192.168.128.1' },
  ])(
    '$cidr: $total − 2 = $allocatable allocatable, $after after the defaults, kubernetes.default $k8s',
    ({ cidr, total, allocatable, after, k8s }) => {
      expect(serviceAllocatable(cidrOf(cidr), true)).toBe(allocatable);
      expect(serviceAllocatable(cidrOf(cidr), false)).toBe(allocatable); // IPv4 is the same under either allocator
      const report = evaluate(overlayPlan({ cluster: { serviceCidrs: [cidr] } }));
      expect(report.serviceRanges[0]).toEqual({
        family: 'IPv4',
        cidr,
        totalAddresses: total,
        allocatable,
        availableAfterDefaults: after,
        kubernetesServiceIp: k8s,
        allocatableLegacyBitmap: allocatable,
      });
    },
  );

  it.each([
    // /108 = 2^20 = 1,048,576 addresses.
    { version: null, cidr: 'fd12:3456:789a:1::/108', allocatable: 1_048_575n }, // IPAddress allocator: 2^20 − 1
    { version: '1.34', cidr: 'fd12:3456:789a:1::/108', allocatable: 1_048_575n },
    { version: '1.35', cidr: 'fd12:3456:789a:1::/108', allocatable: 1_048_575n },
    { version: '1.33', cidr: 'fd12:3456:789a:1::/108', allocatable: 65_535n }, // dual write: bitmap caps at min(2^20, 65,536) − 1
    { version: '1.32', cidr: 'fd12:3456:789a:1::/108', allocatable: 65_535n }, // legacy bitmap only
    { version: '1.33', cidr: 'fd12:3456:789a:1::/112', allocatable: 65_535n }, // 2^16 − 1 either way
    { version: '1.34', cidr: 'fd12:3456:789a:1::/112', allocatable: 65_535n },
    { version: '1.33', cidr: 'fd12:3456:789a:1::/120', allocatable: 255n }, // 2^8 − 1
  ])('IPv6 $cidr on Kubernetes $version → $allocatable', ({ version, cidr, allocatable }) => {
    // R40: the legacy bitmap's figure whatever the version: min(2^(128−p), 65,536) − 1.
    const bitmap = serviceAllocatable(cidrOf(cidr), false);
    const report = evaluate(
      dualStackPlan({
        cluster:
          version === null
            ? { serviceCidrs: ['10.0.0.0/16', cidr] }
            : { kubernetesVersion: version, serviceCidrs: ['10.0.0.0/16', cidr] },
      }),
    );
    expect(report.serviceRanges[1]).toMatchObject({
      family: 'IPv6',
      cidr,
      allocatable,
      availableAfterDefaults: allocatable, // kubernetes.default and kube-dns are on the IPv4 range
      allocatableLegacyBitmap: bitmap,
    });
    // The IPv4 range is never affected by the allocator.
    expect(report.serviceRanges[0]?.allocatable).toBe(65_534n);
  });

  it('R41: the defaults are 10.0.0.0/16 and 10.0.0.10, listed among the applied defaults', () => {
    const report = evaluate(overlayPlan());
    expect(report.serviceRanges[0]?.cidr).toBe('10.0.0.0/16');
    const applied = Object.fromEntries(report.defaultsApplied.map((d) => [d.path, d.value]));
    expect(applied['cluster.serviceCidrs']).toBe('10.0.0.0/16');
    expect(applied['cluster.dnsServiceIp']).toBe('10.0.0.10');
  });

  it('a given service CIDR without a DNS IP gets its .10 address', () => {
    const report = evaluate(overlayPlan({ cluster: { serviceCidrs: ['172.20.0.0/16'] } }));
    expect(report.defaultsApplied.find((d) => d.path === 'cluster.dnsServiceIp')?.value).toBe('172.20.0.10');
    expect(report.findings).toEqual([]);
  });
});

describe('R44: dnsServiceIp, checked in order; only the first failure is reported', () => {
  // Service CIDR 10.0.0.0/16: network 10.0.0.0, kubernetes.default 10.0.0.1, broadcast 10.0.255.255.
  const cases = [
    { dns: 'fd12:3456:789a:1::a', code: 'DNS_IP_NOT_IPV4' }, // 1. IPv6
    { dns: 'not-an-ip', code: 'DNS_IP_NOT_IPV4' }, // 1. not an address
    { dns: '10.1.0.0', code: 'DNS_IP_OUTSIDE_SERVICE_CIDR' }, // 2. outside (also a .0: only the first failure)
    { dns: '10.1.0.10', code: 'DNS_IP_OUTSIDE_SERVICE_CIDR' },
    { dns: '10.0.0.0', code: 'DNS_IP_IS_NETWORK_ADDRESS' }, // 3. network (and not .10: only the first failure)
    { dns: '10.0.255.255', code: 'DNS_IP_IS_BROADCAST' }, // 4. broadcast
    { dns: '10.0.0.1', code: 'DNS_IP_IS_KUBERNETES_DEFAULT' }, // 5. network + 1
    { dns: '10.0.0.2', code: 'DNS_IP_NOT_DOT10' }, // 6. valid lower bound network + 2, not .10
    { dns: '10.0.255.254', code: 'DNS_IP_NOT_DOT10' }, // valid upper bound broadcast − 1
    { dns: '10.0.0.10', code: null }, // the convention
  ] as const;
  it.each(cases)('$dns → $code', ({ dns, code }) => {
    const report = evaluate(overlayPlan({ cluster: { serviceCidrs: ['10.0.0.0/16'], dnsServiceIp: dns } }));
    const dnsFindings = report.findings.filter((f) => f.code.startsWith('DNS_IP_'));
    if (code === null) {
      expect(dnsFindings).toEqual([]);
      return;
    }
    expect(dnsFindings.map((f) => f.code)).toEqual([code]);
    const hit = expectFinding(
      report,
      code,
      code === 'DNS_IP_NOT_DOT10' ? 'info' : 'error',
      'cluster.dnsServiceIp',
    );
    expect(hit.rule).toBe('R44');
    expect(hit.message).toContain(dns);
    if (code !== 'DNS_IP_NOT_IPV4') expect(hit.message).toContain('10.0.0.10'); // the suggested address
  });

  it('a /24 service CIDR: valid DNS IPs are .2 to .254', () => {
    const at = (dns: string) =>
      evaluate(overlayPlan({ cluster: { serviceCidrs: ['10.0.0.0/24'], dnsServiceIp: dns } }))
        .findings.filter((f) => f.code.startsWith('DNS_IP_'))
        .map((f) => f.code);
    expect(at('10.0.0.255')).toEqual(['DNS_IP_IS_BROADCAST']);
    expect(at('10.0.0.254')).toEqual(['DNS_IP_NOT_DOT10']);
    expect(at('10.0.1.0')).toEqual(['DNS_IP_OUTSIDE_SERVICE_CIDR']);
  });

  it('R55: on dual-stack the DNS IP stays IPv4, inside the IPv4 service CIDR', () => {
    expectNoFinding(evaluate(dualStackPlan({ cluster: { dnsServiceIp: '10.0.0.10' } })), 'DNS_IP_NOT_IPV4');
    expectFinding(
      evaluate(dualStackPlan({ cluster: { dnsServiceIp: 'fd12:3456:789a:1::a' } })),
      'DNS_IP_NOT_IPV4',
      'error',
      'cluster.dnsServiceIp',
    );
  });
});
