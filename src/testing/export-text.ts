import type { ExportResult } from '../core/index.ts';

/** The code of an export that must succeed; a test fails with the exporter's findings otherwise. */
export function exportText(result: ExportResult): string {
  if (result.ok) return result.text;
  throw new Error(`export refused: ${result.findings.map((f) => `${f.path ?? ''} ${f.message}`).join('; ')}`);
}
