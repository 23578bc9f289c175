import type { AzureImportBox } from './import-types.ts';
import type { ImportFindings } from './import-finding.ts';

/** What each box is called in messages: the command whose output belongs there. */
export const BOX_COMMANDS: Record<AzureImportBox, string> = {
  vnetShow: 'az network vnet show',
  aksShow: 'az aks show',
  nodepoolList: 'az aks nodepool list',
};

export const BOX_LABELS: Record<AzureImportBox, string> = {
  vnetShow: 'the `az network vnet show` box',
  aksShow: 'the `az aks show` box',
  nodepoolList: 'the `az aks nodepool list` box',
};

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'parse error' };
  }
}

/**
 * One box's input as a JSON value: objects and lists as given, text parsed. Empty or absent input
 * is `undefined` (nothing to import, no finding). Text that is not JSON is reported and ignored; when
 * the JSON starts on a later line (a shell prompt or an `az` WARNING line pasted with it), the lines
 * before it are skipped and that is said.
 *
 * @example readJsonInput(' {"name": "v"} ', 'vnetShow', new ImportFindings()) // { name: 'v' }
 */
export function readJsonInput(input: unknown, box: AzureImportBox, findings: ImportFindings): unknown {
  if (input === undefined || input === null) return undefined;
  if (typeof input !== 'string') return input;
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text === '') return undefined;
  const parsed = tryParse(text);
  if (parsed.ok) return parsed.value;
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^\s*[[{]/.test(line));
  if (start > 0) {
    const rest = tryParse(lines.slice(start).join('\n'));
    if (rest.ok) {
      findings.add(
        'AZURE_IMPORT_NOTE',
        'info',
        box,
        `${start === 1 ? 'The first line' : `The first ${start} lines`} of ${BOX_LABELS[box]} ${start === 1 ? 'is' : 'are'} not JSON (a prompt or a CLI warning?) and ${start === 1 ? 'was' : 'were'} skipped; the JSON after ${start === 1 ? 'it' : 'them'} was read.`,
      );
      return rest.value;
    }
  }
  findings.add(
    'AZURE_IMPORT_NOT_JSON',
    'error',
    box,
    `${BOX_LABELS[box][0]?.toUpperCase() ?? ''}${BOX_LABELS[box].slice(1)} does not hold JSON (${parsed.message}), so it was ignored. Paste the whole output of \`${BOX_COMMANDS[box]} … -o json\`.`,
  );
  return undefined;
}
