import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { azCliCommands, bicepTemplate, terraformConfig } from '../../core/index.ts';
import type { Evaluation, ExportOptions, ExportResult } from '../../core/index.ts';
import { useLaterEvaluation } from '../../state/evaluation.tsx';
import { downloadText, planFileStem } from '../plan-file/index.ts';
import './export-panel.css';

interface Format {
  id: 'az' | 'bicep' | 'terraform';
  label: string;
  fileSuffix: string;
  type: string;
  generate: (evaluation: Evaluation, options: ExportOptions) => ExportResult;
}

const EXPORT_FORMATS: readonly Format[] = [
  { id: 'az', label: 'Azure CLI', fileSuffix: '-az.sh', type: 'text/x-shellscript', generate: azCliCommands },
  { id: 'bicep', label: 'Bicep', fileSuffix: '.bicep', type: 'text/plain', generate: bicepTemplate },
  { id: 'terraform', label: 'Terraform', fileSuffix: '.tf', type: 'text/plain', generate: terraformConfig },
];

/**
 * Lines the panel shows. Longer code (a plan with thousands of pools makes megabytes of it) is cut
 * there, because laying out that much text on every keystroke froze the page; Copy and Download
 * still give all of it.
 */
const CODE_LINES_SHOWN = 400;

/** The first `lines` lines of `text`, and how many lines were left out. */
function firstLines(text: string, lines: number): { shown: string; more: number } {
  let at = -1;
  for (let i = 0; i < lines; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return { shown: text, more: 0 };
  }
  const rest = text.slice(at + 1);
  if (rest === '') return { shown: text, more: 0 };
  return { shown: text.slice(0, at + 1), more: rest.split('\n').length };
}

/** Selects the text of an element, for a manual copy when the clipboard API is unavailable. */
function selectText(element: HTMLElement): void {
  const selection = window.getSelection();
  if (selection === null) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The plan as infrastructure code: Azure CLI commands, a Bicep snippet or a Terraform configuration,
 * each with the plan's numbers, to copy or download. Tabs follow the ARIA tabs pattern (arrow keys,
 * Home, End).
 */
export function ExportPanel() {
  // Deferred: the code follows a keystroke once the results have painted.
  const { plan, report, evaluation } = useLaterEvaluation();
  const [selected, setSelected] = useState<Format['id']>('az');
  // Null: the default (the VNet exists when its subnets carry Azure resource IDs).
  const [existingChoice, setExistingChoice] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const code = useRef<HTMLElement>(null);
  const format = EXPORT_FORMATS.find((f) => f.id === selected) ?? EXPORT_FORMATS[0];
  const hasVnet = plan.vnet !== undefined;
  const existingVnet =
    existingChoice ?? (plan.vnet?.subnets ?? []).some((s) => s.id !== undefined && s.id !== '');
  const result = useMemo<ExportResult>(
    () =>
      format === undefined
        ? { ok: true, text: '' }
        : format.generate(evaluation, hasVnet ? { existingVnet } : {}),
    [format, evaluation, hasVnet, existingVnet],
  );
  const text = result.ok ? result.text : '';
  const visible = useMemo(() => firstLines(text, CODE_LINES_SHOWN), [text]);
  const errors = report.findings.filter((f) => f.severity === 'error').length;

  useEffect(() => {
    if (status === '') return undefined;
    const timer = window.setTimeout(() => setStatus(''), 4_000);
    return () => window.clearTimeout(timer);
  }, [status]);

  if (format === undefined) return null;
  const tabId = (id: string): string => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;

  const choose = (index: number): void => {
    const next = EXPORT_FORMATS[(index + EXPORT_FORMATS.length) % EXPORT_FORMATS.length];
    if (next === undefined) return;
    setSelected(next.id);
    setStatus('');
    tabs.current[EXPORT_FORMATS.indexOf(next)]?.focus();
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: EXPORT_FORMATS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(target);
  };

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${format.label} code.`);
    } catch {
      if (code.current === null) return;
      if (visible.more > 0) {
        setStatus(
          `This browser does not let the page copy, and the code is too long to select: use Download.`,
        );
        return;
      }
      selectText(code.current);
      let copied: boolean;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      setStatus(
        copied
          ? `Copied the ${format.label} code.`
          : 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
      );
    }
  };

  return (
    <section className="export-panel" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`}>Infrastructure code</h3>
      <p className="export-lede">
        The plan's network settings and numbers as code to start from. Names, resource groups, region and VM
        size are placeholders at the top.
      </p>
      <div className="export-tabs" role="tablist" aria-label="Infrastructure code format">
        {EXPORT_FORMATS.map((f, i) => (
          <button
            key={f.id}
            ref={(element) => {
              tabs.current[i] = element;
            }}
            id={tabId(f.id)}
            type="button"
            role="tab"
            className="export-tab"
            aria-selected={f.id === selected}
            aria-controls={panelId}
            tabIndex={f.id === selected ? 0 : -1}
            onClick={() => choose(i)}
            onKeyDown={(event) => onTabKey(event, i)}
          >
            {f.label}
          </button>
        ))}
      </div>
      {hasVnet && (
        <label className="export-option">
          <input
            type="checkbox"
            checked={existingVnet}
            onChange={(event) => setExistingChoice(event.currentTarget.checked)}
          />{' '}
          The VNet exists already: look its subnets up, create and change nothing in it
        </label>
      )}
      <div className="export-tabpanel" id={panelId} role="tabpanel" aria-labelledby={tabId(format.id)}>
        {!result.ok && (
          <div className="export-refusal" role="alert">
            <p>No {format.label} code: the plan cannot be exported as it stands.</p>
            <ul>
              {result.findings.slice(0, 10).map((f, i) => (
                <li key={i} data-finding-code={f.code} data-severity={f.severity}>
                  {f.message}
                </li>
              ))}
            </ul>
            {result.findings.length > 10 && <p>… and {result.findings.length - 10} more.</p>}
          </div>
        )}
        {result.ok && (
          <div className="export-actions">
            <button type="button" className="export-button" onClick={() => void copy()}>
              Copy
            </button>
            <button
              type="button"
              className="export-button"
              onClick={() =>
                downloadText(
                  `${planFileStem(plan.title)}${format.fileSuffix}`,
                  text,
                  `${format.type};charset=utf-8`,
                )
              }
            >
              Download
            </button>
            <span className="export-status" aria-live="polite">
              {status}
            </span>
          </div>
        )}
        {result.ok && errors > 0 && (
          <p className="export-warning">
            The plan has {errors} {errors === 1 ? 'error' : 'errors'} (see Findings): correct the plan before
            you deploy this code.
          </p>
        )}
        {result.ok && (
          <pre className="export-code" tabIndex={0} aria-label={`${format.label} code`}>
            <code ref={code}>{visible.shown}</code>
          </pre>
        )}
        {visible.more > 0 && (
          <p className="export-more muted">
            … {visible.more.toLocaleString('en-US')} more lines are not shown: Copy or Download gives all of
            the {format.label} code.
          </p>
        )}
      </div>
    </section>
  );
}
