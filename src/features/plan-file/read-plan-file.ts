import { parsePlanDocument } from '../../core/index.ts';
import type { Finding, PlanDocument } from '../../core/index.ts';

/** What reading a plan file gives: a plan to load with what was wrong in it, or why nothing can be loaded. */
export type PlanFileRead =
  { ok: true; plan: PlanDocument; findings: Finding[] } | { ok: false; message: string };

/** Plan files larger than this are refused before they are read (a 100-pool plan is about 30 KB). */
export const PLAN_FILE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads the text of a plan file. A file that is not JSON, is not a JSON object, or is a JSON object
 * with neither `schemaVersion` nor `nodePools` (some other JSON file) cannot be loaded: the result
 * says why, and the caller keeps the current plan. Anything else loads; values of the wrong type or
 * out of range are left out (their defaults apply) and listed in `findings` with their paths.
 *
 * @example readPlanFile('{"schemaVersion":1,"nodePools":[{"maxPods":"x"}]}') // ok, findings[0].path 'nodePools[0].maxPods'
 */
export function readPlanFile(text: string): PlanFileRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, message: 'The file is empty: it holds no plan.' };
  }
  const { plan, findings } = parsePlanDocument(body);
  if (findings.some((f) => f.code === 'PLAN_NOT_JSON')) {
    let detail = '';
    try {
      JSON.parse(body);
    } catch (error) {
      detail = error instanceof Error ? ` (${error.message})` : '';
    }
    return { ok: false, message: `The file is not valid JSON${detail}.` };
  }
  if (findings.some((f) => f.code === 'PLAN_WRONG_TYPE' && f.path === undefined)) {
    return {
      ok: false,
      message: 'The file is JSON but not a plan: a plan is a JSON object with schemaVersion and nodePools.',
    };
  }
  const missing = new Set(findings.filter((f) => f.code === 'PLAN_MISSING_FIELD').map((f) => f.path));
  if (missing.has('schemaVersion') && missing.has('nodePools')) {
    return {
      ok: false,
      message:
        'The file is a JSON object but not an AKS address plan: it has neither schemaVersion nor nodePools.',
    };
  }
  return { ok: true, plan, findings };
}
