/**
 * Guard against a rule silently dropped: every rule code of the catalog (the project's copy of
 * aks-rules.md §4, src/core/rules/catalog) must occur in a `findings.add('CODE', …)` call of the core's
 * source, with the catalog's severity; and docs/finding-codes.md, the catalog and the codes the core can
 * emit must list the same codes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODE_GROUPS, FINDING_CODES, RULE_CODES } from './rules/catalog/finding-codes.ts';

/** §4 as the catalog holds it: code → severity as the core spells it. */
const RULEBOOK_CODES = Object.fromEntries(
  Object.entries(RULE_CODES).map(([code, entry]) => [code, entry.severity]),
);

const coreDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `findings.add('CODE', SEVERITY` call in the core: code → the severity expressions used. */
function addCalls(): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  const pattern = /findings\.add\(\s*'([A-Z0-9_]+)',\s*([^,]+),/g;
  for (const file of sourceFiles(coreDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const [, code = '', severity = ''] = match;
      calls.set(code, [...(calls.get(code) ?? []), severity.trim()]);
    }
  }
  return calls;
}

describe('aks-rules.md §4 finding codes in the core source', () => {
  const calls = addCalls();

  it('the catalog holds the 115 codes of §4 (revision 2026-12-06; INTERNAL_ERROR is checked below)', () => {
    expect(Object.keys(RULEBOOK_CODES)).toHaveLength(115);
  });

  it.each(Object.entries(RULEBOOK_CODES))('%s is raised by a findings.add call, as %s', (code, severity) => {
    const used = calls.get(code);
    expect(used, `no findings.add('${code}', …) in src/core`).toBeDefined();
    if (severity === 'error or warning') {
      // Chosen per field (R1): the call computes it.
      expect(used?.some((s) => s.includes("'error'") && s.includes("'warning'"))).toBe(true);
    } else {
      for (const s of used ?? []) expect(s).toBe(`'${severity}'`);
    }
  });
});

/** Every code the core can emit: findings.add calls, PLAN_/SHARE_/PROPOSAL_/EXPORT_ literals, the import codes, INTERNAL_ERROR. */
function emittedCodes(): Set<string> {
  const codes = new Set(addCalls().keys());
  for (const file of sourceFiles(coreDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /'((?:PLAN|SHARE|AZURE_IMPORT|PROPOSAL|EXPORT)_[A-Z_]+|INTERNAL_ERROR)'/g,
    ))
      codes.add(match[1] ?? '');
  }
  return codes;
}

/** The app form's codes: raised outside the core, by the draft reader in src/state. */
const FORM_CODES = CODE_GROUPS.find((group) => group.id === 'form')?.codes ?? {};

/** The codes docs/finding-codes.md lists: the first cell of each table row ("A / B" cells split). */
function documentedCodes(): Set<string> {
  const text = readFileSync(join(coreDir, '../../docs/finding-codes.md'), 'utf8');
  const codes = new Set<string>();
  for (const match of text.matchAll(/^\|\s*([A-Z][A-Z0-9_]+(?:\s*\/\s*[A-Z][A-Z0-9_]+)*)\s*\|/gm))
    for (const code of (match[1] ?? '').split('/')) codes.add(code.trim());
  return codes;
}

describe('docs/finding-codes.md and the catalog list exactly the codes the core (and the form) can emit', () => {
  const emitted = emittedCodes();
  const formSource = readFileSync(join(coreDir, '../state/plan-draft.ts'), 'utf8');
  for (const code of Object.keys(FORM_CODES)) if (formSource.includes(`'${code}'`)) emitted.add(code);
  const documented = documentedCodes();
  it('every emitted code is documented', () => {
    expect([...emitted].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });
  it('every documented code is emitted', () => {
    expect([...documented].filter((c) => !emitted.has(c)).sort()).toEqual([]);
  });
  it('every §4 code is documented', () => {
    expect(Object.keys(RULEBOOK_CODES).filter((c) => !documented.has(c))).toEqual([]);
    expect(documented.has('INTERNAL_ERROR')).toBe(true);
  });
  it('the catalog holds exactly the documented codes', () => {
    expect(Object.keys(FINDING_CODES).sort()).toEqual([...documented].sort());
  });
});
