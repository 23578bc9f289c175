import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { evaluatePlan } from '../core/index.ts';
import type { HostileCase } from './hostile-plan.ts';

/**
 * Checks that exported code runs what the plan says and nothing else, whatever its strings hold:
 * bash parses and runs the az script with a fake `az` that records its argv, shellcheck finds
 * nothing, HashiCorp's HCL parser reads the Terraform with every plan value a literal string, and a
 * small Bicep lexer reads every Bicep string by Bicep's escape rules. Used by the property test
 * (npm test) and by `npm run fuzz`. Each check returns its problems; empty means it holds.
 */

/** Characters that must never appear raw anywhere in an export (a line break is only `\n`). */
const RAW_UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function rawUnsafeProblems(text: string, format: string): string[] {
  const match = RAW_UNSAFE.exec(text);
  return match === null
    ? []
    : [`${format}: raw U+${(match[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at ${match.index}`];
}

/** What each format must write, by value, for a hostile case. */
export interface ExpectedValues {
  /** az: flag → values that must each follow that flag in some command, byte for byte. */
  azFlags: [string, string][];
  /** Terraform: values that must each be some literal string of the configuration. */
  terraform: string[];
  /** Bicep: values that must each be some string literal of the file. */
  bicep: string[];
  /** Resource (and data source) counts by type each format must declare, and no other. */
  terraformBlocks: Record<string, number>;
  bicepResources: Record<string, number>;
}

/** The values and resources the plan of a hostile case asks for (independent of the exporters). */
export function expectedValues({ plan, options }: HostileCase): ExpectedValues {
  const c = plan.cluster ?? {};
  const pools = plan.nodePools;
  // The surge the planner evaluated: an unreadable maxSurge is reported, and its default exported.
  const surges = evaluatePlan(plan).nodePools.flatMap((p, i) =>
    plan.nodePools[i]?.maxSurge === undefined ? [] : [p.maxSurge],
  );
  const common = [
    c.name ?? '',
    c.kubernetesVersion ?? '',
    ...(c.serviceCidrs ?? []),
    c.dnsServiceIp ?? '',
    ...(c.podCidrs ?? []),
    ...pools.map((p) => p.name ?? ''),
    ...surges,
  ];
  const azFlags: [string, string][] = [
    ['--name', c.name ?? ''],
    ['--kubernetes-version', c.kubernetesVersion ?? ''],
    ['--service-cidr', c.serviceCidrs?.[0] ?? ''],
    ['--dns-service-ip', c.dnsServiceIp ?? ''],
    ...(c.podCidrs ?? []).map((p): [string, string] => ['--pod-cidr', p]),
    ['--nodepool-name', pools[0]?.name ?? ''],
    ...pools.slice(1).map((p): [string, string] => ['--name', p.name ?? '']),
    ...surges.map((s): [string, string] => ['--max-surge', s]),
  ];
  const terraformBlocks: Record<string, number> = {
    'resource.azurerm_kubernetes_cluster': 1,
    'resource.azurerm_kubernetes_cluster_node_pool': pools.length - 1,
  };
  const bicepResources: Record<string, number> = { 'Microsoft.ContainerService/managedClusters': 1 };
  const result: ExpectedValues = {
    azFlags,
    terraform: [...common],
    bicep: [...common],
    terraformBlocks,
    bicepResources,
  };
  const vnet = plan.vnet;
  if (vnet === undefined) return result;
  const subnets = vnet.subnets ?? [];
  const podSubnets = c.networkPlugin === 'azurePodSubnet';
  const used = subnets.filter(
    (s) => s.purpose === 'nodes' || s.purpose === 'apiServer' || (podSubnets && s.purpose === 'pods'),
  );
  const existing = options.existingVnet === true;
  const vnetName = vnet.name ?? '';
  const vnetGroup = vnet.resourceGroup ?? '';
  result.terraform.push(vnetGroup);
  result.bicep.push(vnetName);
  azFlags.push(['--resource-group', vnetGroup], ['--vnet-name', vnetName]);
  terraformBlocks['resource.azurerm_user_assigned_identity'] = 1;
  terraformBlocks['resource.azurerm_role_assignment'] = used.length;
  bicepResources['Microsoft.ManagedIdentity/userAssignedIdentities'] = 1;
  bicepResources['Microsoft.Authorization/roleAssignments'] = used.length;
  bicepResources['Microsoft.Network/virtualNetworks'] = 1;
  bicepResources['Microsoft.Network/virtualNetworks/subnets'] = used.length;
  if (existing) {
    for (const s of used) {
      result.bicep.push(s.name);
      if (s.id !== undefined) {
        result.terraform.push(s.id);
        azFlags.push(['--scope', s.id]);
      } else {
        result.terraform.push(s.name);
        azFlags.push(['--name', s.name]);
      }
    }
    const lookups = used.filter((s) => s.id === undefined).length;
    if (lookups > 0) {
      terraformBlocks['data.azurerm_subnet'] = lookups;
      result.terraform.push(vnetName);
    }
    return result;
  }
  const routed = c.outboundType === 'userDefinedRouting' ? 1 : 0;
  const values = [
    vnetName,
    ...(vnet.addressSpace ?? []),
    ...subnets.flatMap((s) => [
      s.name,
      ...s.addressPrefixes,
      ...(s.delegatedTo === undefined ? [] : [s.delegatedTo]),
    ]),
  ];
  result.terraform.push(...values);
  result.bicep.push(...values);
  azFlags.push(
    ...subnets.map((s): [string, string] => ['--name', s.name]),
    ...subnets.flatMap((s) => s.addressPrefixes.map((p): [string, string] => ['--address-prefixes', p])),
    ...(vnet.addressSpace ?? []).map((p): [string, string] => ['--address-prefixes', p]),
    ...subnets.flatMap((s): [string, string][] =>
      s.delegatedTo === undefined ? [] : [['--delegations', s.delegatedTo]],
    ),
  );
  terraformBlocks['resource.azurerm_virtual_network'] = 1;
  terraformBlocks['resource.azurerm_subnet'] = subnets.length;
  if (routed > 0) {
    terraformBlocks['resource.azurerm_route_table'] = 1;
    terraformBlocks['resource.azurerm_subnet_route_table_association'] = 1;
    bicepResources['Microsoft.Network/routeTables'] = 1;
  }
  return result;
}

