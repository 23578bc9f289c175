/**
 * How one value is written in a share link (docs/share-links.md, "Escaping"), and read back.
 *
 * Written: letters, digits and `- _ . ! ' ( ) / @ : , ~ * $` stay literal unless they separate
 * something where the value sits (`~` between row fields, `,` between list items, `:` in a row name,
 * `*` in an other-IPs name); a space is `+`; `%` stays literal unless two hex digits follow it; every
 * other character is `%XX` (its UTF-8 bytes). The empty text is `''`; the text `''` itself is `%27%27`.
 * Read: `+` is a space, `%XX` runs are UTF-8 (invalid bytes read as U+FFFD), a `%` without two hex
 * digits is a literal `%`. Reading never throws.
 */

/** Characters a value may carry literally, unless the context makes them separators. */
const LITERAL = /^[A-Za-z0-9\-_.!'()/@:,~*$]$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Separators per place a value sits: the characters that must be escaped there. */
export const IN_TOP = '';
export const IN_TOP_LIST = ',';
export const IN_ROW_NAME = '~:';
export const IN_ROW = '~';
export const IN_ROW_LIST = '~,';
export const IN_IPS_NAME = '~,*';

/** The empty text: a value written `''`. */
export const EMPTY_TEXT = "''";

function percentBytes(ch: string): string {
  const encoded = encodeURIComponent(ch);
  return encoded === ch ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encoded;
}

/** By character code below 128: 1 when LITERAL allows the character. */
const LITERAL_CODES: Uint8Array = (() => {
  const codes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) if (LITERAL.test(String.fromCharCode(code))) codes[code] = 1;
  return codes;
})();

const isHexCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * Writes text for a link; `separators` are the characters that must be escaped where it sits. Text
 * that needs no escaping (names, numbers, enum values: most of a link) is returned as it is after one
 * pass over its character codes.
 *
 * @example escapeText('Payments platform, 10%', IN_TOP) // 'Payments+platform,+10%'
 */
export function escapeText(text: string, separators: string): string {
  if (text === '') return EMPTY_TEXT;
  if (text === EMPTY_TEXT) return '%27%27';
  let plain = 0;
  while (plain < text.length) {
    const code = text.charCodeAt(plain);
    if (code >= 128 || LITERAL_CODES[code] === 0 || separators.includes(text.charAt(plain))) break;
    plain++;
  }
  if (plain === text.length) return text;
  // From the first character that needs care: one code point at a time (lone surrogates as U+FFFD).
  const rest = text.slice(plain).replace(LONE_SURROGATE, '\uFFFD');
  let out = text.slice(0, plain);
  for (let i = 0; i < rest.length;) {
    const code = rest.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (code === 32) out += '+';
    else if (code === 37) {
      // `%` before two hex digits would read as an escape: write it as %25.
      out += isHexCode(rest.charCodeAt(i + 1)) && isHexCode(rest.charCodeAt(i + 2)) ? '%25' : '%';
    } else {
      const ch = rest.slice(i, i + width);
      out += code < 128 && LITERAL_CODES[code] === 1 && !separators.includes(ch) ? ch : percentBytes(ch);
    }
    i += width;
  }
  return out;
}

// ignoreBOM: a U+FEFF written as %EF%BB%BF is text like any other (by default TextDecoder drops it at the start of a run).
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Reads a raw value from a link: `+` is a space, `%XX` runs are UTF-8, a stray `%` stays. Never throws.
 *
 * @example unescapeText('Payments+platform%2C+10%') // 'Payments platform, 10%'
 */
export function unescapeText(raw: string): string {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!spaced.includes('%')) return spaced;
  return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8.decode(bytes);
  });
}
