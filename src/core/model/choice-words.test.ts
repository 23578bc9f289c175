import { describe, expect, it } from 'vitest';
import { CONNECTED_KIND_WORDS, OUTBOUND_TYPE_WORDS } from './choice-words.ts';
import { evaluatePlan } from '../index.ts';

describe('choice words', () => {
  it('name outbound types and connected network kinds in words (the doc examples)', () => {
    expect(OUTBOUND_TYPE_WORDS.userDefinedRouting).toBe('User-defined routing');
    expect(CONNECTED_KIND_WORDS.onPremises).toBe('On-premises');
  });

  it('messages use the words, not the API spelling', () => {
    const report = evaluatePlan({
      schemaVersion: 1,
      cluster: { outboundType: 'userDefinedRouting', podCidrs: ['10.244.0.0/16'] },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
      connectedNetworks: [{ name: 'corp', kind: 'onPremises', addressPrefixes: ['10.0.0.0/8'] }],
    });
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['OUTBOUND_TYPE_VNET_MISMATCH', 'OVERLAPS_CONNECTED_NETWORK']),
    );
    expect(messages).toContain('User-defined routing needs a bring-your-own VNet');
    expect(messages).toContain('overlaps corp (On-premises, 10.0.0.0/8)');
    expect(messages).not.toMatch(/userDefinedRouting|onPremises|loadBalancer|managedNATGateway/);
  });
});

describe('IPv6 messages speak IPv6', () => {
  it('an IPv6 service CIDR that is too large is advised an IPv6 size', () => {
    const report = evaluatePlan({
      schemaVersion: 1,
      cluster: {
        ipFamilies: ['IPv4', 'IPv6'],
        podCidrs: ['10.244.0.0/16', 'fd00:10:244::/64'],
        serviceCidrs: ['10.0.0.0/16', 'fd00:10::/100'],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    });
    const tooLarge = report.findings.find((f) => f.code === 'SERVICE_CIDR_TOO_LARGE');
    expect(tooLarge?.path).toBe('cluster.serviceCidrs[1]');
    // 2^(128−112) − 1 = 65,535 ClusterIPs in a /112 (R40, Kubernetes 1.34+ allocator)
    expect(tooLarge?.message).toContain('a /112 already holds 65,535 ClusterIPs');
    expect(tooLarge?.message).not.toContain('/16');
  });
});
