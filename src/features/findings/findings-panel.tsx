import { useLayoutEffect, useRef } from 'react';
import { ruleSource, type Finding, type Severity } from '../../core/index.ts';
import { useEvaluation } from '../../state/evaluation.tsx';
import { fieldId } from '../../state/field-paths.ts';
import { MoreRows, useShownRows } from '../../components/more-rows.tsx';
import { FixThis } from '../propose/index.ts';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryOf(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.length - errors - warnings;
  if (findings.length === 0) return 'No findings: the plan passes every rule.';
  const parts = [
    errors > 0 ? plural(errors, 'error') : null,
    warnings > 0 ? plural(warnings, 'warning') : null,
    notes > 0 ? plural(notes, 'note') : null,
  ].filter((p): p is string => p !== null);
  return `${parts.join(', ')}.${errors === 0 ? ' The plan is valid.' : ''}`;
}

/** Moves keyboard focus to the field a finding is about and scrolls it into view. */
export function focusField(field: string): void {
  const element = document.getElementById(fieldId(field));
  if (element === null) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/**
 * How the form names a field: its label and, in a row, the row's legend, e.g. "Max nodes (Node pool 2:
 * apps)"; null when the form does not show the field.
 */
export function formFieldName(field: string): string | null {
  const input = document.getElementById(fieldId(field));
  if (input === null) return null;
  const label = document.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
  const row = input.closest('.row-card')?.querySelector('legend')?.textContent?.trim() ?? '';
  if (label === '') return row === '' ? null : row;
  return row === '' ? label : `${label} (${row})`;
}

/**
 * "Go to" the field a finding is about, named as the form names it. The name is read from the form on
 * the page after each render (a row's legend follows its name as typed), so React renders no text here.
 */
function GoToField({ field }: { field: string }) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const text = `Go to ${formFieldName(field) ?? 'the field'}`;
    if (button.current !== null && button.current.textContent !== text) button.current.textContent = text;
  });
  return <button ref={button} type="button" className="link-button" onClick={() => focusField(field)} />;
}

/** Findings grouped by severity; each links to its field and to the rule's source. */
export function FindingsPanel() {
  const { findings, fieldOf } = useEvaluation();
  return (
    <section className="findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <p
        className={`findings-summary ${findings.some((f) => f.severity === 'error') ? 'findings-summary-error' : 'findings-summary-ok'}`}
        role="status"
      >
        {summaryOf(findings)}
      </p>
      {GROUPS.map(({ severity, title }) => (
        <FindingGroup
          key={severity}
          severity={severity}
          title={title}
          group={findings.filter((f) => f.severity === severity)}
          fieldOf={fieldOf}
        />
      ))}
    </section>
  );
}

/** One severity's findings; past ROWS_SHOWN (a hostile link can carry thousands) the rest wait behind a button. */
function FindingGroup({
  severity,
  title,
  group,
  fieldOf,
}: {
  severity: Severity;
  title: string;
  group: readonly Finding[];
  fieldOf: (finding: Finding) => string | null;
}) {
  const { shown, hidden, showAll } = useShownRows(group);
  if (group.length === 0) return null;
  return (
    <div className="finding-group">
      <h3>
        {title} ({group.length})
      </h3>
      <ul className="findings">
        {shown.map((finding, index) => {
          const field = fieldOf(finding);
          const source = ruleSource(finding.rule);
          return (
            <li
              key={`${finding.code}-${finding.path ?? ''}-${index}`}
              className={`finding finding-${severity}`}
              data-finding-code={finding.code}
              data-severity={severity}
            >
              <span className="finding-message">{finding.message}</span>
              <span className="finding-meta">
                <code>{finding.code}</code>
                {finding.rule === undefined || finding.rule === 'plan' ? null : (
                  <>
                    {' · '}
                    {source === null ? (
                      finding.rule
                    ) : (
                      <a href={source.url} target="_blank" rel="noreferrer noopener" title={source.title}>
                        {finding.rule}
                      </a>
                    )}
                  </>
                )}
                {field === null ? null : (
                  <>
                    {' · '}
                    <GoToField field={field} />
                  </>
                )}
                <FixThis finding={finding} />
              </span>
            </li>
          );
        })}
      </ul>
      <MoreRows hidden={hidden} what={title.toLowerCase()} onShowAll={showAll} />
    </div>
  );
}
