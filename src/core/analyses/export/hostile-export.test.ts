import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../report/evaluate-plan.ts';
import { SCENARIOS } from '../../../testing/scenarios.ts';
import { hostileCase } from '../../../testing/hostile-plan.ts';
import { hostileCaseProblems } from '../../../testing/hostile-export-check.ts';
import {
  azProblems,
  expectedValues,
  rawUnsafeProblems,
  shellcheckAvailable,
  shellcheckProblems,
} from '../../../testing/export-safety.ts';
import { exportText } from '../../../testing/export-text.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';

/** Runs of the property in `npm test`; `npm run fuzz` runs thousands (bench/fuzz.ts). */
const RUNS = Number(process.env['EXPORT_PROPERTY_RUNS'] ?? 20);

if (!shellcheckAvailable()) {
  console.warn(
    '\n*** shellcheck is not installed and could not be installed (needs root and apt-get): the shellcheck checks of the exports are SKIPPED. Run scripts/ensure-shellcheck.sh as root. ***\n',
  );
}

describe('exports of hostile plans (property)', () => {
  it(`run what the plan says and nothing else (${RUNS} generated plans)`, async () => {
    let checked = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileCase, async (c) => {
        const result = await hostileCaseProblems(c, { shellcheck: shellcheckAvailable() && checked++ < 5 });
        if (result.refused) refused++;
        expect(result.problems).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: process.env['EXPORT_PROPERTY_SHRINK'] !== '1' },
    );
    // Most generated plans must reach the checks, not only the refusal.
    expect(refused).toBeLessThan(RUNS / 2);
  }, 120_000);
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('typical exports: %s', (_id, s) => {
  const evaluation = evaluate(s.plan);
  it.runIf(shellcheckAvailable())('shellcheck finds nothing in the az script', () => {
    expect(shellcheckProblems(exportText(azCliCommands(evaluation)))).toEqual([]);
  });
  it('bash runs the az script with only az, and the Bicep and HCL read cleanly', async () => {
    const expected = expectedValues({ plan: s.plan, options: {} });
    expected.azFlags = [];
    const az = exportText(azCliCommands(evaluation));
    expect(azProblems(az, expected)).toEqual([]);
    const lexed = (await import('../../../testing/export-safety.ts')).lexBicep(
      exportText(bicepTemplate(evaluation)),
    );
    expect('problem' in lexed ? lexed.problem : '').toBe('');
    expect(rawUnsafeProblems(exportText(terraformConfig(evaluation)), 'Terraform')).toEqual([]);
  });
});

/** A small valid plan whose cluster and second pool carry the names a property run found. */
function planNamed(cluster: string, pool: string) {
  return {
    schemaVersion: 1 as const,
    cluster: {
      name: cluster,
      kubernetesVersion: '1.33',
      serviceCidrs: ['10.0.0.0/16'],
      dnsServiceIp: '10.0.0.10',
    },
    nodePools: [
      { name: 'system', mode: 'System' as const, count: 3 },
      { name: pool, mode: 'User' as const, count: 2 },
    ],
  };
}

/** The az script of `plan` passes ShellCheck and hands bash's az every name exactly as written. */
function azScriptKeepsNames(plan: ReturnType<typeof planNamed>): void {
  const az = exportText(azCliCommands(evaluate(plan)));
  it.runIf(shellcheckAvailable())('shellcheck finds nothing in the az script', () => {
    expect(shellcheckProblems(az)).toEqual([]);
  });
  it('bash passes the names to az exactly as written', () => {
    expect(azProblems(az, expectedValues({ plan, options: {} }))).toEqual([]);
  });
}

describe('curly single quotes in a name (a property run found them)', () => {
  // ShellCheck takes ‘ and ’ for mistyped quotes even inside single quotes (SC1112); bash reads them
  // as the plan wrote them either way.
  azScriptKeepsNames(planNamed('c1', '‘apps’;-b'));
});

describe('a value that starts with a tilde (a property run found it)', () => {
  // ShellCheck warns that a quoted ~ does not expand (SC2088); in the export no plan value is meant to,
  // and bash passes it unexpanded.
  azScriptKeepsNames(planNamed('~//', '~/apps'));
});
