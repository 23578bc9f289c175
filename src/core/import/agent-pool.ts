import type { OsType, PodIpAllocationMode, PoolMode } from '../types.ts';
import { PLAN_DEFAULTS } from '../model/defaults.ts';
import type { ImportFindings } from './import-finding.ts';
import type { ImportedPool } from './import-types.ts';
import type { JsonObject } from './json-value.ts';
import {
  asObject,
  childPath,
  describeJson,
  jsonField,
  jsonObjectField,
  jsonString,
  ownValue,
} from './json-value.ts';
import { enumValue } from './enum-value.ts';

const MODES: readonly PoolMode[] = ['System', 'User'];
const OS_TYPES: readonly OsType[] = ['Linux', 'Windows'];
const POD_IP_MODES: readonly PodIpAllocationMode[] = ['DynamicIndividual', 'StaticBlock'];

/**
 * True for a `VirtualMachines`-type pool: `type` in `az aks show`, `typePropertiesType` in
 * `az aks nodepool list` (where `type` is the resource type), `properties.type` in the REST shape.
 */
export function isVirtualMachinesPool(object: JsonObject): boolean {
  const values = [ownValue(object, 'typePropertiesType'), ownValue(object, 'type')];
  const properties = asObject(ownValue(object, 'properties'));
  if (properties !== null) values.push(ownValue(properties, 'type'));
  return values.some((v) => typeof v === 'string' && v.toLowerCase() === 'virtualmachines');
}

/** The node count of a VirtualMachines pool: Σ `virtualMachinesProfile.scale.manual[].count`. */
function virtualMachinesCount(
  object: JsonObject,
  path: string,
): { total: number; parts: number[]; path: string } | null {
  const profile = jsonObjectField(object, path, 'virtualMachinesProfile');
  const scale = profile === undefined ? undefined : jsonObjectField(profile.object, profile.path, 'scale');
  const manual = scale === undefined ? undefined : jsonField(scale.object, scale.path, 'manual');
  if (manual === undefined || !Array.isArray(manual.value)) return null;
  const parts = manual.value
    .map((entry: unknown) => {
      const count = asObject(entry)?.['count'];
      return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
    })
    .filter((count): count is number => count !== null);
  if (parts.length === 0) return null;
  return { total: parts.reduce((a, b) => a + b, 0), parts, path: manual.path };
}

/** Copies a scalar field into the plan fields when present (null and absent mean "not set"). */
function copy(fields: JsonObject, key: string, object: JsonObject, path: string, ...keys: string[]): boolean {
  const found = jsonField(object, path, ...keys);
  if (found === undefined) return false;
  fields[key] = found.value;
  return true;
}

/**
 * Reads one agent pool, in the shape of `az aks show`'s `agentPoolProfiles[]` or of an
 * `az aks nodepool list` item (flattened by the CLI, or REST-shaped with `properties`).
 * Subnet IDs are kept as IDs; the merge turns them into subnet names.
 *
 * @example readAgentPool({ name: 'system', mode: 'system', count: 3 }, 'aksShow.agentPoolProfiles[0]', new ImportFindings())?.fields // { name: 'system', mode: 'System', count: 3 }
 */
export function readAgentPool(value: unknown, path: string, findings: ImportFindings): ImportedPool | null {
  const object = asObject(value);
  if (object === null) {
    findings.add(
      'AZURE_IMPORT_UNSUPPORTED',
      'warning',
      path,
      `${path} is ${describeJson(value)}, not a node pool; it was skipped.`,
    );
    return null;
  }
  const fields: JsonObject = {};
  const name = jsonString(object, path, 'name');
  const label = name === undefined ? `The pool at ${path}` : `Pool ${name}`;
  if (name === undefined) {
    findings.add('AZURE_IMPORT_MISSING', 'warning', childPath(path, 'name'), `${label} has no name.`);
  } else {
    fields['name'] = name;
  }

  const mode = enumValue(jsonField(object, path, 'mode'), MODES, `${label}: mode`, findings);
  if (mode !== undefined) fields['mode'] = mode;
  const osType = enumValue(jsonField(object, path, 'osType'), OS_TYPES, `${label}: OS type`, findings);
  if (osType !== undefined) fields['osType'] = osType;
  const podIpMode = enumValue(
    jsonField(object, path, 'podIpAllocationMode', 'podIPAllocationMode'),
    POD_IP_MODES,
    `${label}: pod IP allocation mode`,
    findings,
  );
  if (podIpMode !== undefined) fields['podIpAllocationMode'] = podIpMode;

  if (!copy(fields, 'count', object, path, 'count')) {
    const vms = isVirtualMachinesPool(object) ? virtualMachinesCount(object, path) : null;
    if (vms !== null) {
      fields['count'] = vms.total;
      findings.add(
        'AZURE_IMPORT_CONVERTED',
        'info',
        vms.path,
        `${label} is a VirtualMachines pool, whose count is null: its nodes were counted from virtualMachinesProfile.scale.manual, ${vms.parts.length > 1 ? `${vms.parts.join(' + ')} = ` : ''}${vms.total}.`,
      );
    } else {
      findings.add(
        'AZURE_IMPORT_MISSING',
        'warning',
        childPath(path, 'count'),
        `${label} has no node count; the planner's default (${PLAN_DEFAULTS['nodePools[].count'].value({ autoscalerMin: null })}) applies. Enter the count you plan for.`,
      );
    }
  }
  copy(fields, 'enableAutoScaling', object, path, 'enableAutoScaling');
  copy(fields, 'minCount', object, path, 'minCount');
  copy(fields, 'maxCount', object, path, 'maxCount');

  const upgrade = jsonObjectField(object, path, 'upgradeSettings');
  const surge = upgrade === undefined ? undefined : jsonField(upgrade.object, upgrade.path, 'maxSurge');
  if (surge === undefined) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(upgrade?.path ?? childPath(path, 'upgradeSettings'), 'maxSurge'),
      `${label} has no max surge set (null), so the planner uses the AKS default: 10 %, or 1 node below Kubernetes 1.32 (R35).`,
    );
  } else {
    fields['maxSurge'] = surge.value;
  }
  if (!copy(fields, 'maxPods', object, path, 'maxPods')) {
    findings.add(
      'AZURE_IMPORT_MISSING',
      'info',
      childPath(path, 'maxPods'),
      `${label} has no max pods; the plugin's default applies (R29).`,
    );
  }

  return {
    name,
    fields,
    vnetSubnetId: jsonString(object, path, 'vnetSubnetId', 'vnetSubnetID'),
    podSubnetId: jsonString(object, path, 'podSubnetId', 'podSubnetID'),
    path,
  };
}