/** Runs a script in a scratch directory; az is a fake that records argv, nothing else is on PATH. */
export function runAzScript(script: string): {
  status: number | null;
  stderr: string;
  commands: string[][];
  pwned: boolean;
  syntaxOk: boolean;
} {
  const dir = mkdtempSync(join(tmpdir(), 'aks-az-'));
  try {
    const bin = join(dir, 'bin');
    const log = join(dir, 'argv.log');
    spawnSync('mkdir', [bin]);
    // Only builtins: any other command the script tried would be "command not found".
    writeFileSync(
      join(bin, 'az'),
      `#!/bin/bash\nfor a in "$@"; do printf '%s\\0' "$a" >> '${log}'; done\nprintf '\\036' >> '${log}'\nfor a in "$@"; do if [ "$a" = show ]; then printf '/subscriptions/0/fake/%s\\n' "$#"; fi; done\n`,
    );
    chmodSync(join(bin, 'az'), 0o755);
    const file = join(dir, 'export.sh');
    writeFileSync(file, script);
    const syntax = spawnSync('/bin/bash', ['-n', file], { encoding: 'utf8' });
    const run = spawnSync('/bin/bash', [file], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: bin, FIREWALL_PRIVATE_IP: '10.0.0.4', HOME: dir },
    });
    const text = existsSync(log) ? readFileSync(log, 'utf8') : '';
    const commands = text
      .split('\u001e')
      .filter((c) => c !== '')
      .map((c) => c.split('\0').slice(0, -1));
    return {
      status: run.status,
      stderr: run.stderr,
      commands,
      pwned: existsSync(join(dir, 'PWNED')),
      syntaxOk: syntax.status === 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Problems of the az script: bash -n, a clean run, nothing but az run, every value received. */
export function azProblems(script: string, expected: ExpectedValues): string[] {
  const run = runAzScript(script);
  const problems: string[] = [];
  if (!run.syntaxOk) problems.push('bash -n rejects the script');
  if (run.status !== 0 || run.stderr !== '')
    problems.push(`bash exit ${run.status}: ${run.stderr.slice(0, 300)}`);
  if (run.pwned) problems.push('a hostile value ran a command');
  const groups = new Set(['aks', 'network', 'identity', 'role']);
  for (const c of run.commands) if (!groups.has(c[0] ?? '')) problems.push(`unexpected az ${c[0]}`);
  for (const [flag, value] of expected.azFlags) {
    const found = run.commands.some((c) => c.some((arg, i) => arg === flag && c[i + 1] === value));
    if (!found) problems.push(`az never received ${flag} ${JSON.stringify(value)}`);
  }
  return problems;
}

let shellcheckState: 'unknown' | 'present' | 'missing' = 'unknown';

/** True when the shellcheck binary runs here (scripts/ensure-shellcheck.sh installs it). */
export function shellcheckAvailable(): boolean {
  if (shellcheckState === 'unknown') {
    shellcheckState = spawnSync('shellcheck', ['--version']).status === 0 ? 'present' : 'missing';
  }
  return shellcheckState === 'present';
}

/** shellcheck's complaints about the script (all severities), empty when clean. */
export function shellcheckProblems(script: string): string[] {
  const run = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], {
    input: script,
    encoding: 'utf8',
  });
  return run.status === 0 ? [] : [`shellcheck: ${run.stdout.slice(0, 600)}${run.stderr.slice(0, 200)}`];
}

