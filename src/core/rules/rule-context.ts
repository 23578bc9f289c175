import type { FindingList } from '../model/finding.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';

/** What every rule reads: the resolved plan, the subnet usage, and where findings go. */
export interface RuleContext {
  plan: ResolvedPlan;
  usages: SubnetUsage[];
  findings: FindingList;
}
