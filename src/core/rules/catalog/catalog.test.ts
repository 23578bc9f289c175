/**
 * The rule catalog: complete (R1–R70, each once), consistent (every code names known rules), the doc
 * examples of its functions, and the generated docs in step with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedRuleDocs } from '../../../../scripts/rule-docs.ts';
import { AZURE_IMPORT_CODES } from '../../import/import-finding.ts';
import { ruleCatalog, RULE_SECTIONS } from './catalog.ts';
import { codesOfRule, FINDING_CODES, RULE_CODES } from './finding-codes.ts';
import { renderFindingCodesDoc, renderRulesDoc } from './render-docs.ts';
import { ruleSource, RULE_SOURCE, SOURCES } from './sources.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const ALL_RULES = Array.from({ length: 70 }, (_, i) => `R${i + 1}`);

describe('doc-comment examples', () => {
  it('ruleSource', () => {
    expect(ruleSource('R4')?.title).toBe('Azure Virtual Network FAQ');
  });
  it('codesOfRule', () => {
    expect(codesOfRule('R44')).toEqual([
      'DNS_IP_NOT_IPV4',
      'DNS_IP_OUTSIDE_SERVICE_CIDR',
      'DNS_IP_IS_NETWORK_ADDRESS',
      'DNS_IP_IS_BROADCAST',
      'DNS_IP_IS_KUBERNETES_DEFAULT',
      'DNS_IP_NOT_DOT10',
    ]);
  });
  it('ruleCatalog', () => {
    expect(ruleCatalog().find((rule) => rule.id === 'R4')?.statement).toBe(
      "A subnet's usable addresses are its size minus the 5 Azure reserves: 2^(32 − prefix) − 5, so a /29 has 3, a /24 has 251 and a /16 has 65,531.",
    );
  });
  it('renderFindingCodesDoc and renderRulesDoc', () => {
    expect(renderFindingCodesDoc().includes('| CIDR_INVALID | error | R1, R2 |')).toBe(true);
    expect(renderRulesDoc().includes('### R36. Surge node count')).toBe(true);
  });
  it('AZURE_IMPORT_CODES keeps its shape: code → severity', () => {
    expect(AZURE_IMPORT_CODES.AZURE_IMPORT_NOT_JSON).toBe('error');
    expect(Object.keys(AZURE_IMPORT_CODES)).toHaveLength(13);
    expect(AZURE_IMPORT_CODES.AZURE_IMPORT_MISSING).toBe('warning or info');
  });
});

describe('the catalog', () => {
  const rules = ruleCatalog();

  it('holds R1–R70, each once, in the sections of the rulebook', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ALL_RULES].sort());
    expect(RULE_SECTIONS.map((section) => section.letter).join('')).toBe('ABCDEFGHIJKLNOPQR');
    expect(Object.keys(RULE_SOURCE).sort()).toEqual([...ALL_RULES].sort());
  });

  it.each(ALL_RULES)('%s has a title, a statement of one to three sentences and an https source', (id) => {
    const rule = rules.find((r) => r.id === id);
    expect(rule?.title).toMatch(/^\S.{3,70}$/);
    expect(rule?.statement.length).toBeGreaterThan(40);
    expect(rule?.statement.length).toBeLessThan(450);
    expect(rule?.statement).toMatch(/[.)]$/);
    expect(rule?.source.url).toMatch(/^https:\/\/(learn\.microsoft\.com\/azure\/|kubernetes\.io\/)/);
    expect(rule?.source.title).not.toBe('');
  });

  it('every rule code names rules R1–R70 or decisions D1–D23, and its rules list it back', () => {
    for (const [code, entry] of Object.entries(RULE_CODES)) {
      expect(entry.rules.length, code).toBeGreaterThan(0);
      for (const ref of entry.rules) {
        expect(ref, code).toMatch(/^(R([1-9]|[1-6][0-9]|70)|D([1-9]|1[0-9]|2[0-3]))$/);
        if (ref.startsWith('R')) expect(rules.find((r) => r.id === ref)?.codes, ref).toContain(code);
      }
    }
  });

  it('every code has a when of its own', () => {
    const whens = Object.values(FINDING_CODES).map((entry) => entry.when);
    expect(new Set(whens).size).toBe(whens.length);
  });

  it('the "how?" links: a rule number gives its page; anything else none', () => {
    expect(ruleSource('R13')).toEqual(SOURCES.planning);
    expect(ruleSource('R40')?.url).toBe(
      'https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/',
    );
    for (const other of [undefined, 'plan', 'share', 'D18', 'R71', 'R0', 'toString', '__proto__'])
      expect(ruleSource(other), String(other)).toBeNull();
  });
});

describe('generated docs', () => {
  it('docs/finding-codes.md and docs/rules.md are what `npm run docs` writes from the catalog', async () => {
    for (const { file, text } of await generatedRuleDocs(ROOT))
      expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is out of step: run npm run docs`).toBe(
        text,
      );
  });
});