/** A literal as Terraform's JSON form writes it (hcl2json re-escapes `${` and `%{`). */
const jsonLiteral = (value: string): string =>
  value.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');

function leaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) leaves(v, out);
  return out;
}

/** Problems of the Terraform: HCL parse, template sequences only as plain references, values, blocks. */
export async function terraformProblems(text: string, expected: ExpectedValues): Promise<string[]> {
  let json: Record<string, unknown>;
  try {
    json = await parseHcl('main.tf', text);
  } catch (error) {
    return [`HCL parser: ${String(error).slice(0, 300)}`];
  }
  const problems: string[] = [];
  const strings = leaves(json, []);
  for (const leaf of strings) {
    const live = leaf.replaceAll('$${', () => '_').replaceAll('%%{', () => '_');
    if (/[$%]\{/.test(live) && !/^\$\{[A-Za-z0-9_.]+\}$/.test(leaf)) {
      problems.push(`Terraform expression from a value: ${leaf.slice(0, 120)}`);
    }
  }
  const literals = new Set(strings);
  for (const value of expected.terraform) {
    if (!literals.has(jsonLiteral(value)))
      problems.push(`Terraform lacks the literal ${JSON.stringify(value)}`);
  }
  const counts: Record<string, number> = {};
  for (const [kind, types] of Object.entries(json)) {
    if (kind === 'variable') continue;
    if (kind !== 'resource' && kind !== 'data') {
      problems.push(`Terraform has a ${kind} block`);
      continue;
    }
    for (const [type, labels] of Object.entries(types as Record<string, Record<string, unknown>>)) {
      counts[`${kind}.${type}`] = Object.keys(labels).length;
      for (const blocks of Object.values(labels)) {
        for (const body of blocks as Record<string, unknown>[]) {
          for (const key of ['provisioner', 'connection', 'lifecycle']) {
            if (key in body) problems.push(`Terraform ${type} has a ${key} block`);
          }
        }
      }
    }
  }
  const want = Object.fromEntries(Object.entries(expected.terraformBlocks).filter(([, n]) => n > 0));
  if (JSON.stringify(sorted(counts)) !== JSON.stringify(sorted(want))) {
    problems.push(
      `Terraform blocks ${JSON.stringify(sorted(counts))}, expected ${JSON.stringify(sorted(want))}`,
    );
  }
  return problems;
}

const sorted = (record: Record<string, number>): [string, number][] =>
  Object.entries(record).sort(([a], [b]) => a.localeCompare(b));

/** Expressions the exporter itself interpolates into Bicep strings. */
const BICEP_INTERPOLATIONS = new Set(['identity.id']);

/**
 * Reads a Bicep file by Bicep's lexical rules for what the exporter writes: `//` comments to the end
 * of the line, `'…'` strings with the escapes \\ \' \n \r \t \$ \u{…} and `${…}` interpolation, no
 * line break inside a string. Returns the decoded strings and the code with each string replaced
 * by `S<n>`, or the problem.
 */
export function lexBicep(text: string): { strings: string[]; code: string } | { problem: string } {
  const strings: string[] = [];
  let code = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') return { problem: `block comment at ${i}` };
    if (ch !== "'") {
      code += ch;
      i++;
      continue;
    }
    if (text.startsWith("'''", i)) return { problem: `multi-line string at ${i}` };
    let value = '';
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n' || c === '\r') return { problem: `unterminated string at ${i}` };
      if (c === "'") break;
      if (c === '$' && text[i + 1] === '{') {
        const end = text.indexOf('}', i);
        const inner = end < 0 ? '' : text.slice(i + 2, end);
        if (!BICEP_INTERPOLATIONS.has(inner))
          return { problem: `interpolation \${${inner.slice(0, 60)}} at ${i}` };
        value += `\${${inner}}`;
        i = end + 1;
        continue;
      }
      if (c !== '\\') {
        value += c;
        i++;
        continue;
      }
      const e = text[i + 1];
      const simple: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };
      if (e !== undefined && e in simple) {
        value += simple[e];
        i += 2;
      } else if (e === 'u' && text[i + 2] === '{') {
        const end = text.indexOf('}', i);
        const hex = text.slice(i + 3, end);
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) return { problem: `bad \\u escape at ${i}` };
        value += String.fromCodePoint(parseInt(hex, 16));
        i = end + 1;
      } else return { problem: `bad escape \\${e ?? ''} at ${i}` };
    }
    i++;
    code += `S${strings.length}`;
    strings.push(value);
  }
  return { strings, code };
}

