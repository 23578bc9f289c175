import { parsePlanDocument, proposePlan } from '../core/index.ts';
import type { Proposal, ProposeOptions } from '../core/index.ts';

export interface ProposeIo {
  readText: (path: string) => string;
  writeText: (path: string, text: string) => void;
  out: (text: string) => void;
  err: (text: string) => void;
}

export const PROPOSE_USAGE = `Usage: aks-plan propose <plan.json | -> [--growth PERCENT] [--services COUNT] [--fix PATH]... [--out proposed.json]
  Sizes and places every range the plan needs and prints each change with its reason.
  --growth 30      plan for 30 % more nodes on every pool (default 0)
  --services 500   size the service CIDR for 500 Services (default: keep its size)
  --fix PATH       a field the proposal must not change, e.g. vnet.subnets[0] (repeatable)
  --out FILE       write the proposed plan there
  Exit codes: 0 a valid layout, 1 no valid layout exists (the reasons are printed), 2 unreadable input or bad usage.
`;

type Parsed = { file: string; out: string | null; options: ProposeOptions } | { error: string };

function parseArgs(args: readonly string[]): Parsed {
  let file: string | null = null;
  let out: string | null = null;
  const fixed: string[] = [];
  const options: ProposeOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '--growth' || arg === '--services' || arg === '--out' || arg === '--fix') {
      if (value === undefined) return { error: `${arg} needs a value` };
      i++;
      if (arg === '--out') out = value;
      else if (arg === '--fix') fixed.push(value);
      else {
        const number = Number(value);
        if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(number))
          return { error: `${arg} takes a number ≥ 0, not "${value}"` };
        if (arg === '--growth') options.growthPercent = number;
        else options.expectedServices = number;
      }
    } else if (file === null && (!arg.startsWith('-') || arg === '-')) file = arg;
    else return { error: `unexpected argument "${arg}"` };
  }
  if (file === null) return { error: 'no plan file given' };
  if (fixed.length > 0) options.fixed = fixed;
  return { file, out, options };
}

/**
 * The text `aks-plan propose` prints: each change (field, now → proposed) with its reason, then the
 * findings when no valid layout exists.
 *
 * @example formatProposal('plan.json', proposal) // 'plan.json: 3 changes\n\n  cluster.serviceCidrs[0]: 10.0.0.0/16 → 10.1.0.0/16\n    …'
 */
export function formatProposal(file: string, proposal: Proposal): string {
  const lines: string[] = [];
  const n = proposal.changes.length;
  lines.push(
    `${file}: ${n === 0 ? 'no changes: every range is already at its proposed size and place' : `${n} change${n === 1 ? '' : 's'}`}`,
  );
  for (const change of proposal.changes) {
    lines.push(
      '',
      `  ${change.path}: ${change.from ?? '(not set)'} → ${change.to === '' ? '(removed)' : change.to}`,
    );
    lines.push(`    ${change.reason}`);
  }
  if (proposal.findings.length > 0) {
    lines.push('', 'No valid layout exists:');
    for (const f of proposal.findings)
      lines.push(
        `  ${f.severity.toUpperCase()} ${f.code}${f.path === undefined ? '' : ` at ${f.path}`}: ${f.message}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `aks-plan propose` and returns the exit code: 0 when a valid layout exists, 1 when none does,
 * 2 for unreadable input or bad usage.
 *
 * @example runPropose(['plan.json', '--growth', '30', '--out', 'proposed.json'], io) // 0
 */
export function runPropose(args: readonly string[], io: ProposeIo): number {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.err(`aks-plan propose: ${parsed.error}\n${PROPOSE_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = io.readText(parsed.file);
  } catch (error) {
    io.err(
      `aks-plan: cannot read ${parsed.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const { plan, findings } = parsePlanDocument(text);
  const unreadable = findings.find(
    (f) => f.code === 'PLAN_NOT_JSON' || (f.code === 'PLAN_WRONG_TYPE' && f.path === undefined),
  );
  if (unreadable !== undefined) {
    io.err(`aks-plan: ${parsed.file}: ${unreadable.message}\n`);
    return 2;
  }
  const proposal = proposePlan(plan, parsed.options);
  io.out(formatProposal(parsed.file, proposal));
  if (parsed.out !== null) {
    try {
      io.writeText(parsed.out, `${JSON.stringify(proposal.plan, null, 2)}\n`);
    } catch (error) {
      io.err(
        `aks-plan: cannot write ${parsed.out}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    io.out(`\nWrote the proposed plan to ${parsed.out}.\n`);
  }
  return proposal.findings.length > 0 ? 1 : 0;
}
