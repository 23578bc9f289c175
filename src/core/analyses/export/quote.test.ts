import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../report/evaluate-plan.ts';
import type { PlanDocument } from '../../types.ts';
import { azCliCommands } from './az-cli.ts';
import { bicepTemplate } from './bicep.ts';
import { terraformConfig } from './terraform.ts';
import { exportText } from '../../../testing/export-text.ts';
import { prepareExport } from './export-model.ts';
import { bicepString, commentText, hclString, shellWord, uniqueIdentifier } from './quote.ts';

const scratch = mkdtempSync(join(tmpdir(), 'aks-export-'));
const marker = join(scratch, 'pwned');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Names that try every way out of a string: quotes, expansions, templates, line breaks. */
const EVIL = {
  title: `Bob's "plan" $HOME \`id\` \${var.x} %{if}\ntouch ${marker}`,
  cluster: `aks'x"$(touch ${marker})\${x}`,
  vnet: `vnet "a" 'b' $PATH`,
  resourceGroup: `rg $(touch ${marker})`,
  subnet: `snet 'n' \${x} %{y} "z"\nline`,
  pool: `p'1$x`,
} as const;

const evilPlan: PlanDocument = {
  schemaVersion: 1,
  title: EVIL.title,
  cluster: { name: EVIL.cluster, networkPlugin: 'overlay', kubernetesVersion: '1.33' },
  vnet: {
    name: EVIL.vnet,
    resourceGroup: EVIL.resourceGroup,
    addressSpace: ['10.0.0.0/16'],
    subnets: [{ name: EVIL.subnet, addressPrefixes: ['10.0.0.0/22'] }],
  },
  nodePools: [
    { name: 'system', mode: 'System', count: 3 },
    { name: EVIL.pool, mode: 'User', count: 2, subnet: EVIL.subnet },
  ],
};

/**
 * Scans quoted string literals (`quote` is ' or ") honouring backslash escapes and returns them
 * undecoded; throws on a line break inside a literal or an unterminated one. Comment lines are skipped.
 */
function stringLiterals(text: string, quote: string, comment: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trimStart().startsWith(comment)) continue;
    let i = 0;
    while (i < line.length) {
      if (line[i] !== quote) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < line.length && line[j] !== quote) j += line[j] === '\\' ? 2 : 1;
      if (j >= line.length) throw new Error(`unterminated string in: ${line}`);
      found.push(line.slice(i + 1, j));
      i = j + 1;
    }
  }
  return found;
}

describe('quote helpers (doc examples)', () => {
  it('quotes for the shell, Bicep and HCL', () => {
    expect(shellWord("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(shellWord('10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(shellWord('')).toBe(`''`);
    expect(shellWord('a\nb')).toBe(`$'a\\x0ab'`);
    // ‘ is E2 80 98 in UTF-8.
    expect(shellWord('‘a’')).toBe(`$'\\xe2\\x80\\x98a\\xe2\\x80\\x99'`);
    expect(bicepString("it's ${x}")).toBe(`'it\\'s \\\${x}'`);
    expect(bicepString('a\\b\nc')).toBe(`'a\\\\b\\nc'`);
    expect(hclString('say "hi" ${x} %{y}')).toBe(`"say \\"hi\\" $\${x} %%{y}"`);
    expect(commentText('a\nb\r\n\tc')).toBe('a b c');
  });

  it('makes unique identifiers', () => {
    const taken = new Set<string>();
    expect(uniqueIdentifier('snet-aks-nodes', taken, 'lower')).toBe('snet_aks_nodes');
    expect(uniqueIdentifier('snet_aks.nodes', taken, 'lower')).toBe('snet_aks_nodes_2');
    expect(uniqueIdentifier('1st', taken, 'upper')).toBe('S_1ST');
    expect(uniqueIdentifier('---', taken, 'upper')).toBe('SUBNET');
  });

  it('resolves defaults the plan leaves out from the report', () => {
    const plan: PlanDocument = { schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] };
    const model = prepareExport(evaluate(plan)).model;
    expect(model?.pools[0]).toMatchObject({ maxPods: 250, maxSurge: '10%', mode: 'System', osType: 'Linux' });
    expect(model?.podCidrs).toEqual(['10.244.0.0/16']);
    expect(model?.serviceCidrs).toEqual(['10.0.0.0/16']);
    expect(model?.dnsServiceIp).toBe('10.0.0.10');
    expect(model).toMatchObject({ networkPlugin: 'azure', networkPluginMode: 'overlay', dataplane: 'azure' });
    expect(model?.vnet).toBeNull();
  });

  it('puts the first System pool first, wherever the plan lists it', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      nodePools: [
        { name: 'apps', mode: 'User', count: 2 },
        { name: 'sys', mode: 'System', count: 3 },
      ],
    };
    expect(prepareExport(evaluate(plan)).model?.pools.map((p) => p.name)).toEqual(['sys', 'apps']);
    expect(exportText(terraformConfig(evaluate(plan)))).toContain(
      'default_node_pool {\n    name                 = "sys"',
    );
  });
});

