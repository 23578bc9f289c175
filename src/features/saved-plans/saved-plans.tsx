import { useEffect, useId, useState } from 'react';
import { useEvaluation } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import {
  addSavedPlan,
  browserStorage,
  DAMAGED_KEY,
  deleteSavedPlan,
  readSavedList,
  renameSavedPlan,
  SAVED_KEY,
  SAVED_PLANS_INSTEAD,
  STORAGE_UNAVAILABLE,
} from '../../state/persistence/index.ts';
import { formatDateTime } from '../../components/format-date.ts';
import type { SavedList } from '../../state/persistence/index.ts';
import { downloadText } from '../plan-file/index.ts';

function formatDate(iso: string): string {
  return formatDateTime(new Date(iso));
}

const EMPTY: SavedList = { plans: [], damaged: [], problems: [] };

/**
 * Named plans kept in this browser: save the current plan, open, rename, delete. Each change reads the
 * stored list afresh and merges (state/persistence/saved-plans.ts); another tab's changes show up at once.
 */
export function SavedPlans() {
  const { plan } = useEvaluation();
  const loadPlan = usePlanStore((s) => s.loadPlan);
  const loadDraft = usePlanStore((s) => s.loadDraft);
  const storage = browserStorage();
  const [list, setList] = useState<SavedList>(() => (storage === null ? EMPTY : readSavedList(storage)));
  const { plans, problems, damaged } = list;
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const nameId = useId();

  useEffect(() => {
    if (storage === null) return;
    // Another tab saved, renamed or deleted: show the list as it is now stored.
    const changed = (event: StorageEvent): void => {
      if (event.key === null || event.key === SAVED_KEY || event.key === DAMAGED_KEY)
        setList(readSavedList(storage));
    };
    window.addEventListener('storage', changed);
    return () => window.removeEventListener('storage', changed);
  }, [storage]);

  const show = (result: { list: SavedList; problem: string | null }, message: string): void => {
    setList(result.list);
    setStatus(result.problem ?? message);
  };

  if (storage === null) {
    return (
      <p className="muted">
        {STORAGE_UNAVAILABLE} {SAVED_PLANS_INSTEAD}
      </p>
    );
  }

  const saveName = (name.trim() || plan.title?.trim() || 'Untitled plan').slice(0, 200);
  return (
    <div className="saved-plans">
      <form
        className="saved-plans-save"
        onSubmit={(event) => {
          event.preventDefault();
          const saved = addSavedPlan(storage, { name: saveName, plan });
          show(saved, `Saved “${saved.name}”.`);
          setName('');
        }}
      >
        <label htmlFor={nameId}>Save the current plan as</label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={plan.title ?? 'Untitled plan'}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">Save</button>
      </form>
      {problems.length > 0 ? (
        <ul className="field-messages">
          {problems.map((p) => (
            <li key={p} className="field-message-warning">
              {p}
            </li>
          ))}
        </ul>
      ) : null}
      {damaged.length > 0 ? (
        <button
          type="button"
          onClick={() =>
            downloadText(
              'damaged-saved-plans.json',
              `${JSON.stringify(damaged, null, 2)}\n`,
              'application/json',
            )
          }
        >
          Export {damaged.length} unreadable {damaged.length === 1 ? 'entry' : 'entries'}
        </button>
      ) : null}
      {plans.length === 0 ? (
        <p className="muted small">No saved plans yet. The plan you are editing is kept automatically.</p>
      ) : (
        <ul className="saved-plans-list" aria-label="Saved plans">
          {plans.map((entry) => (
            <li key={entry.id}>
              {renaming?.id === entry.id ? (
                <form
                  className="saved-plans-rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const renamed = renameSavedPlan(
                      storage,
                      entry.id,
                      (renaming.name.trim() || entry.name).slice(0, 200),
                    );
                    show(renamed, `Renamed to “${renamed.name}”.`);
                    setRenaming(null);
                  }}
                >
                  <input
                    type="text"
                    aria-label={`New name for ${entry.name}`}
                    value={renaming.name}
                    autoFocus
                    onChange={(event) => setRenaming({ id: entry.id, name: event.target.value })}
                  />
                  <button type="submit">Done</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="saved-plan-name">{entry.name}</span>
                  <span className="muted small">{formatDate(entry.savedAt)}</span>
                  <span className="saved-plan-actions">
                    <button
                      type="button"
                      onClick={() => {
                        if (entry.draft === undefined) loadPlan(entry.plan);
                        else loadDraft(entry.draft);
                        setStatus(`Opened “${entry.name}”.`);
                      }}
                      aria-label={`Open ${entry.name}`}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      onClick={() => setRenaming({ id: entry.id, name: entry.name })}
                      aria-label={`Rename ${entry.name}`}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => show(deleteSavedPlan(storage, entry.id), `Deleted “${entry.name}”.`)}
                      aria-label={`Delete ${entry.name}`}
                    >
                      Delete
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
