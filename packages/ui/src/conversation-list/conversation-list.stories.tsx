import { type Backend, type Conversation, requireFacet } from '@agent-chat/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  MOCK_TEAM_ID,
  MockPlatformProvider,
  type SeedResult,
  useMockPlatform,
} from '../test-support/mock-platform.tsx';
import { ConversationList, type ConversationListProps } from './conversation-list.tsx';

const TOPICS = [
  'Quarterly planning',
  'Churn analysis',
  'Launch checklist',
  'Pricing page copy',
  'Hiring plan',
];

async function seedConversations(backend: Backend, count: number): Promise<SeedResult> {
  let last: Conversation | undefined;
  for (let index = 0; index < count; index++) {
    last = await backend.createConversation({ name: `${TOPICS[index % TOPICS.length]} ${index + 1}` });
  }
  return { lastId: last?.id };
}

/** The list with selection kept in the story, as an app would. */
function SelectableList(props: ConversationListProps) {
  const [selectedId, setSelectedId] = React.useState<string | undefined>(props.selectedId);
  return (
    <ConversationList
      {...props}
      selectedId={selectedId}
      onSelect={(conversation) => {
        setSelectedId(conversation.id);
        props.onSelect?.(conversation);
      }}
    />
  );
}

const meta = {
  title: 'Conversations/ConversationList',
  component: SelectableList,
  args: { className: 'h-[520px] w-72', onSelect: fn(), onCreated: fn(), onDeleted: fn(), pageSize: 20 },
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="noxus-v1" seed={(backend) => seedConversations(backend, 8)}>
        <Story />
      </MockPlatformProvider>
    ),
  ],
} satisfies Meta<typeof SelectableList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No conversations yet: the empty state, and "New conversation" creates and selects one. */
export const Empty: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="noxus-v1">
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/No conversations yet/, {}, { timeout: 30_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'New conversation' }));
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1));
    const item = await canvas.findByRole('button', { current: 'page' }, { timeout: 30_000 });
    await expect(item).toBeVisible();
  },
};

/** A short list: select one, rename another with Enter, delete a third after confirming. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const first = await canvas.findByRole('button', { name: 'Launch checklist 3' }, { timeout: 30_000 });
    await userEvent.click(first);
    await waitFor(() => expect(first).toHaveAttribute('aria-current', 'page'));
    await expect(args.onSelect).toHaveBeenCalled();

    await userEvent.click(canvas.getByRole('button', { name: 'Rename Churn analysis 2' }));
    // The rename box appears after the click's state update: wait for it.
    const input = await canvas.findByRole('textbox', { name: 'Conversation name' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Churn deep dive{Enter}');
    await canvas.findByRole('button', { name: 'Churn deep dive' });
    await expect(canvas.queryByRole('textbox', { name: 'Conversation name' })).toBeNull();

    await userEvent.click(canvas.getByRole('button', { name: 'Rename Hiring plan 5' }));
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Conversation name' }),
      ' (draft){Escape}',
    );
    await expect(canvas.getByRole('button', { name: 'Hiring plan 5' })).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Delete Pricing page copy 4' }));
    const dialog = await body.findByRole('alertdialog');
    await expect(dialog).toHaveTextContent('Delete “Pricing page copy 4”?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Pricing page copy 4' })).toBeNull());
    await expect(args.onDeleted).toHaveBeenCalledTimes(1);
  },
};

/** Sixty conversations in pages of twenty: scrolling to the end loads the next page. */
export const Many: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="noxus-v1" seed={(backend) => seedConversations(backend, 60)}>
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('listitem', {}, { timeout: 30_000 });
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="conversation-scroll"]');
    if (!scroller) throw new Error('no scroll container');
    const before = canvas.getAllByRole('listitem').length;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(before), {
      timeout: 30_000,
    });
  },
};

/** Search filters the list; nothing matching shows its own empty state. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('listitem', {}, { timeout: 30_000 });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search conversations' }), 'churn');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(2), { timeout: 30_000 });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search conversations' }), 'zzz');
    await canvas.findByText(/No conversations match/, {}, { timeout: 30_000 });
  },
};

/** Where the backend has an inbox (Chat API), conversations with unread replies carry a badge until opened. */
export const WithUnread: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="chat-api"
        server={{ tokenDelayMs: 0 }}
        seed={async (backend) => {
          const seeded = await seedConversations(backend, 4);
          const conversations = await backend.listConversations();
          for (const conversation of conversations.items.slice(0, 2)) {
            await backend.chat(conversation.id, { text: 'Any news?' });
          }
          return { ...seeded, team: MOCK_TEAM_ID };
        }}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(
      () =>
        expect(canvasElement.querySelectorAll('[data-slot="conversation-unread"]').length).toBeGreaterThan(0),
      {
        timeout: 30_000,
      },
    );
    const badge = canvasElement.querySelector('[data-slot="conversation-unread"]');
    await expect(badge).toHaveTextContent(/unread/);
    const item = badge?.closest('button');
    if (!item) throw new Error('no item with a badge');
    // Opening a conversation marks its inbox messages read, and its badge goes.
    await userEvent.click(item);
    await waitFor(() => expect(item.querySelector('[data-slot="conversation-unread"]')).toBeNull(), {
      timeout: 30_000,
    });
    await expect(item).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0);
  },
};

/** A conversation deleted elsewhere cannot be renamed: the error shows and the name comes back. */
export const RenameError: Story = {
  render: (args) => {
    const { backend, seed } = useMockPlatform();
    const [gone, setGone] = React.useState(false);
    return (
      <div className="grid gap-3">
        <button
          type="button"
          disabled={gone}
          className="w-fit rounded-md border border-border px-2 py-1 text-sm"
          onClick={() =>
            void requireFacet(backend, 'deleteConversation')
              .deleteConversation(seed.lastId ?? '')
              .then(() => setGone(true))
          }
        >
          Delete “Quarterly planning 1” on the server
        </button>
        <SelectableList {...args} />
      </div>
    );
  },
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="noxus-v1" seed={(backend) => seedConversations(backend, 1)}>
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: 'Quarterly planning 1' }, { timeout: 30_000 });
    const behind = canvas.getByRole('button', { name: /on the server/ });
    await userEvent.click(behind);
    await waitFor(() => expect(behind).toBeDisabled());
    await userEvent.click(canvas.getByRole('button', { name: 'Rename Quarterly planning 1' }));
    // The rename box appears after the click's state update: wait for it.
    const input = await canvas.findByRole('textbox', { name: 'Conversation name' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Q3 planning{Enter}');
    const alert = await canvas.findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent(/Could not rename/);
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Q3 planning' })).toBeNull());
  },
};

/** The list in the dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  args: { selectedId: undefined },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('listitem', {}, { timeout: 30_000 });
  },
};
