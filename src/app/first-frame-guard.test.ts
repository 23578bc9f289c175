import { describe, expect, it } from 'vitest';
import { EARLY_EDITS, firstFrameGuard, STALE_FIRST_FRAME } from './first-frame-guard.ts';

const FACTS = { storageKey: 'planner:current', storageFormat: 1, draftJson: '{"title":"New AKS cluster"}' };

/** Runs the guard against a fake page: an address, a storage and the document it marks. */
function runGuard(place: { search?: string; hash?: string }, stored: string | null | Error = null) {
  const classes = new Set<string>();
  const listeners: Array<[string, (e: { target: unknown }) => void]> = [];
  const window: Record<string, unknown> = {};
  const document = {
    documentElement: { classList: { add: (c: string) => classes.add(c) } },
    addEventListener: (type: string, fn: (e: { target: unknown }) => void) => listeners.push([type, fn]),
    removeEventListener: (type: string, fn: unknown) => {
      const at = listeners.findIndex(([t, f]) => t === type && f === fn);
      if (at >= 0) listeners.splice(at, 1);
    },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return key === FACTS.storageKey ? stored : null;
    },
  };
  const location = { search: place.search ?? '', hash: place.hash ?? '' };
  new Function('location', 'localStorage', 'document', 'window', firstFrameGuard(FACTS))(
    location,
    localStorage,
    document,
    window,
  );
  return {
    stale: classes.has(STALE_FIRST_FRAME),
    early: window[EARLY_EDITS] as { targets: Set<unknown>; clicks: unknown[]; stop: () => void } | undefined,
    listeners,
  };
}

const keep = (draft: unknown, format = 1) =>
  JSON.stringify({ format, savedAt: '2026-12-06T00:00:00Z', draft });

describe('firstFrameGuard', () => {
  it('example: the guard is one self-running function', () => {
    expect(firstFrameGuard({ storageKey: 'k', storageFormat: 1, draftJson: '{}' }).startsWith('(()=>{')).toBe(
      true,
    );
  });

  it.each<[string, { search?: string; hash?: string }, string | null | Error, boolean]>([
    ['a bare address and nothing stored', {}, null, false],
    ['a lone "?" or "#"', { search: '?', hash: '#' }, null, false],
    ['the default draft stored', {}, keep({ title: 'New AKS cluster' }), false],
    ['a share link in the query', { search: '?v=1.1&t=Mine' }, null, true],
    ['a share link in the fragment', { hash: '#v=1.1&t=Mine' }, null, true],
    ['any other query (it may be a plan)', { search: '?utm_source=mail' }, null, true],
    ['another draft stored', {}, keep({ title: 'Mine' }), true],
    ['the default draft in another format', {}, keep({ title: 'New AKS cluster' }, 2), true],
    ['a stored value that is not JSON', {}, '{oops', true],
    ['a stored null', {}, 'null', true],
    ['storage that refuses to be read', {}, new Error('SecurityError'), true],
  ])('%s: stale %s', (_, place, stored, stale) => {
    const run = runGuard(place, stored);
    expect(run.stale).toBe(stale);
    // Edits are noted only while the frame is the one the app takes over.
    expect(run.early === undefined).toBe(stale);
  });

  it('notes the fields edited and the buttons clicked until stopped', () => {
    const run = runGuard({});
    expect(run.listeners.map(([type]) => type)).toEqual(['input', 'change', 'click']);
    const field = {};
    const button = { tag: 'button' };
    const inButton = { closest: (selector: string) => (selector === 'button' ? button : null) };
    const elsewhere = { closest: () => null };
    for (const [type, listener] of run.listeners) {
      if (type === 'click') for (const target of [inButton, elsewhere, inButton]) listener({ target });
      else listener({ target: field });
    }
    expect([...(run.early?.targets ?? [])]).toEqual([field]);
    expect(run.early?.clicks).toEqual([button, button]);
    run.early?.stop();
    expect(run.listeners).toEqual([]);
  });
});
