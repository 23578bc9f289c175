import { createHash } from 'node:crypto';
import { firstFrameGuard, type GuardFacts } from '../../src/app/first-frame-guard.ts';

const EMPTY_ROOT = '<div id="root" class="page"></div>';
const SCRIPT_SRC = "script-src 'self'";

/** The CSP source that allows exactly this inline script. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The built index.html with the first frame in #root and the guard inline in <head>, before
 * the stylesheet (an inline script after a stylesheet would wait for it), allowed
 * by its hash in the page's Content-Security-Policy (which still allows no other inline script).
 * Throws when the page has no empty #root or no `script-src 'self'` to extend: the build then fails.
 *
 * @example pageWithFirstFrame(page, { html: '<p>1</p>', ...facts }).includes('<div id="root" class="page"><p>1</p></div>') // true
 */
export function pageWithFirstFrame(page: string, frame: GuardFacts & { html: string }): string {
  if (page.split(EMPTY_ROOT).length !== 2) throw new Error(`index.html must hold one ${EMPTY_ROOT}`);
  if (page.split(SCRIPT_SRC).length !== 2) throw new Error(`index.html's CSP must have one ${SCRIPT_SRC}`);
  if (page.split('<title>').length !== 2) throw new Error('index.html must hold one <title>');
  const guard = firstFrameGuard(frame);
  return page
    .replace(SCRIPT_SRC, () => `${SCRIPT_SRC} ${scriptHash(guard)}`)
    .replace('<title>', () => `<script>${guard}</script>\n    <title>`)
    .replace(EMPTY_ROOT, () => `<div id="root" class="page">${frame.html}</div>`);
}
