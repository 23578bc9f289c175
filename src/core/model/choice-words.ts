import type { ConnectedNetworkKind, OutboundType } from '../types.ts';

/**
 * How the planner names each outbound type to a person: the form's options and the findings' messages
 * read it, so the API spelling (`userDefinedRouting`) never reaches the user.
 *
 * @example OUTBOUND_TYPE_WORDS.userDefinedRouting // 'User-defined routing'
 */
export const OUTBOUND_TYPE_WORDS: Readonly<Record<OutboundType, string>> = {
  loadBalancer: 'Load balancer',
  managedNATGateway: 'Managed NAT gateway',
  userAssignedNATGateway: 'User-assigned NAT gateway',
  userDefinedRouting: 'User-defined routing',
  none: 'None',
};

/**
 * How the planner names each kind of connected network to a person (form options and messages).
 *
 * @example CONNECTED_KIND_WORDS.onPremises // 'On-premises'
 */
export const CONNECTED_KIND_WORDS: Readonly<Record<ConnectedNetworkKind, string>> = {
  peering: 'VNet peering',
  expressRoute: 'ExpressRoute',
  vpn: 'VPN',
  onPremises: 'On-premises',
  other: 'Other',
};
