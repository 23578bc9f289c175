import { encodePlan, isPlanQuery } from '../../core/index.ts';
import { usePlanStore } from '../plan-store.ts';
import { draftMatchesQuery, encodedLinkPlan } from '../url-sync.ts';
import { draftToPlan, planToDraft } from '../plan-draft.ts';
import type { PlanDraft } from '../plan-draft.ts';
import { useLinkNotice } from '../notices.ts';
import { TEMPLATES } from '../templates.ts';
import { readCurrent } from './current-draft.ts';
import { STORAGE_UNAVAILABLE } from './messages.ts';
import { addSavedPlan } from './saved-plans.ts';
import { browserStorage } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';

const encodeDraft = (draft: PlanDraft): string => encodePlan(draftToPlan(draft).plan);

/** True when nothing in the draft is the user's own: it is a template as offered. */
function isUntouchedTemplate(draft: PlanDraft): boolean {
  const link = encodeDraft(draft);
  return TEMPLATES.some((t) => encodePlan(t.plan) === link);
}

/**
 * Keeps a draft a share link is about to replace: saved in the browser's named plans under its title
 * (as typed), and offered back by the link notice. Never throws.
 */
export function setDraftAside(draft: PlanDraft, storage: KeyValueStorage, linkQuery: string): void {
  if (isUntouchedTemplate(draft)) return;
  const name = draft.title.trim().slice(0, 200) || 'Untitled draft';
  const saved = addSavedPlan(storage, { name, plan: draftToPlan(draft).plan, draft });
  const reopen = (): void => {
    const current = usePlanStore.getState().draft;
    // The link's plan, edited since it opened, is kept in turn; as opened it stays in the link.
    if (encodeDraft(current) !== encodedLinkPlan(linkQuery)) setDraftAside(current, storage, '');
    usePlanStore.getState().loadDraft(draft);
    useLinkNotice.getState().keepAside(null);
  };
  useLinkNotice.getState().keepAside({ name: saved.name, problem: saved.problem, reopen });
}

/**
 * At start-up (main.tsx, before the first render): restores the plan the user was editing unless `linkQuery` carries a shared plan (the link wins, and the draft is
 * set aside: saved under its title and offered back). A query that is not a plan link
 * (`utm_source=…`) is ignored. Returns what could not be restored, for a notice; never throws.
 */
export function restoreCurrentPlan(
  linkQuery: string,
  storage: KeyValueStorage | null = browserStorage(),
): string[] {
  if (storage === null) return [STORAGE_UNAVAILABLE];
  const linked = isPlanQuery(linkQuery);
  const { value, problems } = readCurrent(storage);
  const draft =
    value?.kind === 'draft' ? value.draft : value?.kind === 'plan' ? planToDraft(value.plan) : null;
  if (draft === null) return problems;
  // A reload of this page, whose address follows edits (url-sync.ts): the draft is that very plan and
  // keeps what was typed exactly, e.g. "abc" in a number field.
  if (linked && !draftMatchesQuery(draft, linkQuery)) {
    setDraftAside(draft, storage, linkQuery);
    return problems;
  }
  usePlanStore.getState().loadDraft(draft);
  return problems;
}
