import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** One request the page made: its URL and when it started (ms from navigation start). */
export interface PageRequest {
  url: string;
  start: number;
}

export interface LoadCost {
  requests: number;
  /** gzip -9 bytes of every same-origin file fetched (HTML, JS, CSS, images). */
  gzipBytes: number;
  /** gzip -9 bytes of the JS and CSS among them. */
  jsCssGzipBytes: number;
  files: string[];
}

const gzipCache = new Map<string, number>();

/** gzip -9 size of the built file that serves `pathname` (`/` is index.html); 0 when there is none. */
export function builtFileGzip(distDir: string, pathname: string): number {
  const file = path.join(distDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname));
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  let size: number;
  try {
    size = gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;
  } catch {
    size = 0; // not a file of the build (a data: URL)
  }
  gzipCache.set(file, size);
  return size;
}

/**
 * What the requests that started before `before` (ms from navigation start) cost, counted on the
 * build's files at gzip -9 (the size a static host that compresses would send). Same origin only: the
 * app requests nothing else (security.spec.ts checks that).
 *
 * @example loadCost([{ url: 'http://localhost:4176/', start: 0 }], '/app/dist', 100).requests // 1
 */
export function loadCost(requests: readonly PageRequest[], distDir: string, before = Infinity): LoadCost {
  const cost: LoadCost = { requests: 0, gzipBytes: 0, jsCssGzipBytes: 0, files: [] };
  for (const request of requests) {
    if (request.start >= before || !/^https?:/.test(request.url)) continue;
    const { pathname } = new URL(request.url);
    const gzip = builtFileGzip(distDir, pathname);
    cost.requests++;
    cost.gzipBytes += gzip;
    if (/\.(?:js|css)$/.test(pathname)) cost.jsCssGzipBytes += gzip;
    cost.files.push(pathname);
  }
  return cost;
}
