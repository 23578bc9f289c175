import { useId, useState } from 'react';
import { NumberValue } from '../../components/number-value.tsx';
import type { Working } from '../../core/index.ts';
import { ruleSource } from './rule-sources.ts';

/** The formula and the rule behind a number, with a link to the rule's source. */
export function WorkingText({ working, id }: { working: Working; id?: string }) {
  const source = ruleSource(working.rule);
  return (
    <p className="working" id={id}>
      <span className="working-formula">{working.formula}</span>{' '}
      <span className="working-rule">
        ({working.rule}
        {source === null ? null : (
          <>
            {', '}
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.title}
            </a>
          </>
        )}
        )
      </span>
    </p>
  );
}

interface FigureProps {
  label: string;
  value: bigint | number | null | undefined;
  testId?: string;
  working?: Working;
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
        {working !== undefined && open ? <WorkingText working={working} id={id} /> : null}
      </dd>
    </div>
  );
}
