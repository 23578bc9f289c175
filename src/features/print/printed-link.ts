import { formatCount } from '../../core/index.ts';

/** About 8 lines of the print footer (7 pt, 190 mm, broken anywhere): a longer link is shortened. */
export const MAX_PRINTED_LINK = 900;

/**
 * The share link as printed: whole when it fits in about 8 lines, else its start and how long it is.
 * The printed text is a link to the whole URL, so a PDF reader opens the full plan from it.
 *
 * @example printedLinkText('https://x/?v=1.1&len=9') // 'https://x/?v=1.1&len=9'
 */
export function printedLinkText(url: string): string {
  if (url.length <= MAX_PRINTED_LINK) return url;
  return `${url.slice(0, MAX_PRINTED_LINK - 120)}… (${formatCount(url.length)} characters in all: open this link from the PDF, or the plan file, for the whole plan)`;
}
