// Linted by scripts/check-core-purity-rule.mjs as if it lived in src/core/: it must yield no message at all.
// Imports inside the core, ipaddr.js, and names that merely resemble the forbidden ones are fine.
import ipaddr from 'ipaddr.js';
import type { PlanDocument } from './types';
import { cidrSize } from './ip/cidr';
import { appliedDefaults } from '../plan/app-defaults';
import { stateOfPool } from './aks/state-of-pool';

/** A local variable called `history` shadows nothing global and is allowed. */
export function describe(plan: PlanDocument): string {
  const history: string[] = [];
  const document = { title: plan.title ?? '' };
  history.push(document.title, String(ipaddr.isValid('10.0.0.1')));
  return [...history, String(cidrSize), String(appliedDefaults), String(stateOfPool)].join(' ');
}
