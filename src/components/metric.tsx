import type { ReactNode } from 'react';
import { NumberValue } from './number-value';

interface MetricProps {
  label: string;
  value: bigint | number | null | undefined;
  testId: string;
  /** How the number comes about, in a few words. */
  detail?: ReactNode;
}

/** One labelled number in a results card (a `<dt>`/`<dd>` pair inside a `<dl>`). */
export function Metric({ label, value, testId, detail }: MetricProps) {
  return (
    <div className="metric">
      <dt className="metric-label">{label}</dt>
      <dd className="metric-value">
        <NumberValue value={value} testId={testId} />
        {detail ? <span className="metric-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}
