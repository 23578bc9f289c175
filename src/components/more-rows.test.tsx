// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { FIRST_FRAME_ROWS, MoreRows, ROWS_SHOWN, useShownRows } from './more-rows.tsx';

afterEach(cleanup);

function List({ rows }: { rows: readonly number[] }) {
  const { shown, hidden, showAll } = useShownRows(rows);
  return (
    <>
      <ul>
        {shown.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <MoreRows hidden={hidden} what="rows" onShowAll={showAll} />
    </>
  );
}

describe('useShownRows', () => {
  it('renders a screen of rows in the first frame, then up to ROWS_SHOWN once it has painted, then all on request', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => i);
    render(<List rows={rows} />);
    // First frame: 12 rows, and no "more are not shown" for rows that are only on their way.
    expect(screen.getAllByRole('listitem')).toHaveLength(FIRST_FRAME_ROWS);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(ROWS_SHOWN));
    // 130 − 100 = 30 rows wait behind the button.
    expect(screen.getByText(/more rows are not shown/).textContent).toContain('30 more rows');
    act(() => screen.getByRole('button', { name: /Show all/ }).click());
    expect(screen.getAllByRole('listitem')).toHaveLength(130);
  });

  it('once the page has painted, a list mounted later renders all its rows at once', () => {
    render(<List rows={Array.from({ length: 40 }, (_, i) => i)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
  });
});
