import type { IpFamily } from '../../core/index.ts';
import type { CidrListKey } from '../../state/cidr-lists.ts';
import {
  draftFamilies,
  entryFamilies,
  entryLabels,
  shownEntries,
  withEntry,
  withoutEntry,
} from '../../state/cidr-lists.ts';
import { fieldId } from '../../state/field-paths.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { TextInput } from './fields.tsx';
import { RemoveButton } from './row-actions.tsx';

interface CidrListInputsProps {
  list: CidrListKey;
  /** "Pod CIDR": the entries are labelled "Pod CIDR (IPv4)", "Pod CIDR (IPv6)". */
  name: string;
  /** The placeholder of each family's first entry (what applies when it is left empty). */
  placeholders: Readonly<Record<IpFamily, string>>;
  /** False when the plan does not use the list: then only entries that hold text show. */
  used: boolean;
}

/**
 * One text field per entry of a cluster CIDR list, in the plan's order: at least one per IP family,
 * and every entry the plan has (a second IPv4 pod CIDR shows too, so nothing is dropped unseen). Each
 * is labelled with its family, read from its text when that is a CIDR, else from its place. An entry
 * beyond its family's first has a "Remove" button.
 */
export function CidrListInputs({ list, name, placeholders, used }: CidrListInputsProps) {
  const cluster = usePlanStore((s) => s.draft.cluster);
  const setCluster = usePlanStore((s) => s.setCluster);
  const families = draftFamilies(cluster);
  const entries = shownEntries(cluster[list], families);
  const entryFamily = entryFamilies(entries, families);
  const labels = entryLabels(name, entries, families);
  return entries.map((value, i) => {
    if (!used && value === '') return null;
    const family = entryFamily[i] ?? 'IPv4';
    // The default applies to a family's first entry only; a second one has none, and can be removed.
    const first = entryFamily.indexOf(family) === i;
    const label = labels[i] ?? name;
    const extra = first
      ? { placeholder: placeholders[family] }
      : {
          action: (
            <RemoveButton
              what={label}
              onRemove={() => {
                setCluster({ [list]: withoutEntry(cluster[list], i) });
                // Keyboard users stay in the list: on the entry before the one removed.
                requestAnimationFrame(() =>
                  document.getElementById(fieldId(`cluster.${list}[${i - 1}]`))?.focus(),
                );
              }}
            />
          ),
        };
    return (
      <TextInput
        key={i}
        path={`cluster.${list}[${i}]`}
        label={label}
        monospace
        value={value}
        onChange={(text) => setCluster({ [list]: withEntry(cluster[list], i, text) })}
        {...extra}
      />
    );
  });
}
