import { useEffect, useId, useRef } from 'react';
import type { ChangeEvent } from 'react';
import { useEvaluation } from '../../state/evaluation.tsx';
import { downloadText } from './download.ts';
import { planFileStem, planFileText, planSchemaUrl } from './plan-file-format.ts';
import { importPlanFile, undoPlanImport, usePlanFileNotice } from './plan-file-import.ts';
import type { PlanFileNotice } from './plan-file-import.ts';
import './plan-file.css';

function Notice({ notice }: { notice: PlanFileNotice }) {
  const dismiss = usePlanFileNotice((s) => s.dismiss);
  const ref = useRef<HTMLDivElement>(null);
  // A dropped file may land far from this control: bring the outcome into view.
  useEffect(() => {
    if (notice.kind === 'error' || notice.via === 'drop') ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);

  if (notice.kind === 'error') {
    return (
      <div ref={ref} className="plan-file-notice plan-file-notice-error" role="alert">
        <p>
          <strong>Could not open “{notice.fileName}”.</strong> {notice.message} Your current plan is
          unchanged.
        </p>
        <button type="button" className="plan-file-link" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const left = notice.findings;
  return (
    <div ref={ref} className="plan-file-notice" role="status">
      <p>
        <strong>Opened “{notice.fileName}”.</strong>{' '}
        {left.length === 0
          ? 'Every value in it was read.'
          : `${left.length} ${left.length === 1 ? 'value was' : 'values were'} left out or ignored:`}
      </p>
      {left.length > 0 && (
        <ul className="plan-file-findings">
          {left.map((f, i) => (
            <li key={`${f.code}-${f.path ?? ''}-${i}`}>
              {f.path !== undefined && f.message.startsWith(f.path) ? (
                <>
                  <code>{f.path}</code>
                  {f.message.slice(f.path.length)}
                </>
              ) : (
                <>
                  {f.path !== undefined && <code>{f.path}</code>} {f.message}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="plan-file-notice-actions">
        <button type="button" className="plan-file-link" onClick={undoPlanImport}>
          Undo: put back the previous plan
        </button>
        <button type="button" className="plan-file-link" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/**
 * Export the plan as a JSON plan file and import one ("Import plan"). A file that cannot be read
 * leaves the current plan untouched and says why; a file that loads lists the values it left out.
 */
export function PlanFileActions() {
  const { plan, findings } = useEvaluation();
  const notice = usePlanFileNotice((s) => s.notice);
  const inputId = useId();
  const hintId = useId();
  const unreadable = findings.filter((f) => f.code === 'FIELD_NOT_A_NUMBER').length;

  const exportPlan = (): void => {
    const text = planFileText(plan, planSchemaUrl(document.baseURI));
    downloadText(`${planFileStem(plan.title)}.plan.json`, text, 'application/json');
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file !== undefined) void importPlanFile(file, 'picker');
    input.value = ''; // choosing the same file again imports it again
  };

  return (
    <div className="plan-file">
      <div className="plan-file-row">
        <button type="button" className="plan-file-button" onClick={exportPlan}>
          Export plan (JSON)
        </button>
        <input
          id={inputId}
          className="plan-file-input visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={onFile}
        />
        <label htmlFor={inputId} className="plan-file-button">
          Import plan
        </label>
      </div>
      <p id={hintId} className="plan-file-hint">
        Plan files are JSON (<a href="plan.schema.json">JSON Schema</a>). You can also drop a .json file
        anywhere on the page; the plan it holds replaces the current one.
      </p>
      {unreadable > 0 && (
        <p className="plan-file-hint plan-file-warning">
          {unreadable} {unreadable === 1 ? 'field is' : 'fields are'} not a number yet and will be left out of
          an exported file.
        </p>
      )}
      {notice !== null && <Notice key={notice.id} notice={notice} />}
    </div>
  );
}
