import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { servedFile, startStaticHost } from './static-host.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'static-host-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(path.join(dist, 'assets', 'app.js'), 'export const x = 1;'.repeat(100));

describe('static host for the browser benchmark', () => {
  it('serves files, the page for paths without an extension, and nothing outside the build', () => {
    expect(servedFile(dist, '/')).toBe(path.join(dist, 'index.html'));
    expect(servedFile(dist, '/assets/app.js')).toBe(path.join(dist, 'assets', 'app.js'));
    expect(servedFile(dist, '/some/page')).toBe(path.join(dist, 'index.html'));
    expect(servedFile(dist, '/assets/missing.js')).toBeNull();
    // `..` cannot climb out of the build: this is the page, not the system's file.
    expect(servedFile(dist, '/../../etc/passwd')).toBe(path.join(dist, 'index.html'));
    expect(servedFile(dist, '/../../etc/hosts.js')).toBeNull();
  });

  it('sends the gzip -9 bytes whole, with their length', async () => {
    const server = await startStaticHost(dist, 0);
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const response = await fetch(`http://localhost:${port}/assets/app.js`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await response.text()).toBe('export const x = 1;'.repeat(100));
      // Raw, as the browser receives it: gzip, and its length said up front.
      const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve) => {
        request({ port, path: '/assets/app.js', headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).end();
      });
      expect(raw.headers['content-encoding']).toBe('gzip');
      expect(Number(raw.headers['content-length'])).toBe(raw.body.length);
      expect(gunzipSync(raw.body).toString()).toBe('export const x = 1;'.repeat(100));
      const missing = await fetch(`http://localhost:${port}/assets/missing.js`);
      expect(missing.status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
