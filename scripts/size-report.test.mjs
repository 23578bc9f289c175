// Unit test of scripts/size-report.mjs: which files of dist/index.html count as the first load.
import { describe, expect, it } from 'vitest';
import { budgetLine, firstLoadFiles } from './size-report.mjs';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <link rel="manifest" href="/manifest.webmanifest" />
    <title>AKS address planner</title>
    <script type="module" crossorigin src="/assets/index-CgHmGTDD.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-XKyaHtl9.js">
    <link rel=modulepreload crossorigin href=/assets/core-BsERlYpW.js>
    <link rel="modulepreload" crossorigin href="/assets/core-BsERlYpW.js">
    <link crossorigin href='/assets/plan-store-Xbw0UX84.js' rel='modulepreload'>
    <link rel="stylesheet" crossorigin href="/assets/index-D3ZPW9kv.css?v=2">
    <link rel="preload stylesheet" href="./assets/print.css">
    <!-- <script src="/assets/commented-out.js"></script> -->
    <script>window.inline = 1</script>
    <script src="https://cdn.example.com/x.js"></script>
    <link rel="stylesheet" href="//fonts.example.com/f.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('size report: the first load of index.html', () => {
  it('counts the entry script, its modulepreloads and the stylesheets, each once, in order', () => {
    expect(firstLoadFiles(INDEX_HTML)).toEqual({
      js: [
        'assets/index-CgHmGTDD.js',
        'assets/rolldown-runtime-XKyaHtl9.js',
        'assets/core-BsERlYpW.js',
        'assets/plan-store-Xbw0UX84.js',
      ],
      css: ['assets/index-D3ZPW9kv.css', 'assets/print.css'],
    });
  });

  it('skips icons, manifests, inline scripts, comments and other origins', () => {
    const { js, css } = firstLoadFiles(INDEX_HTML);
    expect([...js, ...css].join(' ')).not.toMatch(/favicon|manifest|commented|example\.com/);
  });

  it('an empty page loads nothing', () => {
    expect(firstLoadFiles('<html><body></body></html>')).toEqual({ js: [], css: [] });
  });

  it('says within or over, by how much', () => {
    expect(budgetLine(80 * 1024)).toBe('budget 90 KB gzip first load: within (80.00 KB, 10.00 KB to spare)');
    expect(budgetLine(100 * 1024)).toBe('budget 90 KB gzip first load: OVER by 10.00 KB (100.00 KB)');
  });
});
