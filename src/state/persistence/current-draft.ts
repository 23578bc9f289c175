import { parsePlanDocument } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';
import type { PlanDraft } from '../plan-draft.ts';
import { restoreDraftReporting } from '../restore-draft.ts';
import { STORED_PLAN_UNKNOWN_FORMAT } from './messages.ts';
import { CURRENT_KEY, FORMAT, readJson, write } from './storage.ts';
import type { KeyValueStorage, Restored } from './storage.ts';

/** The stored current plan: the draft as typed, or (from older versions) a plan document. */
export type StoredCurrent = { kind: 'draft'; draft: PlanDraft } | { kind: 'plan'; plan: PlanDocument } | null;

/**
 * Keeps what the user typed, as format 1 `{ format, savedAt, draft }`; returns a problem text when
 * the browser refuses, else null.
 *
 * @example writeCurrentDraft(memoryStorage(), draft) // null
 */
export function writeCurrentDraft(storage: KeyValueStorage, draft: PlanDraft): string | null {
  return write(storage, CURRENT_KEY, { format: FORMAT, savedAt: new Date().toISOString(), draft });
}

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
  return { value: null, problems: [STORED_PLAN_UNKNOWN_FORMAT] };
}
