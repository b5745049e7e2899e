import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useGeneratedFrame } from '../test-support/generated-frame.ts';
import { DataFrameColumnMenu } from './data-frame-column-menu.tsx';
import { DataFrameGrid, type DataFrameSource } from './data-frame-grid.tsx';
import type { SortState } from './sort-state.ts';

interface GeneratedGridProps {
  rowCount: number;
  className?: string;
}

/** The grid over a computed frame, with sort and columns kept as an app would keep them. */
function GeneratedGrid({ rowCount, className }: GeneratedGridProps) {
  const [sort, setSort] = React.useState<SortState>();
  const [columns, setColumns] = React.useState<string[] | undefined>();
  const source = useGeneratedFrame({ rowCount, sort, columns });
  return (
    <DataFrameGrid
      name="generated"
      source={source}
      sort={sort}
      onSortChange={setSort}
      columns={columns}
      onColumnsChange={setColumns}
      locale="en-US"
      className={className}
    />
  );
}

const meta = {
  title: 'Data/DataFrameGrid',
  component: GeneratedGrid,
  subcomponents: { DataFrameGrid, DataFrameColumnMenu },
  tags: ['autodocs'],
  args: { rowCount: 1_000_000, className: 'h-[420px]' },
} satisfies Meta<typeof GeneratedGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

function bodyRows(grid: HTMLElement) {
  return [...grid.querySelectorAll<HTMLElement>('tbody tr')];
}

function firstLoadedIndex(grid: HTMLElement) {
  const row = grid.querySelector('tbody tr[data-state="loaded"]');
  return Number(row?.getAttribute('aria-rowindex')) - 2;
}

function scroller(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector<HTMLElement>('[data-slot="data-frame-scroll"]');
  if (!element) throw new Error('no scroll container');
  return element;
}

/**
 * One million rows: the DOM holds only the rows in view (a few dozen) whatever the scroll
 * position, and the scroll height stays under the browsers' limit.
 */
export const MillionRows: Story = {
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', { name: 'Data frame generated' });
    await expect(grid).toHaveAttribute('aria-rowcount', '1000001');
    await waitFor(() => expect(firstLoadedIndex(grid)).toBe(0));
    const element = scroller(canvasElement);
    await expect(element.scrollHeight).toBeLessThanOrEqual(15_000_000);

    element.scrollTop = element.scrollHeight / 2;
    await waitFor(() => {
      const first = firstLoadedIndex(grid);
      expect(first).toBeGreaterThan(450_000);
      expect(first).toBeLessThan(550_000);
    });
    await expect(bodyRows(grid).length).toBeLessThan(60);
    const row = grid.querySelector('tbody tr[data-state="loaded"]');
    const id = Number(row?.getAttribute('aria-rowindex')) - 2;
    await expect(within(row as HTMLElement).getByText(`entry ${String(id).padStart(7, '0')}`)).toBeVisible();

    element.scrollTop = element.scrollHeight;
    await waitFor(() => expect(within(grid).getByRole('rowheader', { name: '1,000,000' })).toBeVisible());
    await expect(bodyRows(grid).length).toBeLessThan(60);
  },
};

/** Header clicks cycle the sort (ascending, descending, none) and `aria-sort` follows. */
export const Sorting: Story = {
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    const header = within(grid).getByRole('columnheader', { name: /amount/ });
    const button = within(header).getByRole('button', { name: /amount/ });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(within(grid).getByText('entry 0999999')).toBeVisible());
    await userEvent.click(button);
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await waitFor(() => expect(within(grid).getByText('entry 0000000')).toBeVisible());
  },
};

/** Arrow keys move between cells; a move past the rendered rows scrolls them in; Ctrl+End goes to the last cell. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    await waitFor(() => expect(firstLoadedIndex(grid)).toBe(0));
    await userEvent.click(within(grid).getByRole('button', { name: /^id/ }));
    await userEvent.click(within(grid).getByRole('button', { name: /^id/ }));
    await userEvent.click(within(grid).getByRole('button', { name: /^id/ }));
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await waitFor(() => {
      expect(document.activeElement).toHaveAttribute('data-row', '0');
      expect(document.activeElement).toHaveAttribute('data-column', '1');
    });
    for (let step = 0; step < 25; step++) await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-row', '25'), {
      timeout: 30_000,
    });
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(
      () => {
        expect(document.activeElement).toHaveAttribute('data-row', '999999');
        expect(document.activeElement).toHaveAttribute('data-column', '4');
      },
      { timeout: 30_000 },
    );
    await waitFor(() => expect(document.activeElement).toHaveTextContent('entry 0999999'), {
      timeout: 30_000,
    });
  },
};

/** The Columns menu hides a column (fetched no more) and brings all back. */
export const ChooseColumns: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const grid = await canvas.findByRole('grid');
    await expect(grid).toHaveAttribute('aria-colcount', '6');
    await userEvent.click(canvas.getByRole('button', { name: /Columns/ }));
    await userEvent.click(await body.findByRole('menuitemcheckbox', { name: 'region' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-colcount', '5'));
    await expect(within(grid).queryByRole('columnheader', { name: /region/ })).toBeNull();
    await userEvent.click(body.getByRole('menuitem', { name: 'Show all columns' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-colcount', '6'));
  },
};

const pendingSource: DataFrameSource = {
  columns: [],
  rowCount: undefined,
  getRow: () => undefined,
  ensureRange: () => {},
  isLoading: true,
  isFetching: true,
  error: undefined,
};

/** Before the first page arrived. */
export const Loading: Story = {
  render: () => (
    <DataFrameGrid
      name="sales"
      source={pendingSource}
      sort={undefined}
      onSortChange={() => {}}
      columns={undefined}
      onColumnsChange={() => {}}
      className="h-[300px]"
    />
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Loading data frame…');
  },
};

/** A frame with no rows. */
export const Empty: Story = {
  args: { rowCount: 0 },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This data frame has no rows.');
  },
};

/** The grid in the dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid');
    await waitFor(() => expect(firstLoadedIndex(grid)).toBe(0));
  },
};

/** In Arabic, right to left: the toolbar, column menu, sort hints and row count from the messages. */
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { rowCount: 1_500 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', { name: 'جدول البيانات generated' });
    await expect(canvas.getByRole('button', { name: 'تصدير CSV' })).toBeVisible();
    await expect(within(grid).getByRole('button', { name: /^amount/ })).toHaveAttribute(
      'title',
      'ترتيب حسب amount تصاعديًا',
    );
    await canvas.findByText(/صفًّا · المعروض/);
  },
};
