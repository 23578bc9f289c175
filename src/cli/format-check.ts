import type { Finding, PlanReport } from '../core/index.ts';
import { formatCount } from '../core/index.ts';

const MARK = { error: 'ERROR', warning: 'WARN ', info: 'INFO ' } as const;

function findingLine(f: Finding): string {
  return `  ${MARK[f.severity]} ${f.code}${f.path === undefined ? '' : ` at ${f.path}`}\n         ${f.message}`;
}

/**
 * The text `aks-plan check` prints: key figures first, then every finding with its code and path.
 *
 * @example formatCheck('plan.json', [], evaluatePlan(plan)) // 'plan.json: valid …'
 */
export function formatCheck(source: string, parseFindings: readonly Finding[], report: PlanReport): string {
  const findings = [...parseFindings, ...report.findings];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.length - errors - warnings;
  const lines: string[] = [];
  lines.push(
    `${source}: ${errors === 0 ? 'valid' : 'NOT valid'} — ${errors} error(s), ${warnings} warning(s), ${notes} note(s)`,
  );
  const c = report.cluster;
  lines.push(
    `Cluster: ${c.networkPlugin}, ${c.ipFamilies.join('+')}, tier ${c.tier}; ${formatCount(c.nodes)} nodes (${formatCount(c.nodesDuringUpgrade)} during upgrade) of ${formatCount(c.nodeLimit)} allowed; ${formatCount(c.pods)} pods`,
  );
  for (const r of report.podRanges) {
    lines.push(
      `Pod CIDR ${r.cidr} (${r.family}): ${formatCount(r.nodeBlocks)} node blocks${r.blockPrefixLength === null ? '' : ` of /${r.blockPrefixLength}`}, max ${formatCount(r.maxNodes)} nodes, ${formatCount(r.maxPods)} pods; needs ${formatCount(r.requiredBlocks)} (${formatCount(r.requiredBlocksDuringUpgrade)} during upgrade)`,
    );
  }
  for (const r of report.serviceRanges) {
    lines.push(
      `Service CIDR ${r.cidr} (${r.family}): ${formatCount(r.allocatable)} ClusterIPs, ${formatCount(r.availableAfterDefaults)} after defaults`,
    );
  }
  for (const s of report.subnets) {
    lines.push(
      `Subnet ${s.name} ${s.cidr} (${s.role}): ${formatCount(s.usable)} usable; ${formatCount(s.ipsSteady)} IPs at rest, ${formatCount(s.ipsDuringUpgrade)} during upgrade, ${formatCount(s.freeAfterUpgrade)} free`,
    );
  }
  for (const p of report.nodePools) {
    lines.push(
      `Pool ${p.name} (${p.mode}, ${p.osType}): ${formatCount(p.nodes)} nodes + ${formatCount(p.surgeNodes)} surge, maxPods ${p.maxPods}, ${p.ipsPerNode} node-subnet IP(s) per node`,
    );
  }
  if (findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of findings) lines.push(findingLine(f));
  }
  return `${lines.join('\n')}\n`;
}

/** JSON for pipelines: bigints as strings. */
export function formatCheckJson(parseFindings: readonly Finding[], report: PlanReport): string {
  const body = {
    ...report,
    findings: [...parseFindings, ...report.findings],
    valid: report.valid && !parseFindings.some((f) => f.severity === 'error'),
  };
  return `${JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2)}\n`;
}
