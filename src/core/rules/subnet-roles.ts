import {
  APISERVER_IPS_PER_CLUSTER,
  APISERVER_SUBNET_MIN_PREFIX,
  APISERVER_DELEGATION,
} from '../model/constants.ts';
import type { RuleContext } from './rule-context.ts';
import { formatCount, formatList } from '../model/format.ts';

/** R12: the API server VNet Integration subnet's size; R65: its delegation. */
export function checkApiServerSubnet({ usages, findings }: RuleContext): void {
  for (const usage of usages) {
    if (!usage.roles.has('apiServer')) continue;
    const { subnet } = usage;
    if (subnet.delegatedTo?.toLowerCase() !== APISERVER_DELEGATION.toLowerCase()) {
      findings.add(
        'APISERVER_SUBNET_NOT_DELEGATED',
        'error',
        'R65',
        `${subnet.path}.delegatedTo`,
        () =>
          `API server subnet ${subnet.name} is ${subnet.delegatedTo === null ? 'not delegated' : `delegated to ${subnet.delegatedTo}`}; API Server VNet Integration needs it delegated to ${APISERVER_DELEGATION}. Set delegatedTo to ${APISERVER_DELEGATION}.`,
      );
    }
    const prefix = subnet.ipv4[0];
    if (prefix === undefined) continue;
    const needed = APISERVER_IPS_PER_CLUSTER * subnet.sharedByClusters;
    if (prefix.cidr.prefixLength > APISERVER_SUBNET_MIN_PREFIX) {
      findings.add(
        'APISERVER_SUBNET_TOO_SMALL',
        'error',
        'R12',
        prefix.path,
        () =>
          `API server subnet ${subnet.name} is ${prefix.canonical}; API Server VNet Integration needs a /28 or larger. Use a /28 (fits one cluster) or a /27 (three).`,
      );
    } else if (usage.usable < BigInt(needed)) {
      findings.add(
        'APISERVER_SUBNET_TOO_SMALL',
        'error',
        'R12',
        prefix.path,
        () =>
          `API server subnet ${subnet.name} (${prefix.canonical}) has ${formatCount(usage.usable)} usable addresses but ${formatCount(subnet.sharedByClusters)} clusters reserve 9 each = ${formatCount(needed)}. Use a larger subnet or fewer clusters.`,
      );
    }
  }
}

const ROLE_WORDS = {
  nodes: 'a node subnet',
  pods: 'a pod subnet',
  apiServer: 'the API server subnet',
  appGatewayForContainers: 'the Application Gateway for Containers subnet',
} as const;

/** R58: node subnets can't be delegated; one role per subnet (nodes, pods, API server, AGC). */
export function checkSubnetRoles({ usages, findings }: RuleContext): void {
  for (const usage of usages) {
    const { subnet, roles } = usage;
    if (roles.has('nodes') && usage.nodePools.length > 0 && subnet.delegatedTo !== null) {
      findings.add(
        'NODE_SUBNET_DELEGATED',
        'error',
        'R58',
        `${subnet.path}.delegatedTo`,
        () =>
          `Subnet ${subnet.name} is delegated to ${subnet.delegatedTo}, but node pools ${formatList(usage.nodePools.map((p) => p.name))} use it; a node pool's subnet can't be delegated. Remove the delegation or use another subnet.`,
      );
    }
    if (roles.size > 1) {
      const list = [...roles].map((r) => ROLE_WORDS[r]);
      findings.add(
        'SUBNET_ROLE_CONFLICT',
        'error',
        'R58',
        subnet.path,
        () =>
          `Subnet ${subnet.name} is used as ${formatList(list)}; each subnet has one role (nodes can't share the pod subnet, and the API server and AGC subnets can't hold other workloads). Give each role its own subnet.`,
      );
    }
  }
}
