import { useId, useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { importAzureJson } from '../../core/index.ts';
import type { AzureImportBox, Finding, Severity } from '../../core/index.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import './azure-import.css';

interface BoxSpec {
  box: AzureImportBox;
  label: string;
  fileLabel: string;
  command: string;
  what: string;
}

/** The three inputs, each with the exact command whose output belongs in it. */
const BOXES: readonly BoxSpec[] = [
  {
    box: 'vnetShow',
    label: 'az network vnet show output',
    fileLabel: 'Load az network vnet show JSON file',
    command: 'az network vnet show -g RG -n VNET -o json',
    what: 'VNet, address space, subnets, peerings',
  },
  {
    box: 'aksShow',
    label: 'az aks show output',
    fileLabel: 'Load az aks show JSON file',
    command: 'az aks show -g RG -n CLUSTER -o json',
    what: 'network profile, tier, version, node pools',
  },
  {
    box: 'nodepoolList',
    label: 'az aks nodepool list output',
    fileLabel: 'Load az aks nodepool list JSON file',
    command: 'az aks nodepool list -g RG --cluster-name CLUSTER -o json',
    what: 'optional: the node pools in full; wins over az aks show',
  },
];

const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Check', info: 'Note' };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type Texts = Record<AzureImportBox, string>;

interface Outcome {
  imported: boolean;
  summary: string;
  findings: Finding[];
}

/** A message with its `command` spans shown as code. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryOf(imported: boolean, findings: readonly Finding[]): string {
  if (!imported) {
    return findings.length === 0
      ? 'Nothing to import: paste the output of at least one of the commands above. The plan was not changed.'
      : 'Nothing could be imported, so the plan was not changed:';
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const problems = [
    errors > 0 ? plural(errors, 'error') : null,
    warnings > 0 ? plural(warnings, 'point') : null,
  ]
    .filter((p): p is string => p !== null)
    .join(' and ');
  return `Imported into the plan.${problems === '' ? '' : ` ${problems} to check:`}`;
}

function ImportBox({
  spec,
  value,
  onChange,
}: {
  spec: BoxSpec;
  value: string;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    file.text().then(
      (text) => {
        onChange(text);
        setFileNote(`Loaded ${file.name}.`);
        input.value = '';
      },
      () => setFileNote(`${file.name} could not be read.`),
    );
  };
  return (
    <div className="azure-import-box">
      <label className="azure-import-label" htmlFor={`${id}-text`}>
        {spec.label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Run <code>{spec.command}</code> ({spec.what}).
      </p>
      <textarea
        id={`${id}-text`}
        className="azure-import-text"
        rows={5}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        placeholder="{ … }"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="azure-import-file">
        <label htmlFor={`${id}-file`}>{spec.fileLabel}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json,text/plain" onChange={onFile} />
        {fileNote === null ? null : <span className="azure-import-file-note">{fileNote}</span>}
      </div>
    </div>
  );
}

/**
 * Import from Azure: paste (or load) the JSON of `az network vnet show`, `az aks show` and
 * `az aks nodepool list`; the plan is replaced by what they describe, and the import's findings say
 * what was filled in and what is missing. Nothing usable leaves the plan as it was.
 */
export function AzureImportPanel() {
  const headingId = useId();
  const [texts, setTexts] = useState<Texts>({ vnetShow: '', aksShow: '', nodepoolList: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const empty = Object.values(texts).every((t) => t.trim() === '');

  const runImport = () => {
    const result = importAzureJson(texts);
    const findings = [...result.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    if (result.usable) usePlanStore.getState().loadPlan(result.plan);
    setOutcome({ imported: result.usable, summary: summaryOf(result.usable, findings), findings });
  };

  return (
    <section className="form-section azure-import" aria-labelledby={headingId}>
      <h2 id={headingId}>Import from Azure</h2>
      <p className="section-lede">
        Paste what the Azure CLI prints for an existing cluster and its VNet, or load the saved JSON files.
        Importing replaces the current plan. The JSON is read in this page and goes nowhere else.
      </p>
      <div className="azure-import-boxes">
        {BOXES.map((spec) => (
          <ImportBox
            key={spec.box}
            spec={spec}
            value={texts[spec.box]}
            onChange={(text) => setTexts((current) => ({ ...current, [spec.box]: text }))}
          />
        ))}
      </div>
      <div className="azure-import-actions">
        <button type="button" className="azure-import-button" onClick={runImport}>
          Import into the plan
        </button>
        <button
          type="button"
          className="azure-import-clear"
          disabled={empty}
          onClick={() => {
            setTexts({ vnetShow: '', aksShow: '', nodepoolList: '' });
            setOutcome(null);
          }}
        >
          Clear
        </button>
      </div>
      <div
        role="status"
        className={`azure-import-status${outcome === null ? '' : outcome.imported ? ' azure-import-ok' : ' azure-import-failed'}`}
      >
        {outcome === null ? null : (
          <>
            <p className="azure-import-summary">{outcome.summary}</p>
            {outcome.findings.length === 0 ? null : (
              <ul className="azure-import-findings">
                {outcome.findings.map((f, index) => (
                  <li
                    key={`${f.code}-${f.path ?? ''}-${index}`}
                    className={`azure-import-finding azure-import-finding-${f.severity}`}
                    data-finding-code={f.code}
                    data-severity={f.severity}
                  >
                    <span className="azure-import-severity">{SEVERITY_WORD[f.severity]}</span>
                    <span className="azure-import-message">{withCode(f.message)}</span>
                    {f.path === undefined ? null : <code className="azure-import-path">{f.path}</code>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
