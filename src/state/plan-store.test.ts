import { beforeEach, describe, expect, it } from 'vitest';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan } from './plan-draft.ts';
import { templateById } from './templates.ts';
import { scenario } from '../testing/scenarios.ts';

const store = usePlanStore.getState;
const draft = () => usePlanStore.getState().draft;
const names = (list: 'subnets' | 'nodePools' | 'connectedNetworks') => draft()[list].map((row) => row.name);
const idOf = (list: 'subnets' | 'nodePools' | 'connectedNetworks', name: string): string => {
  const row = draft()[list].find((r) => r.name === name);
  if (row === undefined) throw new Error(`no ${name} in ${list}`);
  return row.id;
};

beforeEach(() => {
  const template = templateById('blank-overlay');
  if (template === undefined) throw new Error('no blank-overlay template');
  store().loadPlan(template.plan);
});

describe('plan store', () => {
  it('starts from the blank-overlay template', () => {
    expect(names('subnets')).toEqual(['nodes']);
    expect(names('nodePools')).toEqual(['system']);
    expect(draft().connectedNetworks).toEqual([]);
  });

  it('loadPlan replaces the whole draft', () => {
    store().loadPlan(scenario('production-autoscale').plan);
    expect(names('nodePools')).toEqual(['system', 'apps', 'win22']);
    expect(names('connectedNetworks')).toEqual(['hub', 'shared-services']);
    expect(draftToPlan(draft()).plan).toEqual(scenario('production-autoscale').plan);
  });

  it('setTop and setCluster patch only what they are given', () => {
    store().setTop({ title: 'Payments' });
    store().setCluster({ podCidrs: ['10.244.0.0/20'] });
    expect(draft().title).toBe('Payments');
    expect(draft().cluster.podCidrs[0]).toBe('10.244.0.0/20');
    expect(draft().cluster.kubernetesVersion).toBe('1.33');
    expect(draft().vnetAddressSpace).toBe('10.224.0.0/12');
  });

  it('adds rows with fresh names and ids; a new pool is a User pool of 3 nodes', () => {
    store().addRow('nodePools');
    store().addRow('subnets');
    store().addRow('connectedNetworks');
    expect(names('nodePools')).toEqual(['system', 'pool2']);
    expect(draft().nodePools[1]).toMatchObject({ mode: 'User', count: '3', enableAutoScaling: false });
    expect(names('subnets')).toEqual(['nodes', 'snet-2']);
    expect(draft().connectedNetworks[0]).toMatchObject({ name: '', kind: 'peering', addressPrefixes: '' });
    const ids = [...draft().nodePools, ...draft().subnets, ...draft().connectedNetworks].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('updateRow changes one row only', () => {
    store().addRow('nodePools');
    store().updateRow('nodePools', idOf('nodePools', 'pool2'), { name: 'apps', maxPods: '250' });
    expect(draft().nodePools.map((p) => [p.name, p.maxPods])).toEqual([
      ['system', ''],
      ['apps', '250'],
    ]);
  });

  it('duplicates a row right after it, with a new name and id; a System pool copy becomes User', () => {
    store().updateRow('nodePools', idOf('nodePools', 'system'), { count: '4', maxPods: '110' });
    store().duplicateRow('nodePools', idOf('nodePools', 'system'));
    expect(names('nodePools')).toEqual(['system', 'system2']);
    const [original, copy] = draft().nodePools;
    expect(copy).toMatchObject({ count: '4', maxPods: '110', mode: 'User' });
    expect(copy?.id).not.toBe(original?.id);
    store().duplicateRow('nodePools', idOf('nodePools', 'system'));
    expect(names('nodePools')).toEqual(['system', 'system3', 'system2']);
    store().duplicateRow('nodePools', 'no-such-id');
    expect(names('nodePools')).toEqual(['system', 'system3', 'system2']);
  });

  it('duplicates a subnet with its other IPs, each with a new id', () => {
    store().addOtherIps(idOf('subnets', 'nodes'));
    store().duplicateRow('subnets', idOf('subnets', 'nodes'));
    const [original, copy] = draft().subnets;
    expect(copy?.name).toBe('nodes2');
    expect(copy?.addressPrefixes).toBe('10.224.0.0/22');
    expect(copy?.otherIps).toHaveLength(1);
    expect(copy?.otherIps[0]?.id).not.toBe(original?.otherIps[0]?.id);
  });

  it('copies of unnamed rows get a name too', () => {
    store().addRow('connectedNetworks');
    store().duplicateRow('connectedNetworks', draft().connectedNetworks[0]?.id ?? '');
    expect(names('connectedNetworks')).toEqual(['', 'copy2']);
  });

  it('moves rows up and down, and not past either end', () => {
    store().addRow('nodePools');
    store().addRow('nodePools');
    expect(names('nodePools')).toEqual(['system', 'pool2', 'pool3']);
    store().moveRow('nodePools', idOf('nodePools', 'pool3'), -1);
    expect(names('nodePools')).toEqual(['system', 'pool3', 'pool2']);
    store().moveRow('nodePools', idOf('nodePools', 'system'), 1);
    expect(names('nodePools')).toEqual(['pool3', 'system', 'pool2']);
    const before = draft();
    store().moveRow('nodePools', idOf('nodePools', 'pool3'), -1);
    store().moveRow('nodePools', idOf('nodePools', 'pool2'), 1);
    store().moveRow('nodePools', 'no-such-id', 1);
    expect(draft()).toBe(before);
  });

  it('removes rows', () => {
    store().addRow('nodePools');
    store().removeRow('nodePools', idOf('nodePools', 'system'));
    expect(names('nodePools')).toEqual(['pool2']);
    store().removeRow('subnets', idOf('subnets', 'nodes'));
    expect(draft().subnets).toEqual([]);
  });

  it('adds, updates and removes other IPs of one subnet', () => {
    store().addRow('subnets');
    const nodes = idOf('subnets', 'nodes');
    store().addOtherIps(nodes);
    store().addOtherIps(nodes);
    const [first, second] = draft().subnets[0]?.otherIps ?? [];
    expect(first).toMatchObject({ name: '', count: '1' });
    store().updateOtherIps(nodes, first?.id ?? '', { name: 'internal load balancers', count: '6' });
    store().removeOtherIps(nodes, second?.id ?? '');
    expect(draft().subnets[0]?.otherIps.map((o) => [o.name, o.count])).toEqual([
      ['internal load balancers', '6'],
    ]);
    expect(draft().subnets[1]?.otherIps).toEqual([]);
    expect(draftToPlan(draft()).plan.vnet?.subnets?.[0]?.otherIps).toEqual([
      { name: 'internal load balancers', count: 6 },
    ]);
  });
});
