import { parsePlanDocument } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';
import type { PlanDraft } from '../plan-draft.ts';
import { restoreDraft } from '../restore-draft.ts';
import { SAVED_LIST_UNREADABLE, savedEntryUnreadable, savedFieldsUnreadable } from './messages.ts';
import { FORMAT, readJson, readText, SAVED_KEY, write } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';

/**
 * The named plans kept in this browser. Every change reads the stored list afresh, changes one entry
 * and writes the list back (read-modify-write), so two tabs merge instead of overwriting each other,
 * and nothing read is ever written back less: entries that can't be read stay in the list untouched
 * (quarantined: reported and exportable), unknown fields of an entry and of the list are kept, and a
 * list that isn't readable at all is moved aside to DAMAGED_KEY before a new one is started.
 */

/** Where an unreadable saved-plans list is moved before a new list replaces it (a JSON list of texts). */
export const DAMAGED_KEY = `${SAVED_KEY}:damaged`;

export interface SavedPlan {
  id: string;
  name: string;
  savedAt: string;
  plan: PlanDocument;
  /** The plan exactly as typed, when it was kept from the form (a draft set aside by a link). */
  draft?: PlanDraft;
}

/** Something stored that could not be read: kept as it was, listed, and exportable. */
export interface DamagedEntry {
  label: string;
  raw: unknown;
}

export interface SavedList {
  plans: SavedPlan[];
  damaged: DamagedEntry[];
  problems: string[];
}

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored list as raw records (each with an id unique in the list), or what made it unreadable. */
type RawList =
  { ok: true; top: Record_; entries: unknown[] } | { ok: false; text: string | null; problem: string | null };

function readRaw(storage: KeyValueStorage): RawList {
  const read = readJson(storage, SAVED_KEY);
  if (!read.ok) return { ok: false, text: readText(storage, SAVED_KEY), problem: read.problem };
  const top = isRecord(read.value) ? read.value : null;
  if (top === null || !Array.isArray(top['plans'])) {
    return {
      ok: false,
      text: JSON.stringify(read.value),
      problem: SAVED_LIST_UNREADABLE,
    };
  }
  return { ok: true, top, entries: withUniqueIds(top['plans'] as unknown[]) };
}

/** Entries without an id, or with one an earlier entry has, get `id~index`: each can be opened or deleted alone. */
function withUniqueIds(entries: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    if (!isRecord(entry)) return entry;
    const own = typeof entry['id'] === 'string' && entry['id'] !== '' ? entry['id'] : 'saved';
    const id = seen.has(own) || own === 'saved' ? `${own}~${index + 1}` : own;
    seen.add(id);
    return id === entry['id'] ? entry : { ...entry, id };
  });
}

function readDamagedAside(storage: KeyValueStorage): unknown[] {
  const read = readJson(storage, DAMAGED_KEY);
  return read.ok && Array.isArray(read.value) ? read.value : [];
}

/**
 * The saved plans, each re-read through parsePlanDocument (so a plan is always well-typed); entries
 * that can't be read are listed in `damaged`, never dropped. Never throws.
 *
 * @example readSavedList(storage).plans[0]?.name // 'Payments'
 */
