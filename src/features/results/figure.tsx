import { useId, useState } from 'react';
import { NumberValue } from '../../components/number-value.tsx';
import { LazyWorking, type WorkingOf } from './lazy-working.tsx';

interface FigureProps {
  label: string;
  value: bigint | number | null | undefined;
  testId?: string;
  working?: WorkingOf;
  unit?: string;
}

/** One labelled number that can show its working (a `<dt>`/`<dd>` pair inside a `<dl>`). */
export function Figure({ label, value, testId, working, unit }: FigureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="figure">
      <dt className="figure-label">{label}</dt>
      <dd className="figure-value">
        <NumberValue value={value} {...(testId === undefined ? {} : { testId })} />
        {unit === undefined ? null : <span className="figure-unit"> {unit}</span>}
        {working === undefined ? null : (
          <button
            type="button"
            className="working-toggle"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open ? 'hide' : 'how?'}
            <span className="visually-hidden"> working for {label}</span>
          </button>
        )}
        {working !== undefined && open ? <LazyWorking of={working} id={id} /> : null}
      </dd>
    </div>
  );
}
