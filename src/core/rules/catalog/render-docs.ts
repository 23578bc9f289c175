/**
 * docs/finding-codes.md and docs/rules.md as markdown text, written from the catalog. `npm run docs`
 * (scripts/generate-rule-docs.ts) formats them with prettier and writes them; a unit test regenerates
 * them in memory and fails when the committed pages and the catalog are out of step.
 */
import type { CodeEntry } from './catalog-types.ts';
import { ruleCatalog, RULE_SECTIONS } from './catalog.ts';
import { CODE_GROUPS, type CodeGroup } from './finding-codes.ts';

const GENERATED =
  '<!-- Generated from src/core/rules/catalog by `npm run docs`: edit the catalog, not this page. -->';

/** Each group's heading and the words above its table; `rules` says whether the table has a Rule column. */
const GROUP_TEXT: Record<CodeGroup['id'], { heading: string; intro: string; rules: boolean }> = {
  plan: { heading: 'Plan document (parsePlanDocument)', intro: 'Rule `plan`.', rules: false },
  share: {
    heading: 'Share links (decodePlan)',
    intro: 'Rule `share`; the `path` is the link parameter (`pool[2].maxPods`). Details: `share-links.md`.',
    rules: false,
  },
  rule: {
    heading: 'Rule codes (evaluatePlan, aks-rules.md §4, revision 2026-12-06)',
    intro: [
      'Severity as the rulebook gives it; the rules are described in [rules.md](rules.md). Size findings (R70)',
      'carry `advisedPrefix`, the one prefix length their advice names: it holds the during-upgrade need as well',
      'as the at-rest one, or, when no allowed prefix can, the at-rest need (the message then says to lower',
      'maxSurge or plan fewer nodes).',
    ].join('\n'),
    rules: true,
  },
  internal: {
    heading: 'Planner bugs (every entry point)',
    intro: 'Caught at the boundary of evaluatePlan, never expected.',
    rules: false,
  },
  proposal: {
    heading: 'Proposals (proposePlan)',
    intro: [
      "`proposePlan` returns findings only when it can't lay out a valid plan; each says why and what to",
      'change. With no findings, the proposed plan evaluates with no error and no size or overlap warning.',
    ].join('\n'),
    rules: true,
  },
  export: {
    heading: 'Infrastructure code (azCliCommands, bicepTemplate, terraformConfig)',
    intro: [
      'Rule `export`. An exporter writes code only for a plan it can write faithfully in every format; otherwise',
      'it returns these findings instead of code, the same in all three formats, and the export panel shows them.',
    ].join('\n'),
    rules: false,
  },
  import: {
    heading: 'Import from Azure (importAzureJson)',
    intro: [
      'Rule `import`. Paths are JSON paths into the pasted input, rooted at the command:',
      '`aksShow.agentPoolProfiles[2].upgradeSettings.maxSurge`. The severities are also `AZURE_IMPORT_CODES`.',
    ].join('\n'),
    rules: false,
  },
  form: {
    heading: 'Form fields (the app, not the core)',
    intro: [
      "The planner's form reports these beside the core's findings (`src/state/plan-draft.ts`): the field",
      'keeps what was typed, and the plan uses the default until the field reads.',
    ].join('\n'),
    rules: false,
  },
};

const REUSED = [
  '## Where the planner reuses a §4 code more widely',
  '',
  '- `OVERLAPS_CONNECTED_NETWORK` is also raised for the VNet address space itself (peered and',
  '  connected networks must not overlap the VNet), with rule R8.',
  '- `KUBENET_SUBNET_SHARED` is raised when a kubenet node subnet has `sharedByClusters` > 1: a plan',
  '  describes one cluster, and that field is how it says others use the subnet.',
  '- The pod-CIDR overlap checks also run on `podCidrExpansion` (the expanded range must be as clear',
  '  as the current one).',
].join('\n');

const cell = (text: string): string => text.replaceAll('|', '\\|');

