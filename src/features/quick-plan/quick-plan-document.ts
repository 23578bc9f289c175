import { evaluatePlan, parsePlanDocument } from '../../core/index';
import type { Finding, PlanReport } from '../../core/index';

/** What the user typed into the quick plan form, exactly as typed. */
export interface QuickPlanInput {
  podCidr: string;
  nodeSubnet: string;
  nodeCount: string;
}

export type QuickPlanField = keyof QuickPlanInput;

export const QUICK_PLAN_DEFAULTS: QuickPlanInput = {
  podCidr: '10.244.0.0/16',
  nodeSubnet: '10.224.0.0/22',
  nodeCount: '3',
};

/** The node subnet's name in the plan; the results' test hooks use it (`subnet-usable-nodes`). */
export const QUICK_PLAN_SUBNET_NAME = 'nodes';

/** A whole number as typed ("12", " 12 "), else the raw text so that parsing reports the wrong type. */
function nodeCountValue(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * The plan document (schema version 1) for the quick form, as untrusted JSON: one overlay cluster with one
 * pod CIDR, a VNet whose address space is the node subnet's own prefix (so the subnet always lies inside
 * its VNet), and one System pool. Example: the defaults give pod 10.244.0.0/16, subnet 10.224.0.0/22, 3 nodes.
 */
export function quickPlanJson(input: QuickPlanInput): unknown {
  const subnet = input.nodeSubnet.trim();
  return {
    schemaVersion: 1,
    cluster: { networkPlugin: 'overlay', podCidrs: [input.podCidr.trim()] },
    vnet: {
      name: 'vnet',
      addressSpace: [subnet],
      subnets: [{ name: QUICK_PLAN_SUBNET_NAME, addressPrefixes: [subnet] }],
    },
    nodePools: [{ name: 'system', mode: 'System', count: nodeCountValue(input.nodeCount) }],
  };
}

/** Which form field a finding's path is about, if any. */
export function quickPlanFieldOfPath(path: string | undefined): QuickPlanField | null {
  if (path === undefined) return null;
  if (path.startsWith('cluster.podCidrs')) return 'podCidr';
  if (path.startsWith('vnet.addressSpace') || path.startsWith('vnet.subnets')) return 'nodeSubnet';
  if (path.startsWith('nodePools')) return 'nodeCount';
  return null;
}

export interface QuickPlanResult {
  report: PlanReport;
  /** Findings from reading the document, then from evaluating it. */
  findings: Finding[];
  /** Fields whose text could not be read, so the evaluation used the default instead (e.g. node count "abc"). */
  unreadFields: ReadonlySet<QuickPlanField>;
}

const SUBNET_PREFIX_PATH = 'vnet.subnets[0].addressPrefixes[0]';
const ADDRESS_SPACE_PATH = 'vnet.addressSpace[0]';

/**
 * The node subnet is also the VNet address space, so one typing error in it is reported twice (once per
 * path). Keep the subnet's finding, which names what the user typed, and drop the address-space twin.
 */
function withoutAddressSpaceTwins(findings: readonly Finding[]): Finding[] {
  const onSubnet = new Set(
    findings.filter((f) => f.path === SUBNET_PREFIX_PATH).map((f) => `${f.code}|${f.severity}`),
  );
  return findings.filter((f) => f.path !== ADDRESS_SPACE_PATH || !onSubnet.has(`${f.code}|${f.severity}`));
}

/**
 * Reads the form's document with `parsePlanDocument` and evaluates it with one `evaluatePlan` call, the
 * same path every view of a plan takes. Never throws on any input.
 */
export function evaluateQuickPlan(input: QuickPlanInput): QuickPlanResult {
  const { plan, findings: parseFindings } = parsePlanDocument(quickPlanJson(input));
  const report = evaluatePlan(plan);
  const unreadFields = new Set<QuickPlanField>();
  for (const finding of parseFindings) {
    const field = quickPlanFieldOfPath(finding.path);
    if (field && finding.severity === 'error') unreadFields.add(field);
  }
  return { report, findings: withoutAddressSpaceTwins([...parseFindings, ...report.findings]), unreadFields };
}
