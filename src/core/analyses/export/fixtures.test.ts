import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../report/evaluate-plan.ts';
import { scenario } from '../../../testing/scenarios.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';
import { exportText } from '../../../testing/export-text.ts';

/**
 * The generated code for three worked scenarios, compared with committed files that were reviewed
 * line by line. After an intended change, regenerate them with
 * `UPDATE_EXPORT_FIXTURES=1 npx vitest run src/core/analyses/export/fixtures.test.ts` and review the diff.
 */
const FORMATS = [
  { ext: 'az.sh', generate: azCliCommands },
  { ext: 'bicep', generate: bicepTemplate },
  { ext: 'tf', generate: terraformConfig },
] as const;

describe.each(['production-autoscale', 'dual-stack', 'kubenet'])('export fixtures: %s', (id) => {
  const plan = scenario(id).plan;
  const evaluation = evaluate(plan);
  it.each(FORMATS)('$ext matches the reviewed fixture', ({ ext, generate }) => {
    const url = new URL(`./fixtures/${id}.${ext}`, import.meta.url);
    const text = exportText(generate(evaluation));
    if (process.env['UPDATE_EXPORT_FIXTURES'] === '1') writeFileSync(url, text);
    expect(text).toBe(readFileSync(url, 'utf8'));
  });
});
