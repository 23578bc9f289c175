// Floor: what any React page that shows a share link's result must load and run: React, the link's
// decoder and the planning core's evaluation, and one number rendered (bench/floors.bench.ts).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { decodePlan, evaluatePlan, formatCount } from '../../src/core/index.ts';

const report = evaluatePlan(decodePlan(location.search).plan);
const root = document.getElementById('root');
if (root !== null)
  createRoot(root).render(
    createElement(
      'span',
      { 'data-testid': 'pod-max-nodes-ipv4' },
      formatCount(report.podRanges[0]?.maxNodes ?? 0),
    ),
  );
