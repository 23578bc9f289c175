import { describe, expect, it } from 'vitest';
import { budgetLine, withinBudget } from './budget.ts';

const KB = 1024;

describe('budgetLine', () => {
  it('example: both parts within, the target met', () => {
    expect(budgetLine({ page: 6 * KB, jsCss: 100 * KB })).toBe(
      'gzip before the first result: JS + CSS budget 130 KB: within (100.00 KB, 30.00 KB to spare); page budget 8 KB: within (6.00 KB, 2.00 KB to spare); in all 106.00 KB, target 110 KB met',
    );
  });

  it('says which part is over, by how much, and how far the total is from the target', () => {
    expect(budgetLine({ page: 5 * KB, jsCss: 140 * KB })).toBe(
      'gzip before the first result: JS + CSS budget 130 KB: OVER by 10.00 KB (140.00 KB); page budget 8 KB: within (5.00 KB, 3.00 KB to spare); in all 145.00 KB, target 110 KB: 35.00 KB to go',
    );
    expect(budgetLine({ page: 9 * KB, jsCss: 120 * KB })).toContain(
      'page budget 8 KB: OVER by 1.00 KB (9.00 KB)',
    );
  });
});

describe('withinBudget', () => {
  it.each([
    [{ page: 8 * KB, jsCss: 130 * KB }, true],
    [{ page: 8 * KB + 1, jsCss: 100 * KB }, false],
    [{ page: 1 * KB, jsCss: 130 * KB + 1 }, false],
  ])('%o: %s', (bytes, ok) => {
    expect(withinBudget(bytes)).toBe(ok);
  });
});
