import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode } from '../core/index.ts';
import { FieldFindingsStore, NO_FINDINGS } from './field-findings.ts';

const finding = (code: string, message = `${code} message`): Finding => ({
  code: code as FindingCode, // made-up codes ('A', 'B') stand for any
  severity: 'error',
  message,
  path: 'x',
});

function watch(store: FieldFindingsStore, path: string): { calls: number } {
  const seen = { calls: 0 };
  store.subscribe(path, () => (seen.calls += 1));
  return seen;
}

describe('FieldFindingsStore', () => {
  it('doc example: publishing findings for one field tells that field only', () => {
    const store = new FieldFindingsStore();
    const pods = watch(store, 'cluster.podCidrs');
    const count = watch(store, 'nodePools[0].count');
    const podFinding = finding('POD_CIDR_OVERLAPS_SUBNET');
    store.publish(new Map([['cluster.podCidrs', [podFinding]]]));
    expect(store.get('cluster.podCidrs')).toEqual([podFinding]);
    expect(store.get('nodePools[0].count')).toBe(NO_FINDINGS);
    expect([pods.calls, count.calls]).toEqual([1, 0]);
  });

  it('keeps the same array while the findings read the same (new objects, same code and message)', () => {
    const store = new FieldFindingsStore();
    const pods = watch(store, 'cluster.podCidrs');
    store.publish(new Map([['cluster.podCidrs', [finding('A')]]]));
    const first = store.get('cluster.podCidrs');
    store.publish(new Map([['cluster.podCidrs', [finding('A')]]]));
    expect(store.get('cluster.podCidrs')).toBe(first);
    expect(pods.calls).toBe(1);
    // A new message is a change.
    store.publish(new Map([['cluster.podCidrs', [finding('A', 'another message')]]]));
    expect(store.get('cluster.podCidrs')).not.toBe(first);
    expect(pods.calls).toBe(2);
  });

  it('tells a field whose findings went away, and stops telling an unsubscribed one', () => {
    const store = new FieldFindingsStore();
    let calls = 0;
    const unsubscribe = store.subscribe('vnet.name', () => (calls += 1));
    store.publish(new Map([['vnet.name', [finding('NAME_INVALID_LABEL_CHARS')]]]));
    store.publish(new Map());
    expect(store.get('vnet.name')).toBe(NO_FINDINGS);
    expect(calls).toBe(2);
    unsubscribe();
    store.publish(new Map([['vnet.name', [finding('B')]]]));
    expect(calls).toBe(2);
  });
});
