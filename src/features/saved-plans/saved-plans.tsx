import { useId, useState } from 'react';
import { useEvaluation } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { browserStorage, readSavedPlans, writeSavedPlans } from '../../state/local-save.ts';
import type { SavedPlan } from '../../state/local-save.ts';

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Named plans kept in this browser: save the current plan, open, rename, delete. */
export function SavedPlans() {
  const { plan } = useEvaluation();
  const loadPlan = usePlanStore((s) => s.loadPlan);
  const storage = browserStorage();
  const [initial] = useState(() =>
    storage === null ? { value: [], problems: [] } : readSavedPlans(storage),
  );
  const [plans, setPlans] = useState<SavedPlan[]>(initial.value);
  const problems = initial.problems;
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const nameId = useId();

  const persist = (next: SavedPlan[], message: string): void => {
    if (storage === null) return;
    const problem = writeSavedPlans(storage, next);
    if (problem === null) {
      setPlans(next);
      setStatus(message);
    } else {
      setStatus(problem);
    }
  };

  if (storage === null) {
    return (
      <p className="muted">
        This browser doesn't allow local storage, so plans can't be kept here. Export plan files instead.
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
          const entry: SavedPlan = {
            id: `saved-${Date.now()}-${plans.length}`,
            name: saveName,
            savedAt: new Date().toISOString(),
            plan,
          };
          persist([entry, ...plans], `Saved “${saveName}”.`);
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
                    const next = renaming.name.trim() || entry.name;
                    persist(
                      plans.map((p) => (p.id === entry.id ? { ...p, name: next } : p)),
                      `Renamed to “${next}”.`,
                    );
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
                        loadPlan(entry.plan);
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
                      onClick={() =>
                        persist(
                          plans.filter((p) => p.id !== entry.id),
                          `Deleted “${entry.name}”.`,
                        )
                      }
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