export function readSavedList(storage: KeyValueStorage): SavedList {
  const raw = readRaw(storage);
  const aside = readDamagedAside(storage).map((text, i) => ({
    label: `Unreadable saved plans list ${i + 1} (set aside)`,
    raw: text,
  }));
  if (!raw.ok) {
    const damaged = raw.text === null ? [] : [{ label: 'The saved plans list', raw: raw.text }];
    return {
      plans: [],
      damaged: [...damaged, ...aside],
      problems: raw.problem === null ? [] : [raw.problem],
    };
  }
  const plans: SavedPlan[] = [];
  const damaged: DamagedEntry[] = [...aside];
  const problems: string[] = [];
  raw.entries.forEach((entry, index) => {
    const plan = isRecord(entry) && isRecord(entry['plan']) ? entry['plan'] : null;
    if (!isRecord(entry) || plan === null) {
      damaged.push({ label: `Saved plan ${index + 1}`, raw: entry });
      problems.push(savedEntryUnreadable(index + 1));
      return;
    }
    const name =
      typeof entry['name'] === 'string' && entry['name'].trim() !== ''
        ? entry['name']
        : `Saved plan ${index + 1}`;
    const parsed = parsePlanDocument(plan);
    if (parsed.findings.length > 0) problems.push(savedFieldsUnreadable(name, parsed.findings.length));
    const saved: SavedPlan = {
      id: entry['id'] as string,
      name,
      savedAt: typeof entry['savedAt'] === 'string' ? entry['savedAt'] : '',
      plan: parsed.plan,
    };
    const draft = entry['draft'] === undefined ? null : restoreDraft(entry['draft']);
    if (draft !== null) saved.draft = draft;
    plans.push(saved);
  });
  return { plans, damaged, problems };
}

/** `name`, or `name (2)`, `name (3)`… when another entry already has it. */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let i = 2; ; i++) if (!taken.includes(`${name} (${i})`)) return `${name} (${i})`;
}

const namesOf = (entries: readonly unknown[], except?: string): string[] =>
  entries
    .filter(isRecord)
    .flatMap((e) => (e['id'] !== except && typeof e['name'] === 'string' ? [e['name']] : []));

/** Reads afresh, applies `change` to the raw entries and writes them back; the list as now stored, or the problem. */
function change(
  storage: KeyValueStorage,
  apply: (entries: unknown[]) => unknown[],
): { list: SavedList; problem: string | null } {
  const raw = readRaw(storage);
  let top: Record_ = {};
  let entries: unknown[] = [];
  if (raw.ok) ({ top, entries } = raw);
  else if (raw.text !== null) {
    // Never overwrite what could not be read: move it aside first, or refuse.
    const moved = write(storage, DAMAGED_KEY, [...readDamagedAside(storage), raw.text]);
    if (moved !== null) return { list: readSavedList(storage), problem: moved };
  }
  const problem = write(storage, SAVED_KEY, { ...top, format: FORMAT, plans: apply(entries) });
  return { list: readSavedList(storage), problem };
}

/**
 * Adds a plan to the saved list under a name no other entry has (`Payments (2)`). Merges with what
 * another tab saved meanwhile. Returns the list as stored, the name used, and a problem when the
 * browser refused (the list is then unchanged). Never throws.
 */
export function addSavedPlan(
  storage: KeyValueStorage,
  entry: { name: string; plan: PlanDocument; draft?: PlanDraft },
  now: Date = new Date(),
): { list: SavedList; problem: string | null; name: string } {
  let name = entry.name;
  const result = change(storage, (entries) => {
    name = uniqueName(entry.name, namesOf(entries));
    const record: Record_ = {
      id: `saved-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}`,
      name,
      savedAt: now.toISOString(),
      plan: entry.plan,
    };
    if (entry.draft !== undefined) record['draft'] = entry.draft;
    return [record, ...entries];
  });
  return { ...result, name };
}

/** Renames one entry (to a name no other entry has), keeping every other field of it. */
export function renameSavedPlan(
  storage: KeyValueStorage,
  id: string,
  name: string,
): { list: SavedList; problem: string | null; name: string } {
  let used = name;
  const result = change(storage, (entries) => {
    used = uniqueName(name, namesOf(entries, id));
    return entries.map((e) => (isRecord(e) && e['id'] === id ? { ...e, name: used } : e));
  });
  return { ...result, name: used };
}

/** Deletes the one entry with this id (ids are unique in the list, see withUniqueIds). */
export function deleteSavedPlan(
  storage: KeyValueStorage,
  id: string,
): { list: SavedList; problem: string | null } {
  return change(storage, (entries) => entries.filter((e) => !(isRecord(e) && e['id'] === id)));
}
