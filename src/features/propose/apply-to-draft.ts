import type { PlanDocument, ProposalChange } from '../../core/index.ts';
import type { DraftCluster, DraftSubnet, PlanDraft } from '../../state/plan-draft.ts';

/** A field of the draft a proposal wrote: what Undo puts back (by subnet row id, so rows may move). */
export type DraftField =
  | { kind: 'vnetAddressSpace' }
  | { kind: 'cluster'; key: keyof DraftCluster }
  | { kind: 'subnet'; id: string; key: 'addressPrefixes' | 'delegatedTo' };

const SUBNET_FIELD = /^vnet\.subnets\[(\d+)\]\.(addressPrefixes|delegatedTo)$/;

function setCluster<K extends keyof DraftCluster>(
  draft: PlanDraft,
  key: K,
  value: DraftCluster[K],
  touched: DraftField[],
): PlanDraft {
  touched.push({ kind: 'cluster', key });
  return { ...draft, cluster: { ...draft.cluster, [key]: value } };
}

/**
 * The draft with the chosen changes of a proposal put in, field by field: everything else the user
 * typed stays as typed (even text that doesn't read yet). Returns the fields it wrote, for Undo.
 * A pod or service CIDR change writes the proposed plan's whole list, so a dual-stack list stays
 * whole and in order.
 *
 * @example applyToDraft(draft, [{ path: 'cluster.serviceCidrs[0]', to: '10.1.0.0/16', … }], plan).draft.cluster.serviceCidrs // ['10.1.0.0/16']
 */
export function applyToDraft(
  draft: PlanDraft,
  changes: readonly ProposalChange[],
  proposed: PlanDocument,
): { draft: PlanDraft; touched: DraftField[] } {
  let next = draft;
  const touched: DraftField[] = [];
  for (const change of changes) {
    const subnet = SUBNET_FIELD.exec(change.path);
    if (subnet !== null) {
      const index = Number(subnet[1]);
      const key = subnet[2] as 'addressPrefixes' | 'delegatedTo';
      const row = next.subnets[index];
      if (row === undefined) continue;
      const rows: DraftSubnet[] = [...next.subnets];
      rows[index] = { ...row, [key]: change.to };
      next = { ...next, subnets: rows };
      touched.push({ kind: 'subnet', id: row.id, key });
    } else if (change.path.startsWith('vnet.addressSpace')) {
      next = { ...next, vnetAddressSpace: (proposed.vnet?.addressSpace ?? []).join(', ') };
      touched.push({ kind: 'vnetAddressSpace' });
    } else if (change.path.startsWith('cluster.podCidrs[')) {
      next = setCluster(next, 'podCidrs', [...(proposed.cluster?.podCidrs ?? [])], touched);
    } else if (change.path.startsWith('cluster.serviceCidrs[')) {
      next = setCluster(next, 'serviceCidrs', [...(proposed.cluster?.serviceCidrs ?? [])], touched);
    } else if (change.path === 'cluster.dnsServiceIp') {
      next = setCluster(next, 'dnsServiceIp', change.to, touched);
    } else if (change.path === 'cluster.podCidrExpansion') {
      next = setCluster(next, 'podCidrExpansion', change.to, touched);
    }
  }
  return { draft: next, touched };
}

/**
 * Undo: the fields a proposal wrote get their values from before it back; everything typed since in
 * other fields stays.
 *
 * @example undoFields(current, before, [{ kind: 'cluster', key: 'serviceCidrs' }]).cluster.serviceCidrs // before's list
 */
export function undoFields(current: PlanDraft, before: PlanDraft, touched: readonly DraftField[]): PlanDraft {
  let next = current;
  for (const field of touched) {
    if (field.kind === 'vnetAddressSpace') next = { ...next, vnetAddressSpace: before.vnetAddressSpace };
    else if (field.kind === 'cluster')
      next = { ...next, cluster: { ...next.cluster, [field.key]: before.cluster[field.key] } };
    else {
      const old = before.subnets.find((s) => s.id === field.id);
      if (old === undefined) continue;
      next = {
        ...next,
        subnets: next.subnets.map((s) => (s.id === field.id ? { ...s, [field.key]: old[field.key] } : s)),
      };
    }
  }
  return next;
}

/** True when a change answers a finding: the same field, or one inside the other (`vnet.subnets[0]`). */
export function changeAnswers(change: ProposalChange, findingPath: string): boolean {
  const within = (a: string, b: string): boolean =>
    a === b || (a.startsWith(b) && (a[b.length] === '.' || a[b.length] === '['));
  return within(change.path, findingPath) || within(findingPath, change.path);
}

/** Findings "Fix this" is offered on: a range too small, or overlapping another. */
export function isFixableFinding(code: string): boolean {
  return /INSUFFICIENT|TOO_SMALL|OVERLAP|IN_VNET_SPACE/.test(code);
}
