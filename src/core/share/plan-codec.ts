/**
 * Plan <-> share-link query, version 1. The grammar is documented in docs/share-links.md; the keys
 * are in share-grammar.ts, the escaping in share-text.ts. Pure: runs unchanged in Node.
 */
import type { Finding, PlanDocument } from '../types.ts';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { MAX_SHARE_QUERY_LENGTH, ROW_KIND_BY_NAME, TOP_KEY_BY_NAME } from './share-grammar.ts';
import { ShareFindings } from './share-read.ts';
import { checkMark, splitMark } from './link-mark.ts';
import { Decoder, keyName } from './plan-decoder.ts';

export { encodePlan, encodeShareLink } from './encode-plan.ts';

export interface DecodedPlan {
  plan: PlanDocument;
  /** What was dropped or assumed, each with a SHARE_* (or PLAN_*) code and the parameter as `path`. */
  findings: Finding[];
  /** The link's `v`, or null when it has none that reads. */
  version: number | null;
}

/** The query's text: a leading `?` and a `#…` tail dropped, the length capped, line breaks dropped. */
function queryText(query: string, findings: ShareFindings): string {
  let text = query.startsWith('?') ? query.slice(1) : query;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  if (text.length > MAX_SHARE_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_SHARE_QUERY_LENGTH);
    const kept = cut < 0 ? '' : text.slice(0, cut);
    const length = text.length;
    findings.add(
      'SHARE_TOO_LONG',
      'error',
      undefined,
      () =>
        `This link is ${length.toLocaleString('en-US')} characters long; only the first ${MAX_SHARE_QUERY_LENGTH.toLocaleString('en-US')} are read, so ${(length - kept.length).toLocaleString('en-US')} characters at its end were left out. Share a plan this large as a plan file.`,
    );
    text = kept;
  }
  return text.replace(/[\t\n\r]/g, '');
}

/**
 * Calls `read` with the key and value (after the first `=`) of each non-empty `&`-separated
 * parameter, in order, until it returns true. One pass over the text, and no list of parameters: a
 * 500,000-character link may hold 70,000 of them.
 */
function eachParam(text: string, read: (key: string, value: string) => boolean | void): void {
  let start = 0;
  // The first `=` at or after `start`, found once for several parameters; -1 when there is none left.
  let eq = text.indexOf('=');
  while (start < text.length) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end > start) {
      if (eq >= 0 && eq < start) eq = text.indexOf('=', start);
      const stop =
        eq >= 0 && eq < end
          ? read(text.slice(start, eq), text.slice(eq + 1, end))
          : read(text.slice(start, end), '');
      if (stop === true) return;
    }
    start = end + 1;
  }
}

/**
 * True when a query carries a plan link: it has `v` or any key of the grammar (keys are
 * case-insensitive). `?utm_source=x` is not a plan link.
 *
 * @example isPlanQuery('?v=1&pod=10.244.0.0/16') // true
 */
export function isPlanQuery(query: string): boolean {
  let found = false;
  eachParam(queryText(query, new ShareFindings()), (key) => {
    const name = keyName(key).toLowerCase();
    found = name === 'v' || TOP_KEY_BY_NAME.has(name) || ROW_KIND_BY_NAME.has(name);
    return found;
  });
  return found;
}

/**
 * Reads a share-link query (with or without `?`) into a plan. Never throws, on any string: what
 * reads is loaded, what does not is left out (so its default applies) and listed as a finding whose
 * `path` is the parameter (`pool[2].maxPods`). The result then goes through parsePlanDocument, so a
 * link is exactly as strict as a plan file. Links without `v` are read as version 1 (a note); a
 * newer `v` is read as version 1 where possible (a warning).
 *
 * @example decodePlan('v=1&pod=10.244.0.0/16&pool=system~count:3~maxPods:x&colour=blue')
 * // { plan: { schemaVersion: 1, cluster: { podCidrs: ['10.244.0.0/16'] }, nodePools: [{ name: 'system', count: 3 }] },
 * //   findings: [SHARE_PARAM_INVALID at pool[0].maxPods, SHARE_PARAM_UNKNOWN at colour], version: 1 }
 */
export function decodePlan(query: string): DecodedPlan {
  const decoder = new Decoder();
  const { body, mark } = splitMark(queryText(typeof query === 'string' ? query : '', decoder.findings));
  let lastParam = '';
  eachParam(body, (key, value) => {
    lastParam = value === '' ? key : `${key}=${value}`;
    decoder.readParam(key, value);
  });
  const raw = decoder.result();
  const parsed = parsePlanDocument(raw);
  const integrity = checkMark(decoder.version, body, mark, {
    pools: decoder.rows.pool.length,
    subnets: decoder.rows.subnet.length,
    networks: decoder.rows.net.length,
    lastParam,
  });
  return {
    plan: parsed.plan,
    findings: [...integrity, ...decoder.findings.list(), ...parsed.findings],
    version: decoder.version,
  };
}
