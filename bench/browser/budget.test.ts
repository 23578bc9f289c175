import { describe, expect, it } from 'vitest';
import { budgetLine } from './budget.ts';

describe('budgetLine', () => {
  it('says within or over, by how much', () => {
    expect(budgetLine(100 * 1024)).toBe(
      'budget 110 KB gzip before the first result: within (100.00 KB, 10.00 KB to spare)',
    );
    expect(budgetLine(120 * 1024)).toBe(
      'budget 110 KB gzip before the first result: OVER by 10.00 KB (120.00 KB)',
    );
    expect(budgetLine(110 * 1024)).toContain('within');
  });
});
