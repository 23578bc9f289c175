import type { ImportFindings } from './import-finding.ts';
import type { Located } from './json-value.ts';
import { describeJson } from './json-value.ts';

/**
 * An enum value in the plan's spelling. Azure keeps the caller's spelling (`ipv4`, `standard`,
 * `Overlay`), so values are matched without regard to case. A value the plan cannot hold is reported
 * (AZURE_IMPORT_UNSUPPORTED) and left out, so the plan's default applies.
 *
 * @example enumValue({ value: 'ipv4', path: 'p' }, ['IPv4', 'IPv6'], 'IP family', new ImportFindings()) // 'IPv4'
 */
export function enumValue<T extends string>(
  found: Located | undefined,
  allowed: readonly T[],
  what: string,
  findings: ImportFindings,
  aliases: Readonly<Record<string, T>> = {},
): T | undefined {
  if (found === undefined) return undefined;
  const { value, path } = found;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    const match = allowed.find((a) => a.toLowerCase() === lower);
    if (match !== undefined) return match;
    const alias = Object.entries(aliases).find(([from]) => from.toLowerCase() === lower);
    if (alias !== undefined) {
      findings.add(
        'AZURE_IMPORT_CONVERTED',
        'info',
        path,
        `${what} "${value}" was read as ${alias[1]} (the same setting under its current name).`,
      );
      return alias[1];
    }
  }
  findings.add(
    'AZURE_IMPORT_UNSUPPORTED',
    'warning',
    path,
    `${what} ${describeJson(value)} is not one the planner knows (${allowed.join(', ')}); it was left out, so the planner's default applies.`,
  );
  return undefined;
}
