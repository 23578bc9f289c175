import { describe, expect, it } from 'vitest';
import { staticCopy } from './floor-pages.ts';

describe('staticCopy', () => {
  it('the doc comment example: no script, no stale mark', () => {
    expect(staticCopy('<html class="stale-first-frame"><head><script>x()</script></head></html>').html).toBe(
      '<!doctype html>\n<html ><head></head></html>',
    );
  });

  it('keeps the build’s own stylesheets and drops preloads and what a loader appended from another address', () => {
    const page =
      '<html><head><link rel="stylesheet" crossorigin="" href="/assets/index-A.css">' +
      '<script type="module" crossorigin="" src="/assets/index-B.js"></script>' +
      '<link rel="modulepreload" crossorigin="" href="/assets/react-C.js">' +
      '<link rel="stylesheet" crossorigin="" href="http://localhost:4186/assets/print-view-D.css">' +
      '</head><body><div id="root"><span data-testid="cluster-nodes">3</span></div></body></html>';
    const { html, stylesheets } = staticCopy(page);
    expect(stylesheets).toEqual(['/assets/index-A.css']);
    expect(html).toContain('href="/assets/index-A.css"');
    expect(html).not.toMatch(/script|modulepreload|print-view/);
    expect(html).toContain('<span data-testid="cluster-nodes">3</span>');
  });
});