function codeTable(group: CodeGroup): string {
  const { rules } = GROUP_TEXT[group.id];
  const rows = (Object.entries(group.codes) as Array<[string, CodeEntry]>).map(([code, entry]) =>
    rules
      ? `| ${code} | ${entry.severity} | ${entry.rules.join(', ') || '—'} | ${cell(entry.when)} |`
      : `| ${code} | ${entry.severity} | ${cell(entry.when)} |`,
  );
  const head = rules
    ? ['| Code | Severity | Rule | When |', '| --- | --- | --- | --- |']
    : ['| Code | Severity | When |', '| --- | --- | --- |'];
  return [...head, ...rows].join('\n');
}

/**
 * docs/finding-codes.md before formatting: every code of the catalog, by group, with severity and when.
 *
 * @example renderFindingCodesDoc().includes('| CIDR_INVALID | error | R1, R2 |') // true
 */
export function renderFindingCodesDoc(): string {
  const intro = [
    '# Finding codes',
    '',
    GENERATED,
    '',
    'Every finding the core emits has a `code`, a `severity`, a `message` (the rule, the values, what to',
    'change), usually a `path` (the field, e.g. `nodePools[1].maxPods`) and a `rule` (the rule number in',
    'the rulebook, described in [rules.md](rules.md), or `plan`, `share`, `export`, `import` for the codes',
    "that aren't rule codes).",
    '',
    'This page is generated from the rule catalog (`src/core/rules/catalog/`), where `FindingCode`, the',
    'typed union of every code, comes from. Unit tests keep this page, the catalog and the codes the core',
    "can emit identical. Codes are stable: tests and people's automation rely on them.",
    '',
    'A report lists at most 100 findings of one code (`MAX_FINDINGS_PER_CODE`); when a plan has more (a',
    'link with 10,000 pools of the same name), one more finding of that code, without a `path`, says how',
    'many were not listed. An overlap finding names at most 3 of the ranges it overlaps and counts the rest',
    'in its message.',
  ].join('\n');
  const sections = CODE_GROUPS.flatMap((group) => {
    const text = GROUP_TEXT[group.id];
    const section = `## ${text.heading}\n\n${text.intro}\n\n${codeTable(group)}`;
    return group.id === 'internal' ? [section, REUSED] : [section];
  });
  return `${[intro, ...sections].join('\n\n')}\n`;
}

/**
 * docs/rules.md before formatting: per rule its number, title, statement, source link and codes.
 *
 * @example renderRulesDoc().includes('### R36. Surge node count') // true
 */
export function renderRulesDoc(): string {
  const rules = ruleCatalog();
  const intro = [
    '# Rules',
    '',
    GENERATED,
    '',
    'The rules the planner checks, R1–R70, in the order and sections of the design rulebook (`aks-rules.md`,',
    'which quotes each source). Rule numbers never change, so findings, code comments and tests keep',
    'pointing at the same rule. Each rule says what it checks in a few sentences, links the page it comes',
    'from and lists the finding codes it raises ([finding-codes.md](finding-codes.md) says when each is raised).',
    'Section M of the rulebook is an overlap matrix that sums up R18, R43, R45 and R56.',
  ].join('\n');
  const sections = RULE_SECTIONS.map((section) => {
    const body = rules
      .filter((rule) => rule.section.letter === section.letter)
      .map((rule) => {
        const codes = rule.codes.length === 0 ? 'none' : rule.codes.map((code) => `\`${code}\``).join(', ');
        return [
          `### ${rule.id}. ${rule.title}`,
          '',
          rule.statement.replace(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g, (code) => `\`${code}\``),
          '',
          `Source: [${rule.source.title}](${rule.source.url}). Codes: ${codes}.`,
        ].join('\n');
      });
    return [`## ${section.letter}. ${section.title}`, ...body].join('\n\n');
  });
  return `${[intro, ...sections].join('\n\n')}\n`;
}