describe('exported code keeps hostile names inside their strings', () => {
  const evaluation = evaluate(evilPlan);

  it('az: bash runs the script with every name arriving exactly as written, and nothing else runs', () => {
    const script = exportText(azCliCommands(evaluation));
    const bash = spawnSync('bash', ['--version']);
    if (bash.error !== undefined) return; // no bash on this machine: the other formats still run
    // A stub az prints each argument, NUL-terminated, and ends each command with a record separator;
    // `az network vnet subnet show` answers with an ID.
    const stub = `az() { if [ "$2" = show ] || [ "$4" = show ]; then echo "/subscriptions/0/subnet"; return; fi; printf '%s\\0' "$@"; printf '\\036'; }\n`;
    const run = spawnSync('bash', ['-c', stub + script.replace('#!/usr/bin/env bash\n', '')], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const commands = run.stdout
      .split('\u001e')
      .filter((c) => c !== '')
      .map((c) => c.split('\0').slice(0, -1));
    const valueAfter = (args: string[], flagName: string): string | undefined =>
      args[args.indexOf(flagName) + 1];
    const create = commands.find((c) => c[0] === 'aks' && c[1] === 'create');
    expect(create && valueAfter(create, '--name')).toBe(EVIL.cluster);
    const subnetCreate = commands.find((c) => c.slice(0, 4).join(' ') === 'network vnet subnet create');
    expect(subnetCreate && valueAfter(subnetCreate, '--name')).toBe(EVIL.subnet);
    expect(subnetCreate && valueAfter(subnetCreate, '--vnet-name')).toBe(EVIL.vnet);
    expect(subnetCreate && valueAfter(subnetCreate, '--resource-group')).toBe(EVIL.resourceGroup);
    const add = commands.find((c) => c[0] === 'aks' && c[1] === 'nodepool' && c[2] === 'add');
    expect(add && valueAfter(add, '--name')).toBe(EVIL.pool);
    expect(add && valueAfter(add, '--cluster-name')).toBe(EVIL.cluster);
  });

  it('az, Bicep and Terraform: the title stays one comment line', () => {
    const flat = commentText(EVIL.title);
    expect(exportText(azCliCommands(evaluation)).split('\n')[2]).toBe(`# ${flat}`);
    expect(exportText(bicepTemplate(evaluation)).split('\n')[0]).toBe(`// ${flat}`);
    expect(exportText(terraformConfig(evaluation)).split('\n')[0]).toBe(`# ${flat}`);
  });

  it('Bicep: every string literal is closed on its line, with quotes, ${ and line breaks escaped', () => {
    const template = exportText(bicepTemplate(evaluation));
    const literals = stringLiterals(template, "'", '//');
    expect(literals).toContain(bicepString(EVIL.cluster).slice(1, -1));
    expect(literals).toContain(bicepString(EVIL.subnet).slice(1, -1));
    expect(bicepString(EVIL.subnet)).toBe(`'snet \\'n\\' \\\${x} %{y} "z"\\nline'`);
    // The subnet is referenced by a symbol, its name a plain literal.
    expect(template).toContain(`  name: 'snet \\'n\\' \\\${x} %{y} "z"\\nline'\n`);
  });

  it('Terraform: every string literal is closed on its line, with quotes and templates escaped', () => {
    const config = exportText(terraformConfig(evaluation));
    const literals = stringLiterals(config, '"', '#');
    expect(literals).toContain(hclString(EVIL.cluster).slice(1, -1));
    expect(literals).toContain(hclString(EVIL.subnet).slice(1, -1));
    expect(hclString(EVIL.subnet)).toBe(`"snet 'n' $\${x} %%{y} \\"z\\"\\nline"`);
    for (const literal of literals) expect(literal).not.toMatch(/(?<![$%])[$%]\{/);
    expect(config).toContain('resource "azurerm_subnet" "snet_n_x_y_z_line"');
    expect(config).toContain('resource "azurerm_kubernetes_cluster_node_pool" "p_1_x"');
  });
});