/** Problems of the Bicep: its strings, its statements and the resources it declares. */
export function bicepProblems(text: string, expected: ExpectedValues): string[] {
  const lexed = lexBicep(text);
  if ('problem' in lexed) return [`Bicep: ${lexed.problem}`];
  const problems: string[] = [];
  const literals = new Set(lexed.strings);
  for (const value of expected.bicep) {
    if (!literals.has(value)) problems.push(`Bicep lacks the string ${JSON.stringify(value)}`);
  }
  const counts: Record<string, number> = {};
  for (const line of lexed.code.split('\n')) {
    if (line === '' || line.startsWith(' ') || line === '}' || line === ']') continue;
    const declaration = /^resource \w+ S(\d+)( existing)? = \{$/.exec(line);
    if (declaration !== null) {
      const type = (lexed.strings[Number(declaration[1])] ?? '').split('@')[0] ?? '';
      counts[type] = (counts[type] ?? 0) + 1;
    } else if (!/^(param \w+ string( = .*)?|@description\(S\d+\))$/.test(line)) {
      problems.push(`Bicep statement ${JSON.stringify(line.slice(0, 80))}`);
    }
  }
  const want = Object.fromEntries(Object.entries(expected.bicepResources).filter(([, n]) => n > 0));
  if (JSON.stringify(sorted(counts)) !== JSON.stringify(sorted(want))) {
    problems.push(
      `Bicep resources ${JSON.stringify(sorted(counts))}, expected ${JSON.stringify(sorted(want))}`,
    );
  }
  return problems;
}
