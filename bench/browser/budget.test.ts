import { describe, expect, it } from 'vitest';
import { budgetLine } from './budget.ts';

describe('budgetLine', () => {
  it('says within or over, by how much, and how far from the target', () => {
    expect(budgetLine(100 * 1024)).toBe(
      'budget 130 KB gzip before the first result: within (100.00 KB, 30.00 KB to spare; target 110 KB met)',
    );
    expect(budgetLine(127 * 1024)).toBe(
      'budget 130 KB gzip before the first result: within (127.00 KB, 3.00 KB to spare; target 110 KB: 17.00 KB to go)',
    );
    expect(budgetLine(140 * 1024)).toBe(
      'budget 130 KB gzip before the first result: OVER by 10.00 KB (140.00 KB; target 110 KB: 30.00 KB to go)',
    );
    expect(budgetLine(130 * 1024)).toContain('within');
  });
});
