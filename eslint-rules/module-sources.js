// What a file imports, as ESLint sees it: every static import, re-export, dynamic import(), `typeof import()`
// type, `import x = require()` and require() call, with the node to report at. Shared by the local rules.
import path from 'node:path';

/**
 * An ESLint visitor that calls `onSource(node, specifier)` for every module the file names.
 * Type-only imports are included: they cost nothing at run time but still tie two files together.
 */
export function visitModuleSources(onSource) {
  const literal = (node, source) => {
    if (source?.type === 'Literal' && typeof source.value === 'string') onSource(node, source.value);
  };
  return {
    ImportDeclaration: (node) => literal(node, node.source),
    ExportNamedDeclaration: (node) => literal(node, node.source),
    ExportAllDeclaration: (node) => literal(node, node.source),
    ImportExpression: (node) => literal(node, node.source),
    TSImportType: (node) =>
      literal(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.source),
    TSExternalModuleReference: (node) => literal(node, node.expression),
    'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) =>
      literal(node, node.arguments[0]),
  };
}

/** './x', '../y', '.', '..': a path relative to the importing file (package names and aliases are not). */
export function isRelative(specifier) {
  return /^\.\.?(?:\/|$)/.test(specifier);
}

/** The path a relative specifier points at, without a `?query` or `#hash` (`./x.css?inline`); not checked on disk. */
export function targetPath(fromFile, specifier) {
  return path.resolve(path.dirname(fromFile), specifier.replace(/[?#].*$/, ''));
}

/** True when `file` is `folder` itself or anywhere below it (both absolute). */
export function isInside(file, folder) {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A path relative to the working directory, with forward slashes, for messages. */
export function shown(cwd, file) {
  return path.relative(cwd, file).split(path.sep).join('/');
}
