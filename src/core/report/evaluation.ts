import type { PlanDocument, PlanReport } from '../types.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';

/**
 * One plan, evaluated once (`evaluate` in evaluate-plan.ts): the document as given, the resolved
 * model (every default applied, every CIDR parsed to bigints), what the plan takes from each subnet,
 * and the report. Analyses (headroom, plugin comparison, address map, exports, the working text)
 * take this object and never resolve or evaluate the plan again. Read only: nothing may change it.
 */
export interface Evaluation {
  readonly plan: PlanDocument;
  readonly model: ResolvedPlan;
  readonly usages: readonly SubnetUsage[];
  readonly report: PlanReport;
}
