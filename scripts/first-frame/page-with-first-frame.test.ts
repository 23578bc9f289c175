import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageWithFirstFrame, scriptHash } from './page-with-first-frame.ts';

const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />
<title>AKS address planner</title><link rel="stylesheet" href="/a.css"></head>
<body><div id="root" class="page"></div><script type="module" src="/a.js"></script></body></html>`;
const FRAME = { html: '<p>1</p>', storageKey: 'k', storageFormat: 1, draftJson: '{}' };

describe('pageWithFirstFrame', () => {
  it('example: the frame goes into #root', () => {
    expect(pageWithFirstFrame(PAGE, FRAME).includes('<div id="root" class="page"><p>1</p></div>')).toBe(true);
  });

  it('puts the guard before the title and the stylesheet, allowed by its hash and nothing wider', () => {
    const page = pageWithFirstFrame(PAGE, FRAME);
    const guard = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(guard).not.toBe('');
    expect(page.indexOf('<script>')).toBeLessThan(page.indexOf('<title>'));
    const hash = `'sha256-${createHash('sha256').update(guard).digest('base64')}'`;
    expect(scriptHash(guard)).toBe(hash);
    expect(page).toContain(`script-src 'self' ${hash};`);
    expect(page).not.toContain('unsafe-inline');
  });

  it('keeps "$" sequences in the frame as written', () => {
    const page = pageWithFirstFrame(PAGE, { ...FRAME, html: "<p>$&amp; $' $1</p>" });
    expect(page).toContain('<div id="root" class="page"><p>$&amp; $\' $1</p></div>');
  });

  it.each([
    [
      'no empty #root',
      PAGE.replace('<div id="root" class="page"></div>', '<div id="root" class="page">x</div>'),
    ],
    ['no script-src to extend', PAGE.replace("script-src 'self'", "script-src 'none'")],
    ['no title', PAGE.replace(/<title>.*<\/title>/, '')],
  ])('fails the build on a page with %s', (_, page) => {
    expect(() => pageWithFirstFrame(page, FRAME)).toThrow(/index\.html/);
  });
});
