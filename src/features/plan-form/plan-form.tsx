import { usePlanStore } from '../../state/plan-store.ts';
import { TextArea, TextInput } from './fields.tsx';
import { ClusterSection } from './cluster-section.tsx';
import { VnetSection } from './vnet-section.tsx';
import { PoolsSection } from './pools-section.tsx';
import { ConnectedSection } from './connected-section.tsx';
import { UndoRemoveNotice } from './undo-remove.tsx';

/** Every input of the plan document (plan-document.md §1), grouped as an architect thinks of them. */
export function PlanForm() {
  const title = usePlanStore((s) => s.draft.title);
  const notes = usePlanStore((s) => s.draft.notes);
  const setTop = usePlanStore((s) => s.setTop);
  return (
    <form className="plan-form" aria-label="Plan" onSubmit={(event) => event.preventDefault()}>
      <section className="form-section" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan</h2>
        <div className="field-grid">
          <TextInput
            path="title"
            label="Plan title"
            className="field-wide"
            value={title}
            onChange={(t) => setTop({ title: t })}
          />
          <TextArea
            path="notes"
            label="Notes"
            className="field-wide"
            value={notes}
            onChange={(n) => setTop({ notes: n })}
          />
        </div>
      </section>
      <ClusterSection />
      <VnetSection />
      <PoolsSection />
      <ConnectedSection />
      <UndoRemoveNotice />
    </form>
  );
}
