import type { Backend, DataFrameInfo } from '@agent-chat/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider, useMockPlatform } from '../test-support/mock-platform.tsx';
import { DataFrameList, type DataFrameListProps } from './data-frame-list.tsx';
import { DataFrameSample } from './data-frame-sample.tsx';
import { DataFrameTable } from './data-frame-table.tsx';

async function seedFrames(backend: Backend) {
  const conversation = await backend.createConversation({ name: 'Analysis' });
  await backend.chat(conversation.id, { text: '/dataframe' });
  await backend.chat(conversation.id, { text: '/dataframe-large' });
  return { conversationId: conversation.id };
}

type ListArgs = Omit<DataFrameListProps, 'conversationId'>;

/** The list of the seeded conversation's frames; "Open" shows the chosen one in a table below. */
function FramesExplorer(args: ListArgs) {
  const { seed } = useMockPlatform();
  const [open, setOpen] = React.useState<DataFrameInfo | undefined>();
  return (
    <div className="grid max-w-4xl gap-4">
      <DataFrameList
        {...args}
        conversationId={seed.conversationId}
        onOpen={(info) => {
          setOpen(info);
          args.onOpen(info);
        }}
      />
      {open ? (
        <DataFrameTable
          conversationId={seed.conversationId}
          name={open.name}
          availableColumns={open.columns}
          className="h-[360px]"
        />
      ) : null}
    </div>
  );
}

const meta = {
  title: 'Data/DataFrameList',
  component: FramesExplorer,
  subcomponents: { DataFrameList, DataFrameSample },
  tags: ['autodocs'],
  args: { onOpen: fn() },
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="agents-v2" server={{ tokenDelayMs: 0 }} seed={seedFrames}>
        <Story />
      </MockPlatformProvider>
    ),
  ],
} satisfies Meta<typeof FramesExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A conversation's frames with their samples; "Open" shows one in the full table. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const openButtons = await canvas.findAllByRole('button', { name: /^Open / }, { timeout: 30_000 });
    expect(canvas.getAllByRole('table').length).toBeGreaterThan(0);
    const first = openButtons[0];
    if (!first) throw new Error('no frame listed');
    await userEvent.click(first);
    await waitFor(() => expect(args.onOpen).toHaveBeenCalledTimes(1));
    await canvas.findByRole('grid', {}, { timeout: 30_000 });
  },
};

/** A conversation without data frames. */
export const Empty: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="agents-v2"
        server={{ tokenDelayMs: 0 }}
        seed={async (backend) => ({
          conversationId: (await backend.createConversation({ name: 'Empty' })).id,
        })}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(
      'This conversation has no data frames yet.',
      {},
      { timeout: 30_000 },
    );
  },
};
