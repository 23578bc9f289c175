// `npm run size`: what the built app (dist/) makes a browser download on first load, gzip level 9, and
// the lazy chunks apart. First load = the entry <script src>, its <link rel="modulepreload"> chunks and
// the <link rel="stylesheet"> files of dist/index.html; everything else in dist/assets is lazy.
// Prints a table and the budget line; exits 0 unless --enforce is given and the first load is over budget.
//
//   npm run size                       build, then report
//   node scripts/size-report.mjs       report on the dist/ already built
//   node scripts/size-report.mjs --enforce   exit 1 when over the budget
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

/** Issue 6: React 19 + react-dom alone are about 60 KB gzip; the first load may take 90 KB. */
export const BUDGET_GZIP_BYTES = 90 * 1024;

/** The value of attribute `name` in one tag's text, or null. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match === null ? null : (match[1] ?? match[2] ?? match[3] ?? '');
}

/**
 * The files index.html loads before the app runs, as paths relative to dist/ (no leading slash):
 * module scripts with src, modulepreload links and stylesheet links, in document order, each once.
 * Inline scripts, external URLs (http:, https:, //) and data: URLs are not files of the build and are skipped.
 */
export function firstLoadFiles(html) {
  const files = { js: [], css: [] };
  const seen = new Set();
  const add = (kind, url) => {
    if (url === null || url === '' || /^(?:[a-z]+:|\/\/)/i.test(url)) return;
    const file = url.replace(/^\.?\//, '').replace(/[?#].*$/, '');
    if (seen.has(file)) return;
    seen.add(file);
    files[kind].push(file);
  };
  // Comments can hold tags that load nothing.
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of text.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = match[0];
    if (match[1]?.toLowerCase() === 'script') {
      add('js', attribute(tag, 'src'));
      continue;
    }
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) add('js', attribute(tag, 'href'));
    else if (rel.includes('stylesheet')) add('css', attribute(tag, 'href'));
  }
  return files;
}

const gzipSize = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(path.join(dir, relative)).isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/** Sizes of the first-load and the lazy files of a build directory. */
export function sizeReport(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const first = firstLoadFiles(html);
  const measure = (file) => {
    const buffer = readFileSync(path.join(distDir, file));
    return { file, raw: buffer.length, gzip: gzipSize(buffer) };
  };
  const firstLoad = [...first.js, ...first.css].map(measure);
  const firstSet = new Set([...first.js, ...first.css]);
  const lazy = listFiles(distDir)
    .filter((f) => /\.(?:js|css)$/.test(f) && !firstSet.has(f))
    .sort()
    .map(measure);
  const htmlSize = { file: 'index.html', raw: Buffer.byteLength(html), gzip: gzipSize(Buffer.from(html)) };
  const total = (rows) =>
    rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { html: htmlSize, firstLoad, lazy, firstLoadTotal: total(firstLoad), lazyTotal: total(lazy) };
}

/** The budget line: within, or over by how much. */
export function budgetLine(firstLoadGzip, budget = BUDGET_GZIP_BYTES) {
  const label = `budget ${budget / 1024} KB gzip first load`;
  return firstLoadGzip > budget
    ? `${label}: OVER by ${kb(firstLoadGzip - budget)} (${kb(firstLoadGzip)})`
    : `${label}: within (${kb(firstLoadGzip)}, ${kb(budget - firstLoadGzip)} to spare)`;
}

export function formatReport(report) {
  const rows = [];
  const width = Math.max(40, ...[...report.firstLoad, ...report.lazy].map((r) => r.file.length + 2));
  const line = (file, raw, gzip) => `${file.padEnd(width)}${raw.padStart(14)}${gzip.padStart(14)}`;
  const row = (r) =>
    line(r.file, `${r.raw.toLocaleString('en-US')} B`, `${r.gzip.toLocaleString('en-US')} B`);
  rows.push(line('file', 'raw', 'gzip -9'));
  rows.push('First load (index.html scripts, modulepreloads, stylesheets):');
  for (const r of report.firstLoad) rows.push(row(r));
  rows.push(
    line('  total first-load JS + CSS', kb(report.firstLoadTotal.raw), kb(report.firstLoadTotal.gzip)),
  );
  rows.push(row({ ...report.html, file: '  (index.html itself)' }));
  rows.push('Lazy (loaded on demand):');
  for (const r of report.lazy) rows.push(row(r));
  rows.push(line('  total lazy', kb(report.lazyTotal.raw), kb(report.lazyTotal.gzip)));
  rows.push(budgetLine(report.firstLoadTotal.gzip));
  return rows.join('\n');
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const report = sizeReport(path.join(root, 'dist'));
  console.log(formatReport(report));
  if (process.argv.includes('--enforce') && report.firstLoadTotal.gzip > BUDGET_GZIP_BYTES) process.exit(1);
}
