import { type Backend, requireFacet } from '@agent-chat/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider, type SeedResult, useMockPlatform } from '../test-support/mock-platform.tsx';
import { DataFrameTable, type DataFrameTableProps } from './data-frame-table.tsx';

/** Asks the mock agent for its 1,000,000-row frame (generated lazily) and returns where it is. */
async function seedLargeFrame(backend: Backend): Promise<SeedResult> {
  const conversation = await backend.createConversation({ name: 'Large data frame' });
  await backend.chat(conversation.id, { text: '/dataframe-large' });
  const frames = await requireFacet(backend, 'dataFrames').dataFrames.list(conversation.id, {
    numSamples: 1,
  });
  const largest = [...frames].sort((a, b) => (b.rowCount ?? 0) - (a.rowCount ?? 0))[0];
  if (!largest) throw new Error('The mock did not create a data frame for /dataframe-large.');
  return { conversationId: conversation.id, frame: largest.name };
}

type TableArgs = Omit<DataFrameTableProps, 'conversationId' | 'name'> & { name?: string };

/** The table over the seeded frame; `args.name` overrides the frame (e.g. one that does not exist). */
function SeededTable({ name, ...args }: TableArgs) {
  const { seed } = useMockPlatform();
  return <DataFrameTable {...args} conversationId={seed.conversationId} name={name ?? seed.frame ?? ''} />;
}

function holdDataFrameRequests(backend: Backend): Backend {
  // Every slice stays in flight, so the table shows its loading state for as long as one looks.
  const { dataFrames } = requireFacet(backend, 'dataFrames');
  return { ...backend, dataFrames: { ...dataFrames, get: () => new Promise(() => {}) } };
}

const meta = {
  title: 'Data/DataFrameTable',
  component: SeededTable,
  subcomponents: { DataFrameTable },
  tags: ['autodocs'],
  args: { className: 'h-[420px]' },
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="agents-v2" server={{ tokenDelayMs: 0 }} seed={seedLargeFrame}>
        <Story />
      </MockPlatformProvider>
    ),
  ],
} satisfies Meta<typeof SeededTable>;

export default meta;
type Story = StoryObj<typeof meta>;

function scrollerOf(canvasElement: HTMLElement): HTMLElement {
  const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="data-frame-scroll"]');
  if (!scroller) throw new Error('no data-frame scroll container');
  return scroller;
}

function renderedRowIndexes(grid: HTMLElement): number[] {
  return [...grid.querySelectorAll('tbody tr')].map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
}

/**
 * A 1,000,000-row frame: only the rows in view are in the DOM, pages load as they come into view.
 * Scrolling far down shows rows from there, still with a few dozen rows in the DOM.
 */
export const MillionRows: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', {}, { timeout: 30_000 });
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '1000001'), { timeout: 30_000 });
    await waitFor(() => expect(grid.querySelector('tbody tr[data-state="loaded"]')).not.toBeNull());

    const scroller = scrollerOf(canvasElement);
    scroller.scrollTop = scroller.scrollHeight * 0.75;
    await waitFor(
      () => {
        const loaded = [...grid.querySelectorAll('tbody tr[data-state="loaded"]')];
        expect(loaded.length).toBeGreaterThan(5);
        const first = Number(loaded[0]?.getAttribute('aria-rowindex')) - 2;
        expect(first).toBeGreaterThan(700_000);
        expect(first).toBeLessThan(800_000);
      },
      { timeout: 30_000 },
    );
    expect(grid.querySelectorAll('tbody tr').length).toBeLessThan(60);

    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(renderedRowIndexes(grid)).toContain(999_999), { timeout: 30_000 });
    await waitFor(() => expect(canvas.getByText('1,000,000', { selector: 'th' })).toBeVisible());
  },
};

/**
 * Clicking a header sorts on the server: ascending, descending, then unsorted; `aria-sort`
 * follows. Arrow keys move between cells.
 */
export const Sorted: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', {}, { timeout: 30_000 });
    const sortable = await waitFor(
      () => {
        const header = grid.querySelector<HTMLElement>('th[aria-sort]');
        if (!header) throw new Error('no sortable column yet');
        return header;
      },
      { timeout: 30_000 },
    );
    const button = within(sortable).getByRole('button');

    await userEvent.click(button);
    await waitFor(() => expect(sortable).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(button);
    await waitFor(() => expect(sortable).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(grid.querySelector('tbody tr[data-state="loaded"]')).not.toBeNull(), {
      timeout: 30_000,
    });
    await userEvent.click(button);
    await waitFor(() => expect(sortable).toHaveAttribute('aria-sort', 'none'));

    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-row')).toBe('0'));
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('data-row')).toBe('1');
      expect(document.activeElement?.getAttribute('data-column')).toBe(
        String(Number(button.dataset.column) + 1),
      );
    });
  },
};

