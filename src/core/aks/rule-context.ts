import type { FindingList } from './finding.ts';
import type { ResolvedPlan } from './resolve-plan.ts';
import type { SubnetUsage } from './subnet-usage.ts';

/** What every rule reads: the resolved plan, the subnet usage, and where findings go. */
export interface RuleContext {
  plan: ResolvedPlan;
  usages: SubnetUsage[];
  findings: FindingList;
}
