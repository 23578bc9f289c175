import { useMemo, useState } from 'react';
import { FindingsList } from '../findings/findings-list';
import { QuickPlanForm } from './quick-plan-form';
import { QuickPlanResults } from './quick-plan-results';
import { QUICK_PLAN_DEFAULTS, evaluateQuickPlan, type QuickPlanInput } from './quick-plan-document';

/** The quick plan: three inputs, the numbers the core computes from them, and its findings. */
export function QuickPlan() {
  const [input, setInput] = useState<QuickPlanInput>(QUICK_PLAN_DEFAULTS);
  const { report, findings, unreadFields } = useMemo(() => evaluateQuickPlan(input), [input]);

  return (
    <div className="quick-plan">
      <QuickPlanForm
        input={input}
        findings={findings}
        onChange={(field, value) => setInput((previous) => ({ ...previous, [field]: value }))}
      />
      <QuickPlanResults report={report} nodeCountRead={!unreadFields.has('nodeCount')} />
      <FindingsList findings={findings} />
    </div>
  );
}
