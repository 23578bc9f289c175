// architecture/no-import-cycle: no file may import, directly or through other files, a file that imports it.
// The graph is every relative import between files, type-only imports and dynamic import() included. The file
// being linted is read from the editor/ESLint (its live text); the files it reaches are read from disk with
// TypeScript's import scanner, each once per change (cached by modification time).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isRelative, shown, targetPath, visitModuleSources } from './module-sources.js';

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SCRIPT = /\.[cm]?[jt]sx?$/;

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a relative specifier loads, as TypeScript and Vite find it, or null (a package, or no such file). */
export function resolveRelative(fromFile, specifier) {
  if (!isRelative(specifier)) return null;
  const base = targetPath(fromFile, specifier);
  const candidates = [
    base,
    ...SCRIPT_EXTENSIONS.map((extension) => base + extension),
    ...SCRIPT_EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ];
  // TypeScript's convention: './x.js' names the source './x.ts'.
  if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/js$/, 'ts'), base.replace(/js$/, 'tsx'));
  return candidates.find(isFile) ?? null;
}

/** absolute path -> { mtimeMs, imports }: what each file on disk imports. */
const onDisk = new Map();

/** The files that `file` imports according to its text on disk (none for CSS, JSON and other non-scripts). */
function importsOnDisk(file) {
  if (!SCRIPT.test(file)) return [];
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = onDisk.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.imports;
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const imports = [
    ...new Set(importedFiles.map(({ fileName }) => resolveRelative(file, fileName)).filter(Boolean)),
  ];
  onDisk.set(file, { mtimeMs, imports });
  return imports;
}

/**
 * The shortest chain of imports from `start` back to `file` ([start, ..., file]), or null when there is none.
 * `cannotReach` collects files proven not to lead back, so the next search from the same file skips them.
 */
function chainBack(start, file, importsOf, cannotReach) {
  if (start === file) return [file];
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let at = 0; at < queue.length; at += 1) {
    const current = queue[at];
    for (const next of importsOf(current)) {
      if (cameFrom.has(next) || cannotReach.has(next)) continue;
      cameFrom.set(next, current);
      if (next === file) {
        const chain = [];
        for (let step = file; step !== null; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      queue.push(next);
    }
  }
  for (const visited of queue) cannotReach.add(visited);
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between files (type-only and dynamic imports count).' },
    schema: [],
    messages: {
      cycle:
        'Import cycle: {{chain}}. Move what these files share into a module of its own that both import ' +
        '(type-only imports count: they still tie the files together).',
    },
  },
  create(context) {
    const file = context.filename;
    if (!path.isAbsolute(file)) return {};
    /** resolved target -> the import nodes of this file that load it */
    const live = new Map();
    return {
      ...visitModuleSources((node, specifier) => {
        const target = resolveRelative(file, specifier);
        if (target === null) return;
        if (!live.has(target)) live.set(target, []);
        live.get(target).push(node);
      }),
      'Program:exit'() {
        const liveImports = [...live.keys()];
        const importsOf = (current) => (current === file ? liveImports : importsOnDisk(current));
        const cannotReach = new Set();
        for (const [target, nodes] of live) {
          const back = chainBack(target, file, importsOf, cannotReach);
          if (back === null) continue;
          const chain = [file, ...back].map((step) => shown(context.cwd, step)).join(' → ');
          for (const node of nodes) context.report({ node, messageId: 'cycle', data: { chain } });
        }
      },
    };
  },
};
