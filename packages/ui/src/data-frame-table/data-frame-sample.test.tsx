import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFrameSample } from './data-frame-sample.tsx';

afterEach(cleanup);

const info = {
  name: 'sales',
  columns: ['region', 'amount', 'closed_on', 'note', 'a', 'b', 'c'],
  rowCount: 1_000_000,
  sample: [
    { region: 'North', amount: 1234.5, closed_on: '2024-03-05', note: null, a: 1, b: 2, c: 3 },
    { region: 'South', amount: 99, closed_on: '2024-03-06', note: 'late', a: 1, b: 2, c: 3 },
  ],
};

describe('DataFrameSample', () => {
  it('shows the first rows, formatted, under a caption with the frame size', () => {
    render(<DataFrameSample info={info} locale="en-US" />);
    const table = screen.getByRole('table', {
      // Whitespace between the hidden prefix and the size differs between name algorithms.
      name: /^Sample of sales,\s*1,000,000 rows × 7 columns \(1 more not shown\)$/,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['region', 'amount', 'closed_on', 'note', 'a', 'b']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const cells = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['North', '1,234.5', 'Mar 5, 2024', '—', '1', '2']);
    expect(cells[1]?.className).toContain('text-right');
    expect(cells[2]?.getAttribute('title')).toBe('2024-03-05');
  });

  it('limits the rows and says when there is no sample', () => {
    const { rerender } = render(<DataFrameSample info={info} maxRows={1} />);
    expect(screen.getAllByRole('row')).toHaveLength(2);
    rerender(<DataFrameSample info={{ name: 'empty', columns: ['x'] }} />);
    expect(screen.getByRole('cell').textContent).toBe('No sample rows.');
    expect(screen.getByRole('table', { name: /^Sample of empty,\s*1 column$/ })).toBeTruthy();
  });
});
