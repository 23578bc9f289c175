import { textMaxLength } from '../../core/plan/plan-schema.ts';

/**
 * The most characters a form field takes: the plan document's own limit for it (plan-schema.ts), so
 * nothing typed is longer than a plan file or a link can carry. Undefined for lists typed as text.
 *
 * @example draftFieldMaxLength('cluster.podCidrs[0]') // 64
 */
export function draftFieldMaxLength(path: string): number | undefined {
  return textMaxLength(path);
}
