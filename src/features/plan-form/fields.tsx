import type { ReactNode } from 'react';
import type { Finding } from '../../core/index.ts';
import { useFieldFindings } from '../../state/evaluation.tsx';
import { fieldId } from '../../state/field-paths.ts';
import { draftFieldMaxLength } from './field-limit.ts';

interface BaseProps {
  /** Draft field path, e.g. `nodePools[1].maxPods`; findings about it show here. */
  path: string;
  label: string;
  hint?: ReactNode;
  className?: string;
}

function FieldMessages({
  id,
  hint,
  findings,
}: {
  id: string;
  hint: ReactNode;
  findings: readonly Finding[];
}) {
  return (
    <>
      {hint !== undefined && hint !== null ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {findings.length > 0 ? (
        <ul id={`${id}-msg`} className="field-messages">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`field-message field-message-${f.severity}`}>
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The hint, and at the limit of the field's length a note that says so. */
function withLimit(hint: ReactNode, value: string, max: number | undefined): ReactNode {
  if (max === undefined || value.length < max) return hint;
  const note = `At most ${max} characters (the limit of plan files and links).`;
  return hint === undefined || hint === null ? (
    note
  ) : (
    <>
      {hint} {note}
    </>
  );
}

function describedBy(id: string, hint: ReactNode, findings: readonly Finding[]): string | undefined {
  const ids = [
    hint !== undefined && hint !== null ? `${id}-hint` : null,
    findings.length > 0 ? `${id}-msg` : null,
  ].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function fieldClass(findings: readonly Finding[], className: string | undefined): string {
  const worst = findings.some((f) => f.severity === 'error')
    ? ' field-invalid'
    : findings.some((f) => f.severity === 'warning')
      ? ' field-warning'
      : '';
  return `field${worst}${className === undefined ? '' : ` ${className}`}`;
}

interface TextInputProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  numeric?: boolean;
  monospace?: boolean;
  /** A button beside the input (an extra CIDR entry's "Remove"). */
  action?: ReactNode;
}

/** A labelled text input that keeps exactly what was typed and shows the findings about its field. */
export function TextInput({
  path,
  label,
  hint,
  className,
  value,
  onChange,
  placeholder,
  numeric,
  monospace,
  action,
}: TextInputProps) {
  const id = fieldId(path);
  const findings = useFieldFindings(path);
  const maxLength = draftFieldMaxLength(path);
  const shownHint = withLimit(hint, value, maxLength);
  const input = (
    <input
      id={id}
      type="text"
      value={value}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
      placeholder={placeholder}
      inputMode={numeric === true ? 'numeric' : undefined}
      className={monospace === true ? 'mono' : undefined}
      spellCheck={false}
      autoComplete="off"
      autoCapitalize="off"
      aria-invalid={findings.some((f) => f.severity === 'error') || undefined}
      aria-describedby={describedBy(id, shownHint, findings)}
    />
  );
  return (
    <div className={fieldClass(findings, className)}>
      <label htmlFor={id}>{label}</label>
      {action === undefined ? (
        input
      ) : (
        <div className="field-input-row">
          {input}
          {action}
        </div>
      )}
      <FieldMessages id={id} hint={shownHint} findings={findings} />
    </div>
  );
}

interface TextAreaProps extends BaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextArea({ path, label, hint, className, value, onChange, rows = 2 }: TextAreaProps) {
  const id = fieldId(path);
  const findings = useFieldFindings(path);
  const maxLength = draftFieldMaxLength(path);
  const shownHint = withLimit(hint, value, maxLength);
  return (
    <div className={fieldClass(findings, className)}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, shownHint, findings)}
      />
      <FieldMessages id={id} hint={shownHint} findings={findings} />
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface SelectInputProps<T extends string> extends BaseProps {
  value: T | '';
  options: readonly Option<T>[];
  onChange: (value: T | '') => void;
  /** Label of the empty choice ("Default (overlay)"); omit to require a choice. */
  defaultLabel?: string;
}

export function SelectInput<T extends string>({
  path,
  label,
  hint,
  className,
  value,
  options,
  onChange,
  defaultLabel,
}: SelectInputProps<T>) {
  const id = fieldId(path);
  const findings = useFieldFindings(path);
  // A value that is not among the options (a renamed subnet, an import) shows as itself, not as the first option.
  const unlisted = value !== '' && !options.some((o) => o.value === value);
  // Two subnets of one name (an import, a link; a finding says so) are one choice: listed once.
  const seen = new Set<string>();
  const choices = options.filter((o) => !seen.has(o.value) && seen.add(o.value));
  return (
    <div className={fieldClass(findings, className)}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T | '')}
        aria-invalid={findings.some((f) => f.severity === 'error') || undefined}
        aria-describedby={describedBy(id, hint, findings)}
      >
        {defaultLabel !== undefined ? <option value="">{defaultLabel}</option> : null}
        {unlisted ? <option value={value}>{value} (not in the list)</option> : null}
        {choices.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} findings={findings} />
    </div>
  );
}

interface CheckInputProps extends BaseProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckInput({ path, label, hint, className, checked, onChange }: CheckInputProps) {
  const id = fieldId(path);
  const findings = useFieldFindings(path);
  return (
    <div className={`${fieldClass(findings, className)} field-check`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy(id, hint, findings)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} findings={findings} />
    </div>
  );
}
