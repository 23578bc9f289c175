import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import type { Evaluation, Finding, PlanDocument, PlanReport } from '../core/index.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { fieldForFindingPath } from './field-paths.ts';
import { defaultPlaceholders, evaluate, PLAN_DEFAULTS } from '../core/index.ts';
import { FieldFindingsStore } from './field-findings.ts';
import { usePrinting } from './printing.ts';

export interface PlanEvaluation {
  draft: PlanDraft;
  plan: PlanDocument;
  report: PlanReport;
  /** The core's one evaluation of `plan` (model and report): what every analysis and export takes. */
  evaluation: Evaluation;
  /** The form's own findings (numbers that don't read) and the report's, errors first. */
  findings: Finding[];
  /** Findings by the form field they are about. */
  byField: Map<string, Finding[]>;
  fieldOf: (finding: Finding) => string | null;
}

const EvaluationContext = createContext<PlanEvaluation | null>(null);
/** The same evaluation, deferred: what is not the first result follows once the result has painted. */
const LaterEvaluationContext = createContext<PlanEvaluation | null>(null);
/** Outside a provider (a form rendered alone in a test) fields show no findings. */
const FieldFindingsContext = createContext<FieldFindingsStore>(new FieldFindingsStore());
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The defaults the core applies to this plan, as the form's placeholders show them (PLAN_DEFAULTS). */
export type DefaultPlaceholders = ReturnType<typeof defaultPlaceholders>;
/** Outside a provider (a form section rendered alone): the placeholders of a plan that sets nothing. */
const DefaultsContext = createContext<DefaultPlaceholders>(
  defaultPlaceholders({
    version: null,
    plugin: PLAN_DEFAULTS['cluster.networkPlugin'].value({}),
    outboundType: PLAN_DEFAULTS['cluster.outboundType'].value({}),
  }),
);

/**
 * Evaluates the plan once per edit (one `evaluate` call) and hands the result to every view. The
 * planning core is part of the first load (docs/decisions/0006-first-result-in-one-go.md), so the first
 * render already has the evaluation.
 */
export function EvaluationProvider({ children }: { children: ReactNode }) {
  const draft = usePlanStore((s) => s.draft);
  const value = useMemo<PlanEvaluation>(() => {
    const { plan, findings: formFindings } = draftToPlan(draft);
    const evaluation = evaluate(plan);
    const { report } = evaluation;
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
    return { draft, plan, report, evaluation, findings, byField, fieldOf };
  }, [draft]);
  // Fields read their findings from a store, not the context: only the fields whose findings changed
  // render again, in this same commit, before the browser paints.
  // The store starts with the first evaluation's findings, so the first render (in the browser, or at
  // build time for the first frame, docs/decisions/0008) shows them at their fields.
  const [fieldStore] = useState(() => {
    const store = new FieldFindingsStore();
    store.publish(value.byField);
    return store;
  });
  useLayoutEffect(() => fieldStore.publish(value.byField), [fieldStore, value]);
  // The form's sections read the placeholders, not the evaluation: they render again only when a
  // default changes (a new Kubernetes version or plugin), not on every keystroke.
  const { maxSurge, maxPods, routeTableCustomRoutes } = defaultPlaceholders(value.evaluation.model);
  const defaults = useMemo(
    () => ({ maxSurge, maxPods, routeTableCustomRoutes }),
    [maxSurge, maxPods, routeTableCustomRoutes],
  );
  // After a keystroke only the fields, findings, results and the link render before the browser paints;
  // the print view, map, charts, comparison and exports follow in a later, interruptible render. While
  // the browser prints, they are the current evaluation: a page printed right after an edit shows it.
  const deferred = useDeferredValue(value);
  const later = usePrinting() ? value : deferred;
  return (
    <FieldFindingsContext.Provider value={fieldStore}>
      <DefaultsContext.Provider value={defaults}>
        <EvaluationContext.Provider value={value}>
          <LaterEvaluationContext.Provider value={later}>{children}</LaterEvaluationContext.Provider>
        </EvaluationContext.Provider>
      </DefaultsContext.Provider>
    </FieldFindingsContext.Provider>
  );
}

/** The evaluation, in a component rendered inside EvaluationProvider. */
export function useEvaluation(): PlanEvaluation {
  const value = useContext(EvaluationContext);
  if (value === null) throw new Error('useEvaluation outside EvaluationProvider');
  return value;
}

/**
 * The evaluation for what is not the result a keystroke waits for (print view, map, charts, comparison,
 * exports): the same evaluation as useEvaluation on the first render and while the browser prints, then
 * one edit behind until the browser has painted the new result. Components that read only this do not
 * render at all in a keystroke's urgent pass.
 */
export function useLaterEvaluation(): PlanEvaluation {
  const value = useContext(LaterEvaluationContext);
  if (value === null) throw new Error('useLaterEvaluation outside EvaluationProvider');
  return value;
}

/** The defaults the core applies to this plan, for placeholders; renders only when one changes. */
export function useDefaultPlaceholders(): DefaultPlaceholders {
  return useContext(DefaultsContext);
}

/** Findings shown inline at a field; renders only when they change. */
export function useFieldFindings(path: string): readonly Finding[] {
  const store = useContext(FieldFindingsContext);
  const subscribe = useCallback((listener: () => void) => store.subscribe(path, listener), [store, path]);
  const read = (): readonly Finding[] => store.get(path);
  return useSyncExternalStore(subscribe, read, read);
}
