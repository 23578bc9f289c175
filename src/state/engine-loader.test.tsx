// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { loadEngine, useEngine, useEngineFailed } from './engine-loader.ts';

function Probe() {
  const engine = useEngine();
  const failed = useEngineFailed();
  return <p>{failed ? 'failed' : engine === null ? 'loading' : typeof engine.evaluatePlan}</p>;
}

describe('engine loader', () => {
  it('loads the engine once and hands it to components', async () => {
    const first = await loadEngine();
    expect(await loadEngine()).toBe(first);
    expect(first.evaluatePlan({ schemaVersion: 1, nodePools: [] })).toHaveProperty('findings');
    render(<Probe />);
    expect(screen.getByText('function')).toBeTruthy();
  });
});
