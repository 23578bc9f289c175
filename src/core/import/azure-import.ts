import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { formatList } from '../model/format.ts';
import { importFinding, ImportFindings } from './import-finding.ts';
import type {
  AzureImportBox,
  AzureImportInputs,
  AzureImportResult,
  AzureJsonKind,
  ImportedCluster,
  ImportedPool,
  ImportedVnet,
} from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import { asObject, ownValue } from './json-value.ts';
import { BOX_COMMANDS, BOX_LABELS, readJsonInput } from './json-input.ts';
import { detectAzureJsonKind } from './detect-kind.ts';
import { readVnetShow } from './vnet-show.ts';
import { readAksShow } from './aks-show.ts';
import { readNodepoolList } from './nodepool-list.ts';
import { mergeImport } from './merge-import.ts';

const BOXES: readonly AzureImportBox[] = ['vnetShow', 'aksShow', 'nodepoolList'];

interface Candidate {
  box: AzureImportBox;
  slot: AzureImportBox;
  value: unknown;
  /** Why the value goes to another slot than its box, or is a one-item list. */
  note: string | null;
}

const NOT_IMPORTABLE: Partial<Record<AzureJsonKind, string>> = {
  subnetShow:
    'a single subnet (`az network vnet subnet show`); paste `az network vnet show` for the whole VNet',
  planDocument: 'a plan file of this planner; load it with "Import plan" instead',
  emptyList: 'an empty list',
  unknown: 'JSON, but not the output of `az network vnet show`, `az aks show` or `az aks nodepool list`',
};

const WHAT: Record<AzureImportBox, string> = {
  vnetShow: 'VNet',
  aksShow: 'cluster',
  nodepoolList: 'node pool list',
};

function capitalised(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** Where a recognised input goes, or null (reported) when it cannot be imported. */
function candidateOf(
  box: AzureImportBox,
  kind: AzureJsonKind,
  value: unknown,
  findings: ImportFindings,
): Candidate | null {
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  switch (kind) {
    case 'vnetShow':
    case 'aksShow':
    case 'nodepoolList':
      return { box, slot: kind, value, note: null };
    case 'nodepoolShow':
      return {
        box,
        slot: 'nodepoolList',
        value: [value],
        note: 'one node pool (`az aks nodepool show`), read as a list of one',
      };
    case 'vnetList':
    case 'aksList': {
      const slot = kind === 'vnetList' ? 'vnetShow' : 'aksShow';
      const command = kind === 'vnetList' ? 'az network vnet list' : 'az aks list';
      if (list.length === 1) {
        return {
          box,
          slot,
          value: list[0],
          note: `a list of one ${WHAT[slot]} (\`${command}\`), whose ${WHAT[slot]} was read`,
        };
      }
      findings.add(
        'AZURE_IMPORT_UNRECOGNIZED',
        'error',
        box,
        `${capitalised(BOX_LABELS[box])} holds ${list.length} ${WHAT[slot]}s (\`${command}\`); it was ignored. Paste \`${BOX_COMMANDS[slot]}\` of the one to plan.`,
      );
      return null;
    }
    default:
      findings.add(
        'AZURE_IMPORT_UNRECOGNIZED',
        'error',
        box,
        `${capitalised(BOX_LABELS[box])} holds ${NOT_IMPORTABLE[kind] ?? 'something else'}; it was ignored.`,
      );
      return null;
  }
}

/** Puts each input in its slot: an input in its own box first, then ones pasted into another box. */
function assignSlots(
  candidates: readonly Candidate[],
  findings: ImportFindings,
): Partial<Record<AzureImportBox, Candidate>> {
  const slots: Partial<Record<AzureImportBox, Candidate>> = {};
  const ownBoxFirst = [...candidates].sort((a, b) => Number(a.slot !== a.box) - Number(b.slot !== b.box));
  for (const candidate of ownBoxFirst) {
    const taken = slots[candidate.slot];
    if (taken !== undefined) {
      findings.add(
        'AZURE_IMPORT_DUPLICATE',
        'warning',
        candidate.box,
        `${capitalised(BOX_LABELS[candidate.box])} holds \`${BOX_COMMANDS[candidate.slot]}\` output too, but ${taken.box === candidate.slot ? 'its own box' : BOX_LABELS[taken.box]} already has one; this one was ignored.`,
      );
      continue;
    }
    if (candidate.slot !== candidate.box || candidate.note !== null) {
      findings.add(
        'AZURE_IMPORT_WRONG_BOX',
        'info',
        candidate.box,
        `${capitalised(BOX_LABELS[candidate.box])} holds ${candidate.note ?? `\`${BOX_COMMANDS[candidate.slot]}\` output`}${candidate.slot === candidate.box ? '' : `; it was read as \`${BOX_COMMANDS[candidate.slot]}\``}.`,
      );
    }
    slots[candidate.slot] = candidate;
  }
  return slots;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function readSummaries(
  vnet: ImportedVnet | undefined,
  cluster: ImportedCluster | undefined,
  listPools: readonly ImportedPool[] | undefined,
  plan: JsonObject,
) {
  const out = [];
  if (vnet !== undefined) {
    const space = Array.isArray(vnet.addressSpace)
      ? vnet.addressSpace.filter((p) => typeof p === 'string')
      : [];
    out.push(
      importFinding(
        'AZURE_IMPORT_READ',
        'info',
        'vnetShow',
        `From \`az network vnet show\`: VNet ${vnet.name ?? '(no name)'}${vnet.resourceGroup === undefined ? '' : ` in ${vnet.resourceGroup}`}${space.length > 0 ? `, address space ${space.join(', ')}` : ''}, ${count(vnet.subnets.length, 'subnet')} and ${count(vnet.connectedNetworks.length, 'peering')}.`,
      ),
    );
  }
  if (cluster !== undefined) {
    const c = asObject(plan['cluster']) ?? {};
    const facts = [
      typeof c['kubernetesVersion'] === 'string' ? `Kubernetes ${c['kubernetesVersion']}` : null,
      typeof c['tier'] === 'string' ? `${c['tier']} tier` : null,
      typeof c['networkPlugin'] === 'string' ? `network plugin ${c['networkPlugin']}` : null,
      cluster.pools === undefined ? null : count(cluster.pools.length, 'node pool'),
    ].filter((f): f is string => f !== null);
    out.push(
      importFinding(
        'AZURE_IMPORT_READ',
        'info',
        'aksShow',
        `From \`az aks show\`: cluster ${typeof c['name'] === 'string' ? c['name'] : '(no name)'}${facts.length > 0 ? `, ${facts.join(', ')}` : ''}.`,
      ),
    );
  }
  if (listPools !== undefined) {
    const names = listPools.map((p) => p.name).filter((n): n is string => n !== undefined);
    out.push(
      importFinding(
        'AZURE_IMPORT_READ',
        'info',
        'nodepoolList',
        `From \`az aks nodepool list\`: ${count(listPools.length, 'node pool')}${names.length > 0 ? ` (${formatList(names)})` : ''}.`,
      ),
    );
  }
  return out;
}

