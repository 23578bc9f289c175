// Shared by the proofs that the project's lint rules work (check-core-purity-rule.mjs,
// check-architecture-rules.mjs): lint code as if it were a given file of this repository, with the real
// eslint.config.js, and collect every way the rules did not do what they should.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `rules`: the rule ids under proof. `eslintOptions`: e.g. `{ ignore: false }` to lint files in lint-fixtures/. */
export function lintProof(rules, eslintOptions = {}) {
  const eslint = new ESLint({ cwd: root, ...eslintOptions });
  const failures = [];

  async function lint(code, asPath) {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, asPath), warnIgnored: true });
    if (!result) throw new Error(`ESLint returned no result for ${asPath}`);
    const fatal = result.messages.filter((m) => m.fatal);
    if (fatal.length > 0) throw new Error(`${asPath}: ${fatal.map((m) => m.message).join('; ')}`);
    return result.messages;
  }

  /** The errors that the rules under proof report. */
  async function errors(code, asPath) {
    return (await lint(code, asPath)).filter((m) => rules.has(m.ruleId ?? '') && m.severity === 2);
  }

  /**
   * Lines marked `// expect: RULE` must be reported by RULE; no other line may be reported by a rule under
   * proof. Returns the messages, and the number of marked lines.
   */
  async function checkMarked(code, asPath) {
    const expected = new Map();
    code.split('\n').forEach((line, index) => {
      const match = /\/\/ expect: ([\w/-]+)\s*$/.exec(line);
      if (match) expected.set(index + 1, match[1]);
    });
    if (expected.size === 0) failures.push(`${asPath}: no "// expect:" markers found`);
    const messages = (await lint(code, asPath)).filter((m) => rules.has(m.ruleId ?? ''));
    for (const [line, ruleId] of expected) {
      if (!messages.some((m) => m.line === line && m.ruleId === ruleId && m.severity === 2)) {
        failures.push(`${asPath}:${line}: expected an error from ${ruleId}, got none`);
      }
    }
    for (const m of messages) {
      if (expected.get(m.line) !== m.ruleId)
        failures.push(`${asPath}:${m.line}: unexpected ${m.ruleId}: ${m.message}`);
    }
    return { messages, marked: expected.size };
  }

  /** Code that must produce no lint message of any kind. */
  async function checkClean(code, asPath, label = JSON.stringify(code.split('\n')[0])) {
    for (const m of await lint(code, asPath)) {
      failures.push(`${label} as ${asPath}:${m.line}: unexpected ${m.ruleId}: ${m.message}`);
    }
  }

  /** Code that must fail with an error from a rule under proof (from one of `only`, when given). Returns the errors. */
  async function checkFails(code, asPath, only = null) {
    const found = await errors(code, asPath);
    if (found.length === 0) failures.push(`should fail as ${asPath} but passed:\n    ${code.trim()}`);
    const other = only === null ? [] : found.filter((m) => !only.has(m.ruleId ?? ''));
    for (const m of other)
      failures.push(`${asPath}: expected only ${[...only].join(', ')}, got ${m.ruleId}: ${m.message}`);
    return found;
  }

  /** Prints the failures and exits 1, or prints the summary. */
  function finish(title, summary) {
    if (failures.length > 0) {
      console.error(`${title} FAILED (${failures.length}):`);
      for (const f of failures) console.error(`  - ${f}`);
      process.exit(1);
    }
    console.log(`${title} passed: ${summary}`);
  }

  return { lint, errors, checkMarked, checkClean, checkFails, finish, failures };
}
