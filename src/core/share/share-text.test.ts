import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  escapeText,
  IN_IPS_NAME,
  IN_ROW,
  IN_ROW_LIST,
  IN_ROW_NAME,
  IN_TOP,
  IN_TOP_LIST,
  unescapeText,
} from './share-text.ts';

/**
 * The writer and reader as they were first written (one regex test per character, a list of all
 * characters, a regex per `%XX` run). The faster ones must give exactly the same text.
 */
const LITERAL = /^[A-Za-z0-9\-_.!'()/@:,~*$]$/;
const HEX = /^[0-9A-Fa-f]$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function referenceEscape(text: string, separators: string): string {
  if (text === '') return "''";
  if (text === "''") return '%27%27';
  const chars = [...text.replace(LONE_SURROGATE, '\uFFFD')];
  let out = '';
  chars.forEach((ch, i) => {
    if (ch === ' ') out += '+';
    else if (ch === '%') {
      const next = `${chars[i + 1] ?? ''}${chars[i + 2] ?? ''}`;
      out += next.length === 2 && HEX.test(next[0] ?? '') && HEX.test(next[1] ?? '') ? '%25' : '%';
    } else if (LITERAL.test(ch) && !separators.includes(ch)) out += ch;
    else {
      const encoded = encodeURIComponent(ch);
      out += encoded === ch ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encoded;
    }
  });
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function referenceUnescape(raw: string): string {
  const spaced = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!spaced.includes('%')) return spaced;
  return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8.decode(bytes);
  });
}

const PLACES = [IN_TOP, IN_TOP_LIST, IN_ROW_NAME, IN_ROW, IN_ROW_LIST, IN_IPS_NAME];

/** Text with the characters that matter: separators, `%` before hex or not, spaces, surrogates, emoji. */
const trickyText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      '9',
      'f',
      'F',
      'g',
      ' ',
      '%',
      '+',
      '~',
      ',',
      ':',
      '*',
      '&',
      '=',
      '#',
      "'",
      '-',
      '.',
      '/',
      'é',
      '€',
      '🙂',
      '\uD800',
      '\uDC00',
      '\u0000',
      '\n',
      '%2',
      '%25',
      '%E2%82',
      "''",
    ),
    maxLength: 30,
  }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

describe('escapeText', () => {
  it('doc example', () => {
    expect(escapeText('Payments platform, 10%', IN_TOP)).toBe('Payments+platform,+10%');
  });

  it('writes what the first version wrote, in every place a value sits (property)', () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom(...PLACES), (text, separators) => {
        expect(escapeText(text, separators)).toBe(referenceEscape(text, separators));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('unescapeText', () => {
  it('doc example', () => {
    expect(unescapeText('Payments+platform%2C+10%')).toBe('Payments platform, 10%');
  });

  it('reads what the first version read (property)', () => {
    const raw = fc.oneof(
      trickyText,
      trickyText.chain((t) => fc.constantFrom(...PLACES).map((p) => escapeText(t, p))),
      fc.string({
        unit: fc.constantFrom('%', 'E', '2', '8', 'A', 'C', 'F', '0', '+', 'x', '%F0%9F%99%82', '%C3'),
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(raw, (text) => {
        expect(unescapeText(text)).toBe(referenceUnescape(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
