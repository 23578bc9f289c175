// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PlanDocument } from '../core/index.ts';
import { evaluate } from '../core/report/evaluate-plan.ts';
import { resolvePlan } from '../core/model/resolve-plan.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { draftToPlan } from '../state/plan-draft.ts';
import { App } from './app.tsx';

// Count every evaluation and every resolution of a plan, wherever in the page or the core they happen.
vi.mock('../core/report/evaluate-plan.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/report/evaluate-plan.ts')>();
  return { ...real, evaluate: vi.fn(real.evaluate), evaluatePlan: vi.fn(real.evaluatePlan) };
});
vi.mock('../core/model/resolve-plan.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/model/resolve-plan.ts')>();
  return { ...real, resolvePlan: vi.fn(real.resolvePlan) };
});

const evaluated = vi.mocked(evaluate);
const resolved = vi.mocked(resolvePlan);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

afterEach(cleanup);

describe('one evaluation per edit (issue 14)', () => {
  it('a keystroke evaluates the plan once; every view, the charts and the comparison read that evaluation', async () => {
    const user = userEvent.setup();
    render(<App pageEnd={document.body} />);
    // Wait for the later parts (address map, headroom, plugin comparison) to load and render.
    await screen.findByRole('heading', { name: 'Compare network plugins' }, { timeout: 10_000 });
    await screen.findByRole('heading', { name: 'Address map' });
    const title = screen.getByLabelText('Plan title');
    evaluated.mockClear();
    resolved.mockClear();

    await user.type(title, 'x');
    const plan: PlanDocument = draftToPlan(usePlanStore.getState().draft).plan;
    expect(plan.title?.endsWith('x')).toBe(true);
    // The deferred views (map, headroom, comparison, print) catch up after the keystroke's render.
    await waitFor(() => expect(evaluated.mock.calls.length).toBeGreaterThan(0));
    await new Promise((done) => setTimeout(done, 300));

    const ofThePlan = evaluated.mock.calls.filter(([doc]) => same(doc, plan));
    expect(ofThePlan).toHaveLength(1);
    // The only other evaluations are of other plans: the comparison's plan under each other plugin.
    const others = evaluated.mock.calls.filter(([doc]) => !same(doc, plan));
    for (const [doc] of others) expect(doc.cluster?.networkPlugin).not.toBe(plan.cluster?.networkPlugin);
    expect(others.length).toBeLessThanOrEqual(2);
    // Nothing resolves a plan on its own: each resolution is one of those evaluations.
    expect(resolved.mock.calls).toHaveLength(evaluated.mock.calls.length);
  }, 30_000);
});
