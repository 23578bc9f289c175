interface RowActionsProps {
  /** What the row is, for the buttons' accessible names ("node pool apps"). */
  what: string;
  index: number;
  count: number;
  onDuplicate: () => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}

/** Move up, move down, duplicate and remove buttons for one row of a list. */
export function RowActions({ what, index, count, onDuplicate, onRemove, onMove }: RowActionsProps) {
  return (
    <div className="row-actions" role="group" aria-label={`Actions for ${what}`}>
      <button
        type="button"
        className="icon-button"
        onClick={() => onMove(-1)}
        disabled={index === 0}
        aria-label={`Move ${what} up`}
        title="Move up"
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onMove(1)}
        disabled={index === count - 1}
        aria-label={`Move ${what} down`}
        title="Move down"
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onDuplicate}
        aria-label={`Duplicate ${what}`}
        title="Duplicate"
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <rect
            x="5"
            y="5"
            width="9"
            height="9"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H11" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <RemoveButton what={what} onRemove={onRemove} />
    </div>
  );
}

/** The remove button of a row, or of one entry of a list (an extra CIDR entry). */
export function RemoveButton({ what, onRemove }: { what: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="icon-button icon-button-danger"
      onClick={onRemove}
      aria-label={`Remove ${what}`}
      title="Remove"
    >
      ✕
    </button>
  );
}
