import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../aks/evaluate-plan.ts';
import type { Finding } from '../types.ts';
import { SCENARIOS } from '../../testing/scenarios.ts';
import { hostileCase } from '../../testing/hostile-plan.ts';
import type { HostileCase } from '../../testing/hostile-plan.ts';
import {
  azProblems,
  bicepProblems,
  expectedValues,
  rawUnsafeProblems,
  shellcheckAvailable,
  shellcheckProblems,
  terraformProblems,
} from '../../testing/export-safety.ts';
import { exportText } from '../../testing/export-text.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';

/** Runs of the property in `npm test`; `npm run fuzz` runs thousands (bench/fuzz.ts). */
const RUNS = Number(process.env['EXPORT_PROPERTY_RUNS'] ?? 20);

/** The comment lines every format writes for what it cannot deploy, without their markers. */
function keptComments(text: string, marker: string): string[] {
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
function unwritable({ plan }: HostileCase): boolean {
  const { title: _title, notes: _notes, ...rest } = plan;
  const text = JSON.stringify(rest);
  return text.includes('\\u0000') || text !== text.normalize('NFC');
}

if (!shellcheckAvailable()) {
  console.warn(
    '\n*** shellcheck is not installed and could not be installed (needs root and apt-get): the shellcheck checks of the exports are SKIPPED. Run scripts/ensure-shellcheck.sh as root. ***\n',
  );
}

describe('exports of hostile plans (property)', () => {
  it(`run what the plan says and nothing else (${RUNS} generated plans)`, async () => {
    let checked = 0;
    let refused = 0;
    let exported = 0;
    await fc.assert(
      fc.asyncProperty(hostileCase, async (c) => {
        const report = evaluatePlan(c.plan);
        const results = {
          az: azCliCommands(c.plan, report, c.options),
          bicep: bicepTemplate(c.plan, report, c.options),
          terraform: terraformConfig(c.plan, report, c.options),
        };
        if (unwritable(c)) {
          const refusals = Object.values(results).map((r) =>
            r.ok ? [] : r.findings.map((f: Finding) => f.code),
          );
          for (const codes of refusals) expect(codes).toContain('EXPORT_VALUE_UNWRITABLE');
          expect(refusals[1]).toEqual(refusals[0]);
          expect(refusals[2]).toEqual(refusals[0]);
          refused++;
          return;
        }
        exported++;
        const az = exportText(results.az);
        const bicep = exportText(results.bicep);
        const terraform = exportText(results.terraform);
        const expected = expectedValues(c);
        const problems = [
          ...rawUnsafeProblems(az, 'az'),
          ...rawUnsafeProblems(bicep, 'Bicep'),
          ...rawUnsafeProblems(terraform, 'Terraform'),
          ...azProblems(az, expected),
          ...bicepProblems(bicep, expected),
          ...(await terraformProblems(terraform, expected)),
        ];
        if (shellcheckAvailable() && checked++ < 5) problems.push(...shellcheckProblems(az));
        const kept = keptComments(az, '#');
        expect(kept.length).toBeGreaterThan(1);
        expect(keptComments(bicep, '//')).toEqual(kept);
        expect(keptComments(terraform, '#')).toEqual(kept);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: process.env['EXPORT_PROPERTY_SHRINK'] !== '1' },
    );
    // Most generated plans must reach the checks, not only the refusal.
    expect(exported).toBeGreaterThan(refused);
  }, 120_000);
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('typical exports: %s', (_id, s) => {
  const report = evaluatePlan(s.plan);
  it.runIf(shellcheckAvailable())('shellcheck finds nothing in the az script', () => {
    expect(shellcheckProblems(exportText(azCliCommands(s.plan, report)))).toEqual([]);
  });
  it('bash runs the az script with only az, and the Bicep and HCL read cleanly', async () => {
    const expected = expectedValues({ plan: s.plan, options: {} });
    expected.azFlags = [];
    const az = exportText(azCliCommands(s.plan, report));
    expect(azProblems(az, expected)).toEqual([]);
    const lexed = (await import('../../testing/export-safety.ts')).lexBicep(
      exportText(bicepTemplate(s.plan, report)),
    );
    expect('problem' in lexed ? lexed.problem : '').toBe('');
    expect(rawUnsafeProblems(exportText(terraformConfig(s.plan, report)), 'Terraform')).toEqual([]);
  });
});
