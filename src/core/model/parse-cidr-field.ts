import type { Cidr } from '../ip/cidr.ts';
import { parseCidr } from '../ip/cidr.ts';
import type { FindingList } from './finding.ts';

/** A CIDR field that parsed, with its canonical network. */
export interface ParsedPrefix {
  path: string;
  text: string;
  cidr: Cidr;
  canonical: string;
}

export type CidrFieldKind = 'vnet' | 'subnet' | 'pod' | 'service' | 'connected' | 'expansion';

const FIELD_LABEL: Record<CidrFieldKind, string> = {
  vnet: 'VNet address space',
  subnet: 'Subnet prefix',
  pod: 'Pod CIDR',
  service: 'Service CIDR',
  connected: 'Connected-network prefix',
  expansion: 'Pod CIDR expansion',
};

/**
 * Parses one CIDR field and records R1/R2 findings: CIDR_INVALID (error) for anything that does not
 * parse; CIDR_HOST_BITS_SET as an error for VNet and subnet prefixes and a warning elsewhere, with the
 * canonical network offered and used from then on. The label names the owner as `${ownerKind}${owner}`
 * (`subnet nodes`), built only for a finding.
 *
 * @example parseCidrField('10.1.2.0/16', 'vnet.subnets[0].addressPrefixes[0]', 'subnet', findings, 'nodes', 'subnet ')
 * // canonical '10.1.0.0/16'; CIDR_HOST_BITS_SET error "Subnet prefix of subnet nodes 10.1.2.0/16 has host bits set; …"
 */
export function parseCidrField(
  text: string,
  path: string,
  kind: CidrFieldKind,
  findings: FindingList,
  owner = '',
  ownerKind = '',
): ParsedPrefix | null {
  const parsed = parseCidr(text);
  if (parsed.ok && !parsed.hostBitsSet) return { path, text, cidr: parsed.cidr, canonical: parsed.canonical };
  // Only a field with a finding needs its label (a plan may hold 20,000 prefixes).
  const label = owner === '' ? FIELD_LABEL[kind] : `${FIELD_LABEL[kind]} of ${ownerKind}${owner}`;
  if (!parsed.ok) {
    findings.add(
      'CIDR_INVALID',
      'error',
      'R1',
      path,
      () =>
        `${label} "${text}" is not a valid CIDR: ${parsed.reason}. Enter a network such as 10.244.0.0/16 or fd12:3456:789a::/64.`,
    );
    return null;
  }
  const strict = kind === 'vnet' || kind === 'subnet';
  findings.add(
    'CIDR_HOST_BITS_SET',
    strict ? 'error' : 'warning',
    'R1',
    path,
    () =>
      strict
        ? `${label} ${text} has host bits set; Azure rejects it (InvalidCIDRNotation). Use the network ${parsed.canonical}.`
        : `${label} ${text} has host bits set; it is read as ${parsed.canonical}, and the planner computes with that. Write ${parsed.canonical} to say what you mean.`,
    { canonical: parsed.canonical },
  );
  return { path, text, cidr: parsed.cidr, canonical: parsed.canonical };
}
