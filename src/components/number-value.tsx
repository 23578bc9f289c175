import { formatCount } from '../core/index';

interface NumberValueProps {
  value: bigint | number | null | undefined;
  testId?: string;
}

/**
 * A count, digits and thousands separators only, so tests and automation can read it (plan-document.md §4).
 * When there is no value (the input it depends on is invalid) it shows a dash without the test hook.
 */
export function NumberValue({ value, testId }: NumberValueProps) {
  if (value === null || value === undefined) {
    return (
      <span className="number-value number-value-missing" title="Not available: see the findings">
        —
      </span>
    );
  }
  return (
    <span className="number-value" data-testid={testId}>
      {formatCount(value)}
    </span>
  );
}
