import { ruleSource, type Working } from '../../core/index.ts';

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
