import { parsePlanDocument } from '../core/index.ts';
import type { PlanDocument } from '../core/index.ts';
import type { PlanDraft } from './plan-draft.ts';
import { restoreDraftReporting } from './restore-draft.ts';
import { CURRENT_KEY, FORMAT, readJson, SAVED_KEY, write } from './browser-storage.ts';
import type { KeyValueStorage, Restored } from './browser-storage.ts';

export { browserStorage, CURRENT_KEY, SAVED_KEY, writeCurrentDraft } from './browser-storage.ts';
export type { KeyValueStorage, Restored } from './browser-storage.ts';

export interface SavedPlan {
  id: string;
  name: string;
  savedAt: string;
  plan: PlanDocument;
}

/** The stored current plan: the draft as typed, or (from older versions) a plan document. */
export type StoredCurrent = { kind: 'draft'; draft: PlanDraft } | { kind: 'plan'; plan: PlanDocument } | null;

/**
 * The plan the user was editing, exactly as typed. Reads format 1 `{ format, draft }`, and an
 * older bare plan document; anything else is dropped with a problem. Never throws.
 *
 * @example readCurrent(storage).value?.kind // 'draft'
 */
export function readCurrent(storage: KeyValueStorage): Restored<StoredCurrent> {
  const read = readJson(storage, CURRENT_KEY);
  if (!read.ok) return { value: null, problems: read.problem === null ? [] : [read.problem] };
  const stored = read.value;
  if (typeof stored === 'object' && stored !== null && 'draft' in stored) {
    const { draft, problems } = restoreDraftReporting((stored as { draft: unknown }).draft);
    if (draft !== null) return { value: { kind: 'draft', draft }, problems };
  }
  if (typeof stored === 'object' && stored !== null && 'nodePools' in stored) {
    const { plan, findings } = parsePlanDocument(stored);
    return {
      value: { kind: 'plan', plan },
      problems: findings.map((f) => `${f.path ?? 'plan'}: ${f.message}`),
    };
  }
  return { value: null, problems: ['The stored plan had an unknown format and was set aside.'] };
}

/**
 * The list of named plans; each entry is re-read through parsePlanDocument, damaged entries are
 * dropped one by one (with a problem), never the whole list. Never throws.
 */
export function readSavedPlans(storage: KeyValueStorage): Restored<SavedPlan[]> {
  const read = readJson(storage, SAVED_KEY);
  if (!read.ok) return { value: [], problems: read.problem === null ? [] : [read.problem] };
  const list = (read.value as { plans?: unknown } | null)?.plans;
  if (!Array.isArray(list))
    return { value: [], problems: ['The saved plans list was damaged and could not be read.'] };
  const problems: string[] = [];
  const plans: SavedPlan[] = [];
  list.forEach((entry: unknown, index) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : null;
    const name =
      typeof record?.['name'] === 'string' && record['name'].trim() !== ''
        ? record['name']
        : `Saved plan ${index + 1}`;
    if (record === null || typeof record['plan'] !== 'object' || record['plan'] === null) {
      problems.push(`Saved plan ${index + 1} was damaged and was dropped.`);
      return;
    }
    const { plan, findings } = parsePlanDocument(record['plan']);
    if (findings.length > 0)
      problems.push(`${name}: ${findings.length} field(s) could not be read and were left out.`);
    plans.push({
      id: typeof record['id'] === 'string' ? record['id'] : `saved-${index + 1}-${Date.now()}`,
      name,
      savedAt: typeof record['savedAt'] === 'string' ? record['savedAt'] : '',
      plan,
    });
  });
  return { value: plans, problems };
}

export function writeSavedPlans(storage: KeyValueStorage, plans: readonly SavedPlan[]): string | null {
  return write(storage, SAVED_KEY, { format: FORMAT, plans });
}
