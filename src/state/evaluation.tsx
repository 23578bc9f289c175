import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import type { Finding, PlanDocument, PlanReport } from '../core/index.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { fieldForFindingPath } from './field-paths.ts';
import { useEngine } from './engine-loader.ts';
import { FieldFindingsStore } from './field-findings.ts';

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
/** Outside a provider (a form rendered alone in a test) fields show no findings. */
const FieldFindingsContext = createContext<FieldFindingsStore>(new FieldFindingsStore());
const NO_FIELDS = new Map<string, Finding[]>();

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Evaluates the plan once per edit (one evaluatePlan call) and hands the result to every view. Until
 * the engine has loaded (a moment after the first paint) there is no evaluation: the form works, and
 * the views that show results wait (WhenEvaluated).
 */
export function EvaluationProvider({ children }: { children: ReactNode }) {
  const draft = usePlanStore((s) => s.draft);
  const engine = useEngine();
  const value = useMemo<PlanEvaluation | null>(() => {
    if (engine === null) return null;
    const { plan, findings: formFindings } = draftToPlan(draft);
    const report = engine.evaluatePlan(plan);
    const findings = [...formFindings, ...report.findings].sort(
      (a, b) => ORDER[a.severity] - ORDER[b.severity],
    );
    const fieldOf = (f: Finding): string | null =>
      f.path === undefined ? null : fieldForFindingPath(f.path, draft);
    const byField = new Map<string, Finding[]>();
    for (const f of findings) {
      const field = fieldOf(f);
      if (field === null) continue;
      const list = byField.get(field);
      if (list === undefined) byField.set(field, [f]);
      else list.push(f);
    }
    return { draft, plan, report, findings, byField, fieldOf };
  }, [draft, engine]);
  // Fields read their findings from a store, not the context: only the fields whose findings changed
  // render again, in this same commit, before the browser paints.
  const [fieldStore] = useState(() => new FieldFindingsStore());
  useLayoutEffect(() => fieldStore.publish(value?.byField ?? NO_FIELDS), [fieldStore, value]);
  return (
    <FieldFindingsContext.Provider value={fieldStore}>
      <EvaluationContext.Provider value={value}>{children}</EvaluationContext.Provider>
    </FieldFindingsContext.Provider>
  );
}

/** The evaluation, or null while the engine loads. */
export function useMaybeEvaluation(): PlanEvaluation | null {
  return useContext(EvaluationContext);
}

/** The evaluation, in a component rendered only inside WhenEvaluated. */
export function useEvaluation(): PlanEvaluation {
  const value = useContext(EvaluationContext);
  if (value === null) throw new Error('useEvaluation outside WhenEvaluated (the engine has not loaded)');
  return value;
}

/** Renders its children once the plan is evaluated, and `fallback` until then. */
export function WhenEvaluated({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useContext(EvaluationContext) === null ? fallback : children;
}

/** Findings shown inline at a field (none while the engine loads); renders only when they change. */
export function useFieldFindings(path: string): readonly Finding[] {
  const store = useContext(FieldFindingsContext);
  const subscribe = useCallback((listener: () => void) => store.subscribe(path, listener), [store, path]);
  return useSyncExternalStore(subscribe, () => store.get(path));
}