/** Sorted descending from the start. */
export const SortedDescending: Story = {
  render: (args) => {
    const { seed } = useMockPlatform();
    return <SeededTable {...args} defaultOrderBy={seed.firstColumn && `-${seed.firstColumn}`} />;
  },
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="agents-v2"
        server={{ tokenDelayMs: 0 }}
        seed={async (backend) => {
          const seeded = await seedLargeFrame(backend);
          const frames = await requireFacet(backend, 'dataFrames').dataFrames.list(
            seeded.conversationId ?? '',
          );
          return { ...seeded, firstColumn: frames.find((frame) => frame.name === seeded.frame)?.columns[0] };
        }}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', {}, { timeout: 30_000 });
    await waitFor(() => expect(grid.querySelector('[aria-sort="descending"]')).not.toBeNull(), {
      timeout: 30_000,
    });
  },
};

/** Only some columns fetched (`column_names`); the Columns menu brings the others back. */
export const FewColumns: Story = {
  render: (args) => {
    const { seed } = useMockPlatform();
    return <SeededTable {...args} defaultColumns={seed.columns?.split(',').slice(0, 2)} />;
  },
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="agents-v2"
        server={{ tokenDelayMs: 0 }}
        seed={async (backend) => {
          const seeded = await seedLargeFrame(backend);
          const frames = await requireFacet(backend, 'dataFrames').dataFrames.list(
            seeded.conversationId ?? '',
          );
          return {
            ...seeded,
            columns: frames.find((frame) => frame.name === seeded.frame)?.columns.join(','),
          };
        }}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', {}, { timeout: 30_000 });
    await waitFor(() => expect(grid).toHaveAttribute('aria-colcount', '3'), { timeout: 30_000 });
    await userEvent.click(canvas.getByRole('button', { name: /columns/i }));
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('menuitem', { name: 'Show all columns' }));
    await waitFor(() => expect(Number(grid.getAttribute('aria-colcount'))).toBeGreaterThan(3));
  },
};

/** Asks the mock agent for its 500-row frame. */
async function seedSmallFrame(backend: Backend): Promise<SeedResult> {
  const conversation = await backend.createConversation({ name: 'Small data frame' });
  await backend.chat(conversation.id, { text: '/dataframe' });
  const [frame] = await requireFacet(backend, 'dataFrames').dataFrames.list(conversation.id);
  if (!frame) throw new Error('The mock did not create a data frame for /dataframe.');
  return { conversationId: conversation.id, frame: frame.name };
}

function withoutTotals(backend: Backend): Backend {
  // Slices arrive without a total, as from servers that never count their rows.
  const { dataFrames } = requireFacet(backend, 'dataFrames');
  return {
    ...backend,
    dataFrames: {
      ...dataFrames,
      get: async (...args) => {
        const { rowCount: _total, ...slice } = await dataFrames.get(...args);
        return slice;
      },
    },
  };
}

/**
 * A server that reports no total: the grid shows the rows it has plus one loading row, pages on
 * as that row comes into view, and learns the total from the first short page.
 */
export const UnknownTotal: Story = {
  args: { pageSize: 100 },
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="agents-v2"
        server={{ tokenDelayMs: 0 }}
        seed={seedSmallFrame}
        wrap={withoutTotals}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid', {}, { timeout: 30_000 });
    await canvas.findByText(/^At least 100 rows/, {}, { timeout: 30_000 });
    await expect(grid).toHaveAttribute('aria-rowcount', '-1');
    const scroller = scrollerOf(canvasElement);
    await waitFor(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        expect(canvas.getByText(/^500 rows/)).toBeInTheDocument();
      },
      { timeout: 20_000 },
    );
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '501'));
    await waitFor(() => {
      scroller.scrollTop = scroller.scrollHeight;
      expect(renderedRowIndexes(grid).at(-1)).toBe(499);
      expect(grid.querySelector('tbody tr:last-child')).toHaveAttribute('data-state', 'loaded');
    });
  },
};

/** While the first slice is on its way. */
export const Loading: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="agents-v2"
        server={{ tokenDelayMs: 0 }}
        seed={seedLargeFrame}
        wrap={holdDataFrameRequests}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Loading data frame…', {}, { timeout: 30_000 });
  },
};

/** A frame the server does not have: the platform's error is shown. */
export const ErrorState: Story = {
  name: 'Error',
  args: { name: 'no-such-frame' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent(/no-such-frame/);
  },
};

/** The million rows in the dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const grid = await within(canvasElement).findByRole('grid', {}, { timeout: 30_000 });
    await waitFor(() => expect(grid.querySelector('tbody tr[data-state="loaded"]')).not.toBeNull(), {
      timeout: 30_000,
    });
  },
};
