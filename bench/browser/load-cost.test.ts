import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCost } from './load-cost.ts';

describe('loadCost', () => {
  it('counts the requests started before the given moment, at gzip -9 of the built files', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
    mkdirSync(path.join(dist, 'assets'));
    const js = 'export const a = 1;'.repeat(50);
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(dist, 'assets', 'a.js'), js);
    writeFileSync(path.join(dist, 'assets', 'late.css'), 'body{}');
    const base = 'http://localhost:1';
    const requests = [
      { url: `${base}/`, start: 0 },
      { url: `${base}/assets/a.js`, start: 10 },
      { url: `${base}/assets/late.css`, start: 200 },
      { url: 'data:image/png;base64,AA', start: 20 },
    ];
    const cost = loadCost(requests, dist, 100);
    const jsGzip = gzipSync(js, { level: constants.Z_BEST_COMPRESSION }).length;
    expect(cost.requests).toBe(2);
    expect(cost.files).toEqual(['/', '/assets/a.js']);
    expect(cost.jsCssGzipBytes).toBe(jsGzip);
    expect(cost.gzipBytes).toBeGreaterThan(jsGzip);
    expect(loadCost(requests, dist).requests).toBe(3);
  });
});
