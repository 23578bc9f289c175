import { describe, expect, it } from 'vitest';
import { evaluatePlan, parsePlanDocument } from '../core/index.ts';
import { SCENARIOS } from './scenarios.ts';

describe.each(SCENARIOS)('scenario $id', ({ plan, expected }) => {
  const report = evaluatePlan(plan);
  const codes = report.findings.map((f) => f.code);

  it('has the expected findings and validity', () => {
    if (expected.exactCodes === true) expect([...new Set(codes)].sort()).toEqual([...expected.codes].sort());
    else for (const code of expected.codes) expect(codes).toContain(code);
    expect(report.valid).toBe(expected.valid);
  });

  it('has the expected figures', () => {
    const v4 = report.podRanges.find((r) => r.family === 'IPv4');
    const v6 = report.podRanges.find((r) => r.family === 'IPv6');
    if (expected.podNodeBlocksIpv4 !== undefined) expect(v4?.nodeBlocks).toBe(expected.podNodeBlocksIpv4);
    if (expected.podMaxNodesIpv4 !== undefined) expect(v4?.maxNodes).toBe(expected.podMaxNodesIpv4);
    if (expected.podNodeBlocksIpv6 !== undefined) expect(v6?.nodeBlocks).toBe(expected.podNodeBlocksIpv6);
    expect(report.serviceRanges.find((r) => r.family === 'IPv4')?.allocatable).toBe(
      expected.serviceAllocatableIpv4,
    );
    if (expected.serviceAllocatableIpv6 !== undefined) {
      expect(report.serviceRanges.find((r) => r.family === 'IPv6')?.allocatable).toBe(
        expected.serviceAllocatableIpv6,
      );
    }
    for (const [name, [usable, upgrade]] of Object.entries(expected.subnets)) {
      const subnet = report.subnets.find((s) => s.name === name);
      expect(subnet?.usable).toBe(usable);
      expect(subnet?.ipsDuringUpgrade).toBe(upgrade);
    }
    expect(report.cluster.nodes).toBe(expected.clusterNodes);
    expect(report.cluster.nodesDuringUpgrade).toBe(expected.clusterNodesDuringUpgrade);
  });

  it('survives a JSON round trip through parsePlanDocument unchanged', () => {
    const parsed = parsePlanDocument(JSON.parse(JSON.stringify(plan)));
    expect(parsed.findings).toEqual([]);
    expect(parsed.plan).toEqual(plan);
  });
});
