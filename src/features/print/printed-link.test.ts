import { describe, expect, it } from 'vitest';
import { MAX_PRINTED_LINK, printedLinkText } from './printed-link.ts';

describe('the printed share link (issue 13: never more than about 8 lines)', () => {
  it('prints a short link whole (the doc example)', () => {
    expect(printedLinkText('https://x/?v=1.1&len=9')).toBe('https://x/?v=1.1&len=9');
  });

  it('shortens an 11,638-character link to its start and its length', () => {
    const url = `https://planner.example/#v=1.1&${'pool=user~count:3&'.repeat(640)}len=11638`;
    const text = printedLinkText(url);
    expect(text.length).toBeLessThanOrEqual(MAX_PRINTED_LINK);
    expect(text.startsWith('https://planner.example/#v=1.1&pool=')).toBe(true);
    expect(text).toContain(`${url.length.toLocaleString('en-US')} characters in all`);
  });
});
