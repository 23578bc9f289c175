import { azCliCommands, bicepTemplate, evaluate, terraformConfig } from '../core/index.ts';
import type { HostileCase } from './hostile-plan.ts';
import {
  azProblems,
  bicepProblems,
  expectedValues,
  rawUnsafeProblems,
  shellcheckProblems,
  terraformProblems,
} from './export-safety.ts';

/** The comment lines every format writes for what it cannot deploy, without their markers. */
export function keptComments(text: string, marker: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`${marker} The plan keeps these for the planner (not deployed):`);
  if (start < 0) return [];
  const kept: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith(marker)) break;
    kept.push(line.slice(marker.length));
  }
  return kept;
}

/** True when a string the code writes as a value (not the title or notes) holds NUL or is not NFC. */
export function unwritable({ plan }: HostileCase): boolean {
  const { title: _title, notes: _notes, ...rest } = plan;
  const text = JSON.stringify(rest);
  return text.includes('\\u0000') || text !== text.normalize('NFC');
}

/**
 * Everything wrong with the three exports of one hostile case: a refusal that differs between
 * formats (or is missing or unexpected), raw unsafe characters, the az script's bash and argv
 * checks, shellcheck (when asked), the Bicep and Terraform checks, and comments that differ between
 * formats. Empty when the exports run what the plan says and nothing else.
 */
export async function hostileCaseProblems(
  c: HostileCase,
  options: { shellcheck: boolean },
): Promise<{ refused: boolean; problems: string[] }> {
  const evaluation = evaluate(c.plan);
  const az = azCliCommands(evaluation, c.options);
  const bicep = bicepTemplate(evaluation, c.options);
  const terraform = terraformConfig(evaluation, c.options);
  if (unwritable(c)) {
    const codes = [az, bicep, terraform].map((r) => (r.ok ? '(exported)' : JSON.stringify(r.findings)));
    const problems = codes.every((t) => t === codes[0] && t.includes('EXPORT_VALUE_UNWRITABLE'))
      ? []
      : [`refusals differ or are missing: ${codes.map((t) => t.slice(0, 200)).join(' | ')}`];
    return { refused: true, problems };
  }
  if (!az.ok || !bicep.ok || !terraform.ok) {
    const refusal = [az, bicep, terraform].find((r) => !r.ok);
    return { refused: false, problems: [`unexpected refusal: ${JSON.stringify(refusal).slice(0, 300)}`] };
  }
  const expected = expectedValues(c);
  const problems = [
    ...rawUnsafeProblems(az.text, 'az'),
    ...rawUnsafeProblems(bicep.text, 'Bicep'),
    ...rawUnsafeProblems(terraform.text, 'Terraform'),
    ...azProblems(az.text, expected),
    ...bicepProblems(bicep.text, expected),
    ...(await terraformProblems(terraform.text, expected)),
    ...(options.shellcheck ? shellcheckProblems(az.text) : []),
  ];
  const kept = keptComments(az.text, '#');
  if (kept.length < 2) problems.push('az lacks the comments of what the plan keeps');
  if (JSON.stringify(keptComments(bicep.text, '//')) !== JSON.stringify(kept))
    problems.push('Bicep comments differ from az');
  if (JSON.stringify(keptComments(terraform.text, '#')) !== JSON.stringify(kept))
    problems.push('Terraform comments differ from az');
  return { refused: false, problems };
}
