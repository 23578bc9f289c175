import type { IpFamily } from '../core/index.ts';
import { parseCidr } from '../core/ip/cidr.ts';

/** The cluster's two CIDR lists, kept as lists in the draft (one form field per entry). */
export type CidrListKey = 'podCidrs' | 'serviceCidrs';

/** The fields of the draft's cluster (DraftCluster) that say which IP families it plans. */
interface DraftFamilyFields {
  dualStack: boolean;
  ipv6First: boolean;
  /** IPv6 only (`ipFamilies: ["IPv6"]`), kept as planned; read only when `dualStack` is on. */
  ipv6Only?: boolean;
}

/** The fields of the draft's cluster that hold its CIDR lists. */
interface DraftListFields extends DraftFamilyFields {
  podCidrs: string[];
  serviceCidrs: string[];
  podCidrAside: string;
  serviceCidrAside: string;
}

/**
 * The IP families the draft plans, in its order: IPv4, or both (IPv4 first unless the plan listed
 * IPv6 first).
 *
 * @example draftFamilies({ dualStack: true, ipv6First: false }) // ['IPv4', 'IPv6']
 */
export function draftFamilies(cluster: DraftFamilyFields): IpFamily[] {
  if (!cluster.dualStack) return ['IPv4'];
  if (cluster.ipv6Only === true) return ['IPv6'];
  return cluster.ipv6First ? ['IPv6', 'IPv4'] : ['IPv4', 'IPv6'];
}

/**
 * The entries of a list as the form shows them: every entry, and empty ones up to one per family
 * (an empty entry is left out of the plan, so the default applies).
 *
 * @example shownEntries(['10.244.0.0/16'], ['IPv4', 'IPv6']) // ['10.244.0.0/16', '']
 */
export function shownEntries(list: readonly string[], families: readonly IpFamily[]): string[] {
  const entries = [...list];
  while (entries.length < families.length) entries.push('');
  return entries;
}

/**
 * The family each entry is for: its own when its text reads as a CIDR, else the next family of the
 * plan's order that no entry claims (so an empty or half-typed entry is named by its place).
 *
 * @example entryFamilies(['', 'fd00::/64'], ['IPv4', 'IPv6']) // ['IPv4', 'IPv6']
 */
export function entryFamilies(entries: readonly string[], families: readonly IpFamily[]): IpFamily[] {
  const own = entries.map((text) => {
    const parsed = parseCidr(text);
    return parsed.ok ? parsed.cidr.family : null;
  });
  const unclaimed = families.filter((family) => !own.includes(family));
  let next = 0;
  return own.map((family, i) => {
    if (family !== null) return family;
    const free = unclaimed[next];
    next += 1;
    return free ?? families[i] ?? families[0] ?? 'IPv4';
  });
}

/**
 * The form's label of each entry: "Pod CIDR (IPv4)"; a second entry of the same family (which AKS
 * rejects, R49) is "Pod CIDR 2 (IPv4)", so every field has its own name.
 *
 * @example entryLabels('Pod CIDR', ['fd00::/64', ''], ['IPv4', 'IPv6']) // ['Pod CIDR (IPv6)', 'Pod CIDR (IPv4)']
 */
export function entryLabels(
  name: string,
  entries: readonly string[],
  families: readonly IpFamily[],
): string[] {
  const seen = new Map<IpFamily, number>();
  return entryFamilies(entries, families).map((family) => {
    const n = (seen.get(family) ?? 0) + 1;
    seen.set(family, n);
    return n === 1 ? `${name} (${family})` : `${name} ${n} (${family})`;
  });
}

/**
 * The list with entry `index` set to `value` (empty entries are added before it when needed).
 *
 * @example withEntry([], 1, 'fd00::/64') // ['', 'fd00::/64']
 */
export function withEntry(list: readonly string[], index: number, value: string): string[] {
  const next = [...list];
  while (next.length < index) next.push('');
  next[index] = value;
  return next;
}

/**
 * The list without entry `index` (an extra entry the user removes).
 *
 * @example withoutEntry(['10.244.0.0/16', '10.245.0.0/16'], 1) // ['10.244.0.0/16']
 */
export function withoutEntry(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/**
 * The entry of the draft list a plan list item came from (`draftToPlan` leaves empty entries out):
 * item `index` is the index-th typed entry; the whole list (`null`) is its first typed entry; with
 * nothing typed, the shown entry at that place. Always an entry the form shows.
 *
 * @example entryOfPlanItem(['', 'fd00::/64'], 0) // 1
 */
export function entryOfPlanItem(entries: readonly string[], index: number | null): number {
  const typed = entries.flatMap((text, i) => (text.trim() === '' ? [] : [i]));
  if (index === null) return typed[0] ?? 0;
  if (typed.length > 0) return typed[index] ?? typed[0] ?? 0;
  return index < entries.length ? index : 0;
}

/** The second family's entry of a list: the one that reads as IPv6, else the one at IPv6's place. */
function ipv6Entry(list: readonly string[], families: readonly IpFamily[]): number {
  const byText = list.findIndex((text) => {
    const parsed = parseCidr(text);
    return parsed.ok && parsed.cidr.family === 'IPv6';
  });
  if (byText >= 0) return byText;
  if (list.length < 2) return -1;
  return Math.min(families.indexOf('IPv6'), list.length - 1);
}

/**
 * The dual-stack checkbox: turned on, the IPv6 entries come (back) after the IPv4 ones; turned off,
 * each list's IPv6 entry is taken out and set aside (not lost: turning it on again puts it back), and
 * the families are IPv4 only.
 *
 * @example withDualStack({ ...cluster, dualStack: true, podCidrs: ['10.244.0.0/16', 'fd00::/64'] }, false).podCidrs // ['10.244.0.0/16']
 */
export function withDualStack<T extends DraftListFields>(cluster: T, on: boolean): T {
  if (on === cluster.dualStack) return cluster;
  const families = draftFamilies(cluster);
  const next: T = { ...cluster, dualStack: on, ipv6First: false, ipv6Only: false };
  for (const [key, aside] of [
    ['podCidrs', 'podCidrAside'],
    ['serviceCidrs', 'serviceCidrAside'],
  ] as const) {
    const list = cluster[key];
    if (on) {
      if (cluster[aside] !== '' && list.length < 2)
        next[key] = [...shownEntries(list, ['IPv4']), cluster[aside]];
      next[aside] = '';
    } else {
      const at = ipv6Entry(list, families);
      if (at < 0) continue;
      next[key] = list.filter((_, i) => i !== at);
      next[aside] = list[at] ?? '';
    }
  }
  return next;
}
