import { describe, expect, it } from 'vitest';
import { SCENARIOS, scenario } from '../../testing/scenarios.ts';
import { readPlanFile } from './read-plan-file.ts';
import { planFileStem, planFileText, planSchemaUrl } from './plan-file-format.ts';

describe('readPlanFile', () => {
  it('reads every scenario plan back exactly from its plan file, with or without $schema', () => {
    for (const s of SCENARIOS) {
      for (const text of [
        planFileText(s.plan),
        planFileText(s.plan, 'https://example.test/plan.schema.json'),
      ]) {
        const read = readPlanFile(text);
        expect(read, s.id).toEqual({ ok: true, plan: s.plan, findings: [] });
      }
    }
  });

  it('refuses what cannot be a plan, and says why', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['   \n', /empty/],
      ['{ "schemaVersion": 1, "nodePools": [', /not valid JSON \(.+\)/],
      ['not json at all', /not valid JSON/],
      ['[1, 2, 3]', /JSON but not a plan/],
      ['"a string"', /JSON but not a plan/],
      ['null', /JSON but not a plan/],
      ['{ "name": "my-package", "version": "1.0.0" }', /neither schemaVersion nor nodePools/],
    ];
    for (const [text, message] of cases) {
      const read = readPlanFile(text);
      expect(read.ok, text).toBe(false);
      if (!read.ok) expect(read.message).toMatch(message);
    }
  });

  it('loads a plan with bad values, leaving them out and naming their paths', () => {
    const read = readPlanFile(
      JSON.stringify({
        schemaVersion: 1,
        title: 'Partly broken',
        cluster: { tier: 'Gold', podCidrs: ['10.244.0.0/16'] },
        nodePools: [{ name: 'system', count: 3, maxPods: 'thirty' }],
        color: 'blue',
      }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.plan).toEqual({
      schemaVersion: 1,
      title: 'Partly broken',
      cluster: { podCidrs: ['10.244.0.0/16'] },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(read.findings.map((f) => [f.code, f.path])).toEqual([
      ['PLAN_VALUE_INVALID', 'cluster.tier'],
      ['PLAN_WRONG_TYPE', 'nodePools[0].maxPods'],
      ['PLAN_UNKNOWN_FIELD', 'color'],
    ]);
  });

  it('loads a plan missing one required field (with a finding), and one from a newer version', () => {
    const noPools = readPlanFile('{ "schemaVersion": 1, "title": "x" }');
    expect(noPools.ok && noPools.findings.map((f) => f.code)).toEqual(['PLAN_MISSING_FIELD']);
    const newer = readPlanFile('{ "schemaVersion": 2, "nodePools": [{ "count": 4 }] }');
    expect(newer.ok && newer.plan.nodePools).toEqual([{ count: 4 }]);
    expect(newer.ok && newer.findings.map((f) => f.code)).toContain('PLAN_SCHEMA_VERSION');
  });

  it('ignores a byte-order mark', () => {
    expect(readPlanFile(`\uFEFF${planFileText(scenario('kubenet').plan)}`).ok).toBe(true);
  });
});

describe('plan file format', () => {
  it('writes the document in plan-document.md order, 2-space JSON, $schema first, trailing newline', () => {
    const text = planFileText(
      { nodePools: [{ maxPods: 30, name: 'system' }], title: 'T', schemaVersion: 1 },
      'https://app.test/plan.schema.json',
    );
    expect(text).toBe(
      [
        '{',
        '  "$schema": "https://app.test/plan.schema.json",',
        '  "schemaVersion": 1,',
        '  "title": "T",',
        '  "nodePools": [',
        '    {',
        '      "name": "system",',
        '      "maxPods": 30',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(planFileText({ schemaVersion: 1, nodePools: [] })).toBe(
      '{\n  "schemaVersion": 1,\n  "nodePools": []\n}\n',
    );
  });

  it('names files after the title', () => {
    expect(planFileStem('Payments platform, West Europe')).toBe('payments-platform-west-europe');
    expect(planFileStem('Zürich – Café №1')).toBe('zurich-cafe-no1');
    expect(planFileStem('  ')).toBe('aks-plan');
    expect(planFileStem(undefined)).toBe('aks-plan');
    expect(planFileStem('x'.repeat(80))).toHaveLength(60);
  });

  it('names the schema beside the page, over http(s) only', () => {
    expect(planSchemaUrl('https://planner.example/app/index.html')).toBe(
      'https://planner.example/app/plan.schema.json',
    );
    expect(planSchemaUrl('http://localhost:4173/')).toBe('http://localhost:4173/plan.schema.json');
    expect(planSchemaUrl('file:///home/me/index.html')).toBeUndefined();
    expect(planSchemaUrl('not a url')).toBeUndefined();
  });
});
