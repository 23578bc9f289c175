import { describe, expect, it } from 'vitest';
import {
  draftFamilies,
  entryFamilies,
  entryLabels,
  entryOfPlanItem,
  shownEntries,
  withDualStack,
  withEntry,
  withoutEntry,
} from './cidr-lists.ts';
import { planToDraft } from './plan-draft.ts';

const cluster = planToDraft({ schemaVersion: 1, nodePools: [] }).cluster;

describe('doc-comment examples', () => {
  it('draftFamilies', () => {
    expect(draftFamilies({ dualStack: true, ipv6First: false })).toEqual(['IPv4', 'IPv6']);
  });
  it('shownEntries', () => {
    expect(shownEntries(['10.244.0.0/16'], ['IPv4', 'IPv6'])).toEqual(['10.244.0.0/16', '']);
  });
  it('entryFamilies', () => {
    expect(entryFamilies(['', 'fd00::/64'], ['IPv4', 'IPv6'])).toEqual(['IPv4', 'IPv6']);
  });
  it('entryLabels', () => {
    expect(entryLabels('Pod CIDR', ['fd00::/64', ''], ['IPv4', 'IPv6'])).toEqual([
      'Pod CIDR (IPv6)',
      'Pod CIDR (IPv4)',
    ]);
  });
  it('withoutEntry', () => {
    expect(withoutEntry(['10.244.0.0/16', '10.245.0.0/16'], 1)).toEqual(['10.244.0.0/16']);
  });

  it('withEntry', () => {
    expect(withEntry([], 1, 'fd00::/64')).toEqual(['', 'fd00::/64']);
  });
  it('entryOfPlanItem', () => {
    expect(entryOfPlanItem(['', 'fd00::/64'], 0)).toBe(1);
  });
  it('withDualStack', () => {
    expect(
      withDualStack({ ...cluster, dualStack: true, podCidrs: ['10.244.0.0/16', 'fd00::/64'] }, false)
        .podCidrs,
    ).toEqual(['10.244.0.0/16']);
  });
});

describe('draftFamilies', () => {
  it.each([
    [false, false, ['IPv4']],
    [false, true, ['IPv4']],
    [true, false, ['IPv4', 'IPv6']],
    [true, true, ['IPv6', 'IPv4']],
  ])('dual-stack %s, IPv6 first %s: %j', (dualStack, ipv6First, families) => {
    expect(draftFamilies({ dualStack, ipv6First })).toEqual(families);
  });
});

describe('entry labels name the family of each entry', () => {
  it.each<[string, string[], ('IPv4' | 'IPv6')[], string[]]>([
    ['single-stack, empty', [''], ['IPv4'], ['Pod CIDR (IPv4)']],
    ['single-stack, text that does not read yet', ['10.244.0.0/33'], ['IPv4'], ['Pod CIDR (IPv4)']],
    ['single-stack, an IPv6 range', ['fd00::/64'], ['IPv4'], ['Pod CIDR (IPv6)']],
    ['dual-stack, empty', ['', ''], ['IPv4', 'IPv6'], ['Pod CIDR (IPv4)', 'Pod CIDR (IPv6)']],
    [
      'dual-stack, IPv6 first by text',
      ['fd00::/64', '10.0.0.0/16'],
      ['IPv4', 'IPv6'],
      ['Pod CIDR (IPv6)', 'Pod CIDR (IPv4)'],
    ],
    ['IPv6-first families, empty', ['', ''], ['IPv6', 'IPv4'], ['Pod CIDR (IPv6)', 'Pod CIDR (IPv4)']],
    [
      'IPv6-first families, junk in the first',
      ['x', ''],
      ['IPv6', 'IPv4'],
      ['Pod CIDR (IPv6)', 'Pod CIDR (IPv4)'],
    ],
    [
      'two IPv4 ranges: the second is numbered',
      ['10.244.0.0/16', '10.245.0.0/16'],
      ['IPv4'],
      ['Pod CIDR (IPv4)', 'Pod CIDR 2 (IPv4)'],
    ],
    [
      'an extra entry beyond the families',
      ['10.244.0.0/16', 'fd00::/64', 'junk'],
      ['IPv4', 'IPv6'],
      ['Pod CIDR (IPv4)', 'Pod CIDR (IPv6)', 'Pod CIDR 2 (IPv4)'],
    ],
  ])('%s', (_what, entries, families, labels) => {
    expect(entryLabels('Pod CIDR', entries, families)).toEqual(labels);
  });
});

describe('entryOfPlanItem: the draft entry a plan list item came from', () => {
  it.each<[string[], number | null, number]>([
    [[''], 0, 0],
    [[''], null, 0],
    [['', ''], 1, 1],
    [['10.0.0.0/8', ''], 0, 0],
    [['', 'fd00::/64'], null, 1],
    [['a', ' ', 'b'], 1, 2],
    [['a'], 5, 0],
  ])('%j item %s → entry %i', (entries, index, entry) => {
    expect(entryOfPlanItem(entries, index)).toBe(entry);
  });
});

describe('the dual-stack checkbox', () => {
  const dual = { ...cluster, dualStack: true, podCidrs: ['10.244.0.0/16', 'fd00:1::/64'], serviceCidrs: [] };

  it('off: takes the IPv6 entry out and sets it aside; on: puts it back, after the IPv4 one', () => {
    const off = withDualStack(dual, false);
    expect(off).toMatchObject({ dualStack: false, podCidrs: ['10.244.0.0/16'], podCidrAside: 'fd00:1::/64' });
    expect(withDualStack(off, true)).toEqual(dual);
  });

  it('off: finds the IPv6 entry by its text, wherever it is, and drops IPv6-first', () => {
    const first = { ...dual, ipv6First: true, podCidrs: ['fd00:1::/64', '10.244.0.0/16'] };
    expect(withDualStack(first, false)).toMatchObject({
      ipv6First: false,
      podCidrs: ['10.244.0.0/16'],
      podCidrAside: 'fd00:1::/64',
    });
  });

  it('off: with no IPv6 text, takes the entry at the IPv6 place; a lone entry stays', () => {
    expect(withDualStack({ ...dual, podCidrs: ['10.244.0.0/16', 'typo'] }, false).podCidrs).toEqual([
      '10.244.0.0/16',
    ]);
    expect(withDualStack({ ...dual, podCidrs: ['10.244.0.0/16'] }, false).podCidrs).toEqual([
      '10.244.0.0/16',
    ]);
  });

  it('on: nothing set aside adds no entry (the form shows an empty one per family)', () => {
    expect(withDualStack({ ...cluster, podCidrs: ['10.244.0.0/16'] }, true).podCidrs).toEqual([
      '10.244.0.0/16',
    ]);
  });

  it('unchanged: the same object', () => {
    expect(withDualStack(dual, true)).toBe(dual);
  });
});
