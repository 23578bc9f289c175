import { evaluatePlan, parsePlanDocument } from '../core/index.ts';
import { formatCheck, formatCheckJson } from './format-check.ts';
import { PROPOSE_USAGE, runPropose } from './run-propose.ts';

export interface CheckIo {
  readText: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Where `propose --out` writes (the command line passes writeFileSync). */
  writeText?: (path: string, text: string) => void;
}

const USAGE = `Usage: aks-plan check <plan.json | -> [--json]
  Checks an AKS address plan (schema version 1) against the AKS rules.
  Exit codes: 0 no errors, 1 errors found, 2 unreadable input or bad usage.
${PROPOSE_USAGE}`;

/**
 * Runs `aks-plan check` over a plan file and returns the exit code: 0 when the plan has no errors,
 * 1 when it has, 2 when the input can't be read (missing file, not JSON, not an object) or the
 * usage is wrong.
 *
 * @example runCli(['check', 'plan.json'], io) // 0, 1 or 2
 */
export function runCli(args: readonly string[], io: CheckIo): number {
  const [command, ...rest] = args;
  if (command === 'propose') {
    const { writeText } = io;
    return runPropose(rest, {
      ...io,
      writeText:
        writeText ??
        (() => {
          throw new Error('writing files is not available here');
        }),
    });
  }
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if (command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'check' || files.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const file = files[0] ?? '-';
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    io.err(`aks-plan: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const { plan, findings } = parsePlanDocument(text);
  const unreadable = findings.find(
    (f) => f.code === 'PLAN_NOT_JSON' || (f.code === 'PLAN_WRONG_TYPE' && f.path === undefined),
  );
  if (unreadable !== undefined) {
    io.err(`aks-plan: ${file}: ${unreadable.message}\n`);
    return 2;
  }
  const report = evaluatePlan(plan);
  io.out(json ? formatCheckJson(findings, report) : formatCheck(file, findings, report));
  const errors = findings.some((f) => f.severity === 'error') || !report.valid;
  return errors ? 1 : 0;
}
