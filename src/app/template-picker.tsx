import { useId, useState } from 'react';
import { TEMPLATES } from '../state/templates.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** Starts the plan from a template (replaces the current plan). */
export function TemplatePicker() {
  const id = useId();
  const [choice, setChoice] = useState(TEMPLATES[0]?.id ?? '');
  const loadPlan = usePlanStore((s) => s.loadPlan);
  return (
    <div className="template-picker">
      <label htmlFor={id}>Start from</label>
      <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
        {TEMPLATES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => {
          const template = TEMPLATES.find((t) => t.id === choice);
          if (template !== undefined && window.confirm(`Replace the current plan with "${template.label}"?`))
            loadPlan(template.plan);
        }}
      >
        Load template
      </button>
    </div>
  );
}
