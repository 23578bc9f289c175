import { finding } from '../../model/finding.ts';
import type { Finding } from '../../types.ts';
import type { ExportCode } from '../../rules/catalog/finding-codes.ts';
import type { Evaluation } from '../../report/evaluation.ts';
import type { ChoiceField } from '../../plan/plan-choices.ts';
import { allowedValues, CHOICE_FIELDS } from '../../plan/plan-choices.ts';

/** How the code is written; the export panel offers these. */
export interface ExportOptions {
  /**
   * The plan's VNet exists already: its subnets are looked up by name (or taken by resource ID), and
   * nothing is created, changed or replaced in it. Default: true when a subnet carries a resource ID.
   */
  existingVnet?: boolean;
}

/** Finding codes of the exporters (docs/finding-codes.md, Exports). */
export const EXPORT_CODES = {
  valueNotInList: 'EXPORT_VALUE_NOT_IN_LIST',
  valueUnwritable: 'EXPORT_VALUE_UNWRITABLE',
  noSystemPool: 'EXPORT_NO_SYSTEM_POOL',
  subnetNotFound: 'EXPORT_SUBNET_NOT_FOUND',
  needsVnet: 'EXPORT_NEEDS_VNET',
} as const;

/** A value as a short, one-line quotation for a message. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** Every value present at a CHOICE_FIELDS path of an untyped plan, with its concrete path. */
function valuesAt(root: unknown, field: ChoiceField): { path: string; value: unknown }[] {
  let here: { path: string; value: unknown }[] = [{ path: '', value: root }];
  for (const segment of field.split('.')) {
    const list = segment.endsWith('[]');
    const name = list ? segment.slice(0, -2) : segment;
    const next: { path: string; value: unknown }[] = [];
    for (const { path, value } of here) {
      if (typeof value !== 'object' || value === null) continue;
      const child = (value as Record<string, unknown>)[name];
      const childPath = path === '' ? name : `${path}.${name}`;
      if (child === undefined) continue;
      if (!list) next.push({ path: childPath, value: child });
      else if (Array.isArray(child))
        child.forEach((v, i) => next.push({ path: `${childPath}[${i}]`, value: v }));
    }
    here = next;
  }
  return here;
}

/** Every string of the plan that the code writes as a value (not only as a comment), with its path. */
function writtenStrings(value: unknown, path: string, out: { path: string; value: string }[]): void {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => writtenStrings(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (path === '' && (key === 'title' || key === 'notes')) continue;
      writtenStrings(v, path === '' ? key : `${path}.${key}`, out);
    }
  }
}

/**
 * Why the plan cannot be exported as it stands: a fixed-choice value outside its list, a value no
 * shell argument can carry (NUL) or that Terraform would rewrite (not NFC), no System pool, a pool whose subnet the VNet lacks, an existing VNet
 * or user-defined routing without a VNet in the plan. Empty when the export may proceed. The same
 * problems refuse all three formats alike. Never throws.
 *
 * @example exportProblems(evaluate({ schemaVersion: 1, nodePools: [{ mode: 'User' }] }))[0]?.code // 'EXPORT_NO_SYSTEM_POOL'
 */
export function exportProblems(evaluation: Evaluation, options: ExportOptions = {}): Finding[] {
  const { plan, model } = evaluation;
  const problems: Finding[] = [];
  const add = (code: ExportCode, path: string, message: string): void => {
    problems.push(finding(code, 'error', 'export', path, message));
  };
  for (const field of CHOICE_FIELDS) {
    const allowed = allowedValues(field);
    for (const { path, value } of valuesAt(plan, field)) {
      if (typeof value === 'string' && allowed.includes(value)) continue;
      add(
        EXPORT_CODES.valueNotInList,
        path,
        `${path} is ${quoted(value)}, which is not one of ${allowed.join(', ')}: nothing was exported. Pick one of those values.`,
      );
    }
  }
  const strings: { path: string; value: string }[] = [];
  writtenStrings(plan, '', strings);
  for (const { path, value } of strings) {
    if (value.includes('\u0000')) {
      add(
        EXPORT_CODES.valueUnwritable,
        path,
        `${path} holds a NUL character, which no command-line argument can carry: nothing was exported. Remove it.`,
      );
    } else if (value !== value.normalize('NFC')) {
      add(
        EXPORT_CODES.valueUnwritable,
        path,
        `${path} holds characters Terraform would change (its strings are Unicode-normalized, NFC), so the formats would deploy different names: nothing was exported. Retype the value.`,
      );
    }
  }
  if (!model.pools.some((p) => p.mode === 'System')) {
    add(
      EXPORT_CODES.noSystemPool,
      'nodePools',
      'The plan has no System node pool; AKS creates the cluster with one: nothing was exported. Set one pool’s mode to System.',
    );
  }
  const vnet = plan.vnet;
  if (vnet === undefined) {
    if (options.existingVnet === true) {
      add(
        EXPORT_CODES.needsVnet,
        'vnet',
        'An existing VNet was chosen, but the plan has no VNet: nothing was exported. Add the VNet and its subnets.',
      );
    }
    if (model.pools.length > 0 && plan.cluster?.outboundType === 'userDefinedRouting') {
      add(
        EXPORT_CODES.needsVnet,
        'cluster.outboundType',
        'User-defined routing needs your own VNet (the node subnet carries the route table), and the plan has none: nothing was exported. Add the VNet or pick another outbound type.',
      );
    }
    return problems;
  }
  const names = new Set((vnet.subnets ?? []).map((s) => s.name));
  const podSubnets = model.plugin === 'azurePodSubnet';
  model.pools.forEach((pool, i) => {
    if (pool.subnet === null || !names.has(pool.subnet.name)) {
      add(
        EXPORT_CODES.subnetNotFound,
        `nodePools[${i}].subnet`,
        `Node pool ${quoted(pool.name)} has no subnet of the VNet to run in: nothing was exported. Pick one of the VNet’s subnets.`,
      );
    }
    if (podSubnets && (pool.podSubnet === null || !names.has(pool.podSubnet.name))) {
      add(
        EXPORT_CODES.subnetNotFound,
        `nodePools[${i}].podSubnet`,
        `Node pool ${quoted(pool.name)} has no pod subnet of the VNet: nothing was exported. Pick one of the VNet’s subnets.`,
      );
    }
  });
  return problems;
}