function importInputs(inputs: AzureImportInputs): AzureImportResult {
  const findings = new ImportFindings();
  const detected: AzureImportResult['detected'] = {};
  const given = asObject(inputs) ?? {};
  const candidates: Candidate[] = [];
  for (const box of BOXES) {
    const value = readJsonInput(ownValue(given, box), box, findings);
    if (value === undefined) continue;
    const kind = detectAzureJsonKind(value);
    detected[box] = kind;
    const candidate = candidateOf(box, kind, value, findings);
    if (candidate !== null) candidates.push(candidate);
  }
  const slots = assignSlots(candidates, findings);
  const inputFindings = findings.items.length;

  const vnetObject = asObject(slots.vnetShow?.value);
  const vnet = vnetObject === null ? undefined : readVnetShow(vnetObject, 'vnetShow', findings);
  const clusterObject = asObject(slots.aksShow?.value);
  const cluster = clusterObject === null ? undefined : readAksShow(clusterObject, 'aksShow', findings);
  const list = slots.nodepoolList?.value;
  const listPools = Array.isArray(list) ? readNodepoolList(list, 'nodepoolList', findings) : undefined;
  const raw = mergeImport({ vnet, cluster, listPools }, findings);

  const parsed = parsePlanDocument(raw);
  findings.items.splice(inputFindings, 0, ...readSummaries(vnet, cluster, listPools, raw));
  return {
    plan: parsed.plan,
    findings: [...findings.listed(), ...parsed.findings],
    detected,
    usable: vnet !== undefined || cluster !== undefined || listPools !== undefined,
  };
}

/**
 * Imports a plan from Azure: the JSON of `az network vnet show`, `az aks show` and
 * `az aks nodepool list` (each optional; parsed JSON or the text `az … -o json` prints). Each input
 * is recognised by its shape, so one pasted into the wrong box is still read (and that is said).
 * Fills the cluster's network profile, the VNet and its subnets (with purposes inferred from the
 * subnet IDs the cluster names, compared case-insensitively), the node pools and the peerings.
 * Unknown fields are ignored; missing ones are reported with their JSON path. The plan then goes
 * through parsePlanDocument, exactly like a plan file. Never throws.
 *
 * @example importAzureJson({ aksShow: '{"name":"aks-a","networkProfile":{"networkPlugin":"kubenet"},"agentPoolProfiles":[]}' }).plan.cluster?.networkPlugin // 'kubenet'
 */
export function importAzureJson(inputs: AzureImportInputs): AzureImportResult {
  try {
    return importInputs(inputs);
  } catch (error) {
    return {
      plan: { schemaVersion: 1, nodePools: [] },
      findings: [
        importFinding(
          'AZURE_IMPORT_FAILED',
          'error',
          undefined,
          `The import failed unexpectedly (${error instanceof Error ? error.message : String(error)}); nothing was imported. Please report this with the JSON you pasted.`,
        ),
      ],
      detected: {},
      usable: false,
    };
  }
}
