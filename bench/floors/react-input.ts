// Floor: a key in a React-controlled field whose value one number follows (bench/floors.bench.ts).
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Field() {
  const [value, setValue] = useState('30');
  return createElement(
    'div',
    { className: 'results' },
    createElement('input', {
      id: 'field-x',
      'aria-label': 'Max pods per node',
      value,
      onChange: (event: { target: HTMLInputElement }) => setValue(event.target.value),
    }),
    createElement('span', { 'data-testid': 'result' }, String(Number(value) * 7)),
  );
}

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(createElement(Field));
