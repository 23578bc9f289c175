import type { Finding, Severity } from '../../core/index';

interface FindingsListProps {
  findings: readonly Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryOf(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  if (findings.length === 0) return 'No findings: the plan passes every rule.';
  const parts = [
    errors > 0 ? plural(errors, 'error') : null,
    warnings > 0 ? plural(warnings, 'warning') : null,
    infos > 0 ? plural(infos, 'note') : null,
  ].filter((part) => part !== null);
  return `${parts.join(', ')}.${errors === 0 ? ' The plan is valid.' : ''}`;
}

/** Every finding the core reported, errors first; each carries its code and severity as data attributes. */
export function FindingsList({ findings }: FindingsListProps) {
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <p className="findings-summary" role="status">
        {summaryOf(findings)}
      </p>
      {sorted.length > 0 ? (
        <ul className="findings">
          {sorted.map((finding, index) => (
            <li
              key={`${finding.code}-${finding.path ?? ''}-${index}`}
              className={`finding finding-${finding.severity}`}
              data-finding-code={finding.code}
              data-severity={finding.severity}
            >
              <span className="finding-severity">{SEVERITY_LABEL[finding.severity]}</span>
              <span className="finding-message">{finding.message}</span>
              <span className="finding-meta">
                <code>{finding.code}</code>
                {finding.rule ? <> · {finding.rule}</> : null}
                {finding.path ? <> · {finding.path}</> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
