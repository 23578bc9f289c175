import {
  SERVICE_CIDR_MIN_ADDRESSES,
  SERVICE_CIDR_MIN_PREFIX_IPV4,
  SERVICE_CIDR_MIN_PREFIX_IPV6,
} from '../model/constants.ts';
import { parseAddress, formatAddress } from '../ip/address.ts';
import { cidrContainsAddress, cidrLast, cidrSize } from '../ip/cidr.ts';
import type { RuleContext } from './rule-context.ts';

/** R39: service CIDR size limits, for each family. */
export function checkServiceCidrSizes({ plan, findings }: RuleContext): void {
  for (const service of plan.serviceCidrs) {
    if (service === null) continue;
    const { family, prefixLength } = service.cidr;
    const largest = family === 'IPv4' ? SERVICE_CIDR_MIN_PREFIX_IPV4 : SERVICE_CIDR_MIN_PREFIX_IPV6;
    if (prefixLength < largest) {
      findings.add(
        'SERVICE_CIDR_TOO_LARGE',
        'error',
        'R39',
        service.path,
        () =>
          `Service CIDR ${service.canonical} is larger than a /${largest}; Kubernetes and AKS accept at most 2^20 service addresses (${family === 'IPv4' ? '/12' : '/108'}). ${family === 'IPv4' ? 'Use a /16 or smaller; a /16 already holds 65,534 ClusterIPs.' : 'Use a /108 or smaller; a /112 already holds 65,535 ClusterIPs.'}`,
      );
    } else if (cidrSize(service.cidr) < SERVICE_CIDR_MIN_ADDRESSES) {
      findings.add(
        'SERVICE_CIDR_TOO_SMALL',
        'error',
        'R39',
        service.path,
        () =>
          `Service CIDR ${service.canonical} has ${cidrSize(service.cidr)} addresses; Kubernetes needs at least 8. Use a /${family === 'IPv4' ? 29 : 125} or larger (a /24 gives 254 ClusterIPs).`,
      );
    } else if (family === 'IPv4' && prefixLength === SERVICE_CIDR_MIN_PREFIX_IPV4) {
      findings.add(
        'SERVICE_CIDR_AT_AKS_DOC_LIMIT',
        'warning',
        'R39',
        service.path,
        () =>
          `Service CIDR ${service.canonical} is exactly a /12. Kubernetes accepts it, but the AKS docs say the range "must be smaller than /12". Use a /13 or smaller to be safe.`,
      );
    }
  }
}

/** R44, R55: the DNS service IP; only the first failing check is reported. */
export function checkDnsServiceIp({ plan, findings }: RuleContext): void {
  const dns = plan.dnsServiceIp;
  if (dns === null) return;
  const parsed = parseAddress(dns.text);
  if (!parsed.ok || parsed.address.family !== 'IPv4') {
    findings.add(
      'DNS_IP_NOT_IPV4',
      'error',
      'R44',
      dns.path,
      () =>
        `DNS service IP "${dns.text}" ${parsed.ok ? 'is IPv6' : 'is not an address'}; it must be an IPv4 address (also on dual-stack clusters) inside the IPv4 service CIDR, e.g. 10.0.0.10.`,
    );
    return;
  }
  const service = plan.serviceCidrs.find((s) => s?.cidr.family === 'IPv4') ?? null;
  if (service === null) return;
  const value = parsed.address.value;
  const network = service.cidr.network;
  const broadcast = cidrLast(service.cidr);
  const suggestion = formatAddress({
    family: 'IPv4',
    value: network + 10n <= broadcast - 1n ? network + 10n : network + 2n,
  });
  if (!cidrContainsAddress(service.cidr, 'IPv4', value)) {
    findings.add(
      'DNS_IP_OUTSIDE_SERVICE_CIDR',
      'error',
      'R44',
      dns.path,
      () =>
        `DNS service IP ${dns.text} is outside the service CIDR ${service.canonical}. Use an address inside it, conventionally ${suggestion}.`,
    );
  } else if (value === network) {
    findings.add(
      'DNS_IP_IS_NETWORK_ADDRESS',
      'error',
      'R44',
      dns.path,
      () =>
        `DNS service IP ${dns.text} is the network address of ${service.canonical}, which Kubernetes never allocates. Use ${suggestion}.`,
    );
  } else if (value === broadcast) {
    findings.add(
      'DNS_IP_IS_BROADCAST',
      'error',
      'R44',
      dns.path,
      () =>
        `DNS service IP ${dns.text} is the broadcast address of ${service.canonical}, which Kubernetes never allocates. Use ${suggestion}.`,
    );
  } else if (value === network + 1n) {
    findings.add(
      'DNS_IP_IS_KUBERNETES_DEFAULT',
      'error',
      'R44',
      dns.path,
      () =>
        `DNS service IP ${dns.text} is the first address of ${service.canonical}, which the kubernetes.default service takes. Use ${suggestion}.`,
    );
  } else if (value !== network + 10n) {
    findings.add(
      'DNS_IP_NOT_DOT10',
      'info',
      'R44',
      dns.path,
      () =>
        `DNS service IP ${dns.text} is valid; by convention it is the .10 address of the service CIDR (${formatAddress({ family: 'IPv4', value: network + 10n })}).`,
    );
  }
}
