import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { evaluatePlan } from '../core/index.ts';
import type { Finding, PlanDocument, PlanReport } from '../core/index.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { fieldForFindingPath } from './field-paths.ts';

export interface PlanEvaluation {
  draft: PlanDraft;
  plan: PlanDocument;
  report: PlanReport;
  /** The form's own findings (numbers that don't read) and the report's, errors first. */
  findings: Finding[];
  /** Findings by the form field they are about. */
  byField: Map<string, Finding[]>;
  fieldOf: (finding: Finding) => string | null;
}

const EvaluationContext = createContext<PlanEvaluation | null>(null);

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Evaluates the plan once per edit (one evaluatePlan call) and hands the result to every view. */
export function EvaluationProvider({ children }: { children: ReactNode }) {
  const draft = usePlanStore((s) => s.draft);
  const value = useMemo<PlanEvaluation>(() => {
    const { plan, findings: formFindings } = draftToPlan(draft);
    const report = evaluatePlan(plan);
    const findings = [...formFindings, ...report.findings].sort(
      (a, b) => ORDER[a.severity] - ORDER[b.severity],
    );
    const fieldOf = (f: Finding): string | null =>
      f.path === undefined ? null : fieldForFindingPath(f.path, draft);
    const byField = new Map<string, Finding[]>();
    for (const f of findings) {
      const field = fieldOf(f);
      if (field === null) continue;
      byField.set(field, [...(byField.get(field) ?? []), f]);
    }
    return { draft, plan, report, findings, byField, fieldOf };
  }, [draft]);
  return <EvaluationContext.Provider value={value}>{children}</EvaluationContext.Provider>;
}

export function useEvaluation(): PlanEvaluation {
  const value = useContext(EvaluationContext);
  if (value === null) throw new Error('useEvaluation outside EvaluationProvider');
  return value;
}

/** Findings shown inline at a field. */
export function useFieldFindings(path: string): Finding[] {
  return useEvaluation().byField.get(path) ?? [];
}
