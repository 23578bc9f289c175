import { create } from 'zustand';
import type { DraftConnected, DraftOtherIps, DraftPool, DraftSubnet, PlanDraft } from './plan-draft.ts';
import { emptyConnected, emptyPool, emptySubnet, newRowId, planToDraft } from './plan-draft.ts';
import { DEFAULT_TEMPLATE_ID, templateById } from './templates.ts';
import type { PlanDocument } from '../core/index.ts';

type ListKey = 'subnets' | 'nodePools' | 'connectedNetworks';
type RowOf<K extends ListKey> = PlanDraft[K][number];

/** The row removed last, where it was: what "Undo" (and Ctrl+Z) puts back. */
export interface RemovedRow {
  list: ListKey;
  row: DraftSubnet | DraftPool | DraftConnected;
  index: number;
}

export interface PlanStore {
  draft: PlanDraft;
  /** The row removed last, until it is put back, another plan is loaded, or the notice is dismissed. */
  removed: RemovedRow | null;
  /** Puts the row removed last back in its place; edits made since are kept. */
  undoRemove: () => void;
  forgetRemoved: () => void;
  /** Replaces the whole draft (template, import, share link). */
  loadPlan: (plan: PlanDocument) => void;
  /** Replaces the whole draft with one restored as typed (local save). */
  loadDraft: (draft: PlanDraft) => void;
  setTop: (
    patch: Partial<
      Pick<PlanDraft, 'title' | 'notes' | 'hasVnet' | 'vnetName' | 'vnetResourceGroup' | 'vnetAddressSpace'>
    >,
  ) => void;
  setCluster: (patch: Partial<PlanDraft['cluster']>) => void;
  updateRow: <K extends ListKey>(list: K, id: string, patch: Partial<RowOf<K>>) => void;
  addRow: (list: ListKey) => void;
  duplicateRow: (list: ListKey, id: string) => void;
  removeRow: (list: ListKey, id: string) => void;
  moveRow: (list: ListKey, id: string, delta: -1 | 1) => void;
  addOtherIps: (subnetId: string) => void;
  updateOtherIps: (subnetId: string, id: string, patch: Partial<DraftOtherIps>) => void;
  removeOtherIps: (subnetId: string, id: string) => void;
}

function freshRow(list: ListKey, draft: PlanDraft): DraftSubnet | DraftPool | DraftConnected {
  if (list === 'subnets') return emptySubnet(`snet-${draft.subnets.length + 1}`);
  if (list === 'nodePools') return { ...emptyPool(`pool${draft.nodePools.length + 1}`), mode: 'User' };
  return emptyConnected();
}

function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/\d+$/, '') || 'copy';
  for (let i = 2; ; i++) if (!taken.includes(`${base}${i}`)) return `${base}${i}`;
}

function initialDraft(): PlanDraft {
  const template = templateById(DEFAULT_TEMPLATE_ID);
  return planToDraft(template?.plan ?? { schemaVersion: 1, nodePools: [] });
}

/** The one store: only what the user typed. Views select single fields; the report is derived with useMemo. */
export const usePlanStore = create<PlanStore>((set) => ({
  draft: initialDraft(),
  removed: null,
  undoRemove: () =>
    set((s) => {
      if (s.removed === null) return s;
      const { list, row, index } = s.removed;
      const rows = s.draft[list] as { id: string }[];
      const at = Math.min(index, rows.length);
      return { removed: null, draft: { ...s.draft, [list]: [...rows.slice(0, at), row, ...rows.slice(at)] } };
    }),
  forgetRemoved: () => set({ removed: null }),
  loadPlan: (plan) => set({ draft: planToDraft(plan), removed: null }),
  loadDraft: (draft) => set({ draft, removed: null }),
  setTop: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  setCluster: (patch) => set((s) => ({ draft: { ...s.draft, cluster: { ...s.draft.cluster, ...patch } } })),
  updateRow: (list, id, patch) =>
    set((s) => ({
      draft: {
        ...s.draft,
        [list]: (s.draft[list] as { id: string }[]).map((row) =>
          row.id === id ? { ...row, ...patch } : row,
        ),
      },
    })),
  addRow: (list) =>
    set((s) => ({ draft: { ...s.draft, [list]: [...s.draft[list], freshRow(list, s.draft)] } })),
  duplicateRow: (list, id) =>
    set((s) => {
      const rows = s.draft[list] as (DraftSubnet | DraftPool | DraftConnected)[];
      const index = rows.findIndex((row) => row.id === id);
      const row = rows[index];
      if (row === undefined) return s;
      const names = rows.map((r) => r.name);
      const copy = { ...row, id: newRowId(list), name: copyName(row.name, names) };
      if ('otherIps' in copy) copy.otherIps = copy.otherIps.map((o) => ({ ...o, id: newRowId('ips') }));
      if ('mode' in copy && copy.mode === 'System') copy.mode = 'User';
      const next = [...rows.slice(0, index + 1), copy, ...rows.slice(index + 1)];
      return { draft: { ...s.draft, [list]: next } };
    }),
  removeRow: (list, id) =>
    set((s) => {
      const rows = s.draft[list] as (DraftSubnet | DraftPool | DraftConnected)[];
      const index = rows.findIndex((row) => row.id === id);
      const row = rows[index];
      if (row === undefined) return s;
      return {
        removed: { list, row, index },
        draft: { ...s.draft, [list]: rows.filter((r) => r.id !== id) },
      };
    }),
  moveRow: (list, id, delta) =>
    set((s) => {
      const rows = [...(s.draft[list] as { id: string }[])];
      const index = rows.findIndex((row) => row.id === id);
      const target = index + delta;
      if (index < 0 || target < 0 || target >= rows.length) return s;
      const [row] = rows.splice(index, 1);
      if (row !== undefined) rows.splice(target, 0, row);
      return { draft: { ...s.draft, [list]: rows } };
    }),
  addOtherIps: (subnetId) =>
    set((s) => ({
      draft: {
        ...s.draft,
        subnets: s.draft.subnets.map((sub) =>
          sub.id === subnetId
            ? { ...sub, otherIps: [...sub.otherIps, { id: newRowId('ips'), name: '', count: '1' }] }
            : sub,
        ),
      },
    })),
  updateOtherIps: (subnetId, id, patch) =>
    set((s) => ({
      draft: {
        ...s.draft,
        subnets: s.draft.subnets.map((sub) =>
          sub.id === subnetId
            ? { ...sub, otherIps: sub.otherIps.map((o) => (o.id === id ? { ...o, ...patch } : o)) }
            : sub,
        ),
      },
    })),
  removeOtherIps: (subnetId, id) =>
    set((s) => ({
      draft: {
        ...s.draft,
        subnets: s.draft.subnets.map((sub) =>
          sub.id === subnetId ? { ...sub, otherIps: sub.otherIps.filter((o) => o.id !== id) } : sub,
        ),
      },
    })),
}));
