import { useId, useMemo } from 'react';
import type { AddressMapKind, Evaluation } from '../../core/index';
import { addressMap } from '../../core/index';
import { FamilyMap } from './family-map';
import './address-map.css';

const KIND_LEGEND: readonly { kind: AddressMapKind; text: string }[] = [
  { kind: 'vnet', text: 'VNet address space' },
  { kind: 'subnet', text: 'Subnet' },
  { kind: 'pod', text: 'Pod CIDR' },
  { kind: 'podExpansion', text: 'Pod CIDR expansion' },
  { kind: 'service', text: 'Service CIDR' },
  { kind: 'connected', text: 'Connected network' },
  { kind: 'reserved', text: 'Reserved or not allowed' },
];

function KindSwatch({ kind }: { kind: AddressMapKind }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <svg className="am-swatch" viewBox="0 0 28 14" width={28} height={14} aria-hidden="true">
      {kind === 'reserved' ? (
        <defs>
          <pattern
            id={`am-swatch-${uid}`}
            width={5}
            height={5}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(-45)"
          >
            <rect className="am-hatch am-hatch-reserved" width={1.5} height={5} />
          </pattern>
        </defs>
      ) : null}
      <rect className="am-swatch-bar" x={1} y={1} width={26} height={12} rx={2} />
      {kind === 'reserved' ? (
        <rect x={1} y={1} width={26} height={12} rx={2} fill={`url(#am-swatch-${uid})`} />
      ) : null}
    </svg>
  );
}

function Legend({ kinds }: { kinds: ReadonlySet<AddressMapKind> }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatch = (name: 'conflict' | 'warning') => `am-legend-${uid}-${name}`;
  return (
    <ul className="am-legend" aria-label="Legend">
      {KIND_LEGEND.filter((entry) => kinds.has(entry.kind)).map((entry) => (
        <li key={entry.kind} className={`am-kind-${entry.kind}`}>
          <KindSwatch kind={entry.kind} />
          {entry.text}
        </li>
      ))}
      {(['conflict', 'warning'] as const).map((severity) => (
        <li key={severity} className={`am-${severity}`}>
          <svg className="am-swatch" viewBox="0 0 28 14" width={28} height={14} aria-hidden="true">
            <defs>
              <pattern
                id={hatch(severity)}
                width={6}
                height={6}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect className={`am-hatch-bg am-hatch-bg-${severity}`} width={6} height={6} />
                <rect
                  className={`am-hatch am-hatch-${severity}`}
                  width={severity === 'conflict' ? 3 : 2.5}
                  height={6}
                />
              </pattern>
            </defs>
            <rect x={1} y={1} width={26} height={12} rx={2} fill={`url(#${hatch(severity)})`} />
            <rect className="am-bar-outline am-swatch-status" x={1} y={1} width={26} height={12} rx={2} />
          </svg>
          {severity === 'conflict' ? 'Overlap the rules forbid' : 'Overlap to avoid (warning)'}
        </li>
      ))}
    </ul>
  );
}

/**
 * The address map of a plan (issue 4): for each family, the VNet space, subnets, pod and service
 * ranges, connected networks and the reserved ranges that matter, on one compressed axis; overlaps the
 * rules forbid are outlined and hatched, each bar names its exact range on hover or focus.
 */
export function AddressMap({ evaluation }: { evaluation: Evaluation }) {
  const map = useMemo(() => addressMap(evaluation), [evaluation]);
  const kinds = new Set(map.families.flatMap((family) => family.ranges.map((range) => range.kind)));
  if (map.families.length === 0) {
    return (
      <div className="address-map">
        <p className="am-empty">No address ranges to draw yet: add a VNet, a pod CIDR or a service CIDR.</p>
      </div>
    );
  }
  return (
    <div className="address-map">
      <Legend kinds={kinds} />
      <p className="am-scale-note">
        Compressed scale: each stretch between range boundaries is drawn 1 + log₂(its size) wide, so a /29
        stays visible beside a /8; shaded breaks are unused space, shortened. Ranges that share addresses
        share a horizontal span.
      </p>
      {map.families.map((family) => (
        <FamilyMap key={family.family} family={family} />
      ))}
    </div>
  );
}
