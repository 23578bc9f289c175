/**
 * Quoting for the three languages the exporters write: exactly one function per language for values
 * (shellWord, bicepString, hclString) and one for comment text (commentText), so no plan text can
 * break out of its string or its comment. Characters that could end a line or hide text (C0 and C1
 * controls, DEL, U+2028/U+2029, bidirectional controls) never reach the output raw: a string escapes
 * them, a comment replaces them with a space.
 */

/** Characters written escaped in strings and blanked in comments. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_CHARS = new RegExp(UNSAFE_CHAR.source, 'gu');

/** The short escapes both Bicep and HCL read. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const SHELL_SAFE = /^[A-Za-z0-9._/:%,@+=-]+$/;

/**
 * Characters a shell word writes as bytes in `$'…'`: the unsafe ones, and the curly single quotes ‘ ’,
 * which ShellCheck takes for mistyped quotes even inside single quotes (SC1112).
 */
const SHELL_ESCAPED = new RegExp(`[${UNSAFE_CHAR.source.slice(1, -1)}\u2018\u2019]`, 'u');

/** The UTF-8 bytes of one character as `\xHH` escapes (bash's $'…' reads them whatever the locale). */
function utf8Escapes(char: string): string {
  return [...new TextEncoder().encode(char)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}

/**
 * A bash word: bare when it holds only safe characters, else single-quoted (a `'` inside becomes
 * `'\''`), so `$`, backticks and `\` are literal. A value holding a line break, another control
 * character or a curly single quote is written in ANSI-C quotes (`$'…'`) with those characters as
 * `\xHH` bytes. NUL cannot be in a shell argument at all: the export refuses such values first
 * (export-check.ts).
 *
 * @example shellWord("it's $HOME") // "'it'\\''s $HOME'"
 */
export function shellWord(value: string): string {
  if (SHELL_SAFE.test(value)) return value;
  if (!SHELL_ESCAPED.test(value)) return `'${value.replaceAll("'", `'\\''`)}'`;
  const escaped = [...value]
    .map((c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : SHELL_ESCAPED.test(c) ? utf8Escapes(c) : c))
    .join('');
  return `$'${escaped}'`;
}

/**
 * A Bicep string literal: single-quoted, with `\`, `'` and `${` escaped and unsafe characters as
 * `\u{…}`.
 *
 * @example bicepString("it's ${x}") // "'it\\'s \\${x}'"
 */
export function bicepString(value: string): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "\\'")
    .replaceAll('${', '\\${')
    .replace(UNSAFE_CHARS, (c) => SHORT_ESCAPES[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
  return `'${escaped}'`;
}

/**
 * An HCL (Terraform) quoted string: `\` and `"` escaped, unsafe characters as `\uNNNN`, and the
 * template sequences `${` and `%{` doubled so they stay literal.
 *
 * @example hclString('say "hi" ${x}') // '"say \\"hi\\" $${x}"'
 */
export function hclString(value: string): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replace(
      UNSAFE_CHARS,
      (c) => SHORT_ESCAPES[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
    )
    .replaceAll('${', () => '$${')
    .replaceAll('%{', () => '%%{');
  return `"${escaped}"`;
}

/**
 * Text for a one-line comment in any of the three languages: line breaks and other unsafe characters
 * become spaces.
 *
 * @example commentText('a\nb\u2028c') // 'a b c'
 */
export function commentText(value: string): string {
  return value.replace(new RegExp(`(?:${UNSAFE_CHAR.source})+`, 'gu'), ' ').trim();
}

/**
 * An identifier for a name: letters, digits and `_`, not starting with a digit, unique among `taken`
 * (which it extends). Used for shell variables and Terraform resource labels.
 *
 * @example uniqueIdentifier('snet-aks-nodes', new Set(), 'lower') // 'snet_aks_nodes'
 */
export function uniqueIdentifier(name: string, taken: Set<string>, letterCase: 'upper' | 'lower'): string {
  let base = name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  base = letterCase === 'upper' ? base.toUpperCase() : base.toLowerCase();
  if (base === '') base = letterCase === 'upper' ? 'SUBNET' : 'subnet';
  if (/^[0-9]/.test(base)) base = `${letterCase === 'upper' ? 'S' : 's'}_${base}`;
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
  taken.add(candidate);
  return candidate;
}
