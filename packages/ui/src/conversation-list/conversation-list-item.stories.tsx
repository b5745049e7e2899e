import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConversationListItem } from './conversation-list-item.tsx';

const meta = {
  title: 'Conversations/ConversationListItem',
  component: ConversationListItem,
  tags: ['autodocs'],
  args: {
    conversation: { id: 'c1', name: 'Launch checklist' },
    selected: false,
    unread: 0,
    onSelect: fn(),
    onRename: fn(() => Promise.resolve()),
    onDelete: fn(() => Promise.resolve()),
  },
  decorators: [
    (Story) => (
      <nav aria-label="Conversations" className="w-72">
        <ul>
          <Story />
        </ul>
      </nav>
    ),
  ],
} satisfies Meta<typeof ConversationListItem>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The open conversation (`aria-current="page"`). */
export const Selected: Story = {
  args: { selected: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Launch checklist' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

/** Unread replies, as counted by the inbox. */
export const Unread: Story = {
  args: { unread: 3 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: /^Launch checklist\s*, 3 unread$/ }),
    ).toBeVisible();
  },
};

/** Rename inline: Enter saves, Escape cancels. */
export const Rename: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Rename Launch checklist' }));
    const input = await canvas.findByRole('textbox', { name: 'Conversation name' });
    await expect(input).toHaveFocus();
    await userEvent.keyboard('Beta launch{Enter}');
    await expect(args.onRename).toHaveBeenCalledWith('Beta launch');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Launch checklist' })).toHaveFocus());

    await userEvent.keyboard('{F2}');
    await userEvent.keyboard('Discarded{Escape}');
    await expect(args.onRename).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

/** A rename the server refused: the reason shows under the item. */
export const RenameError: Story = {
  args: { onRename: fn(() => Promise.reject(new Error('Conversation not found.'))) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Rename Launch checklist' }));
    await userEvent.keyboard('Q3 launch{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Could not rename: Conversation not found.',
    );
  },
};

/** Delete asks first; Cancel keeps the conversation, Delete removes it. */
export const Delete: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Launch checklist' }));
    let dialog = await body.findByRole('alertdialog', { name: 'Delete “Launch checklist”?' });
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('alertdialog')).toBeNull());
    await expect(args.onDelete).not.toHaveBeenCalled();

    await userEvent.click(canvas.getByRole('button', { name: 'Delete Launch checklist' }));
    dialog = await body.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await expect(args.onDelete).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(body.queryByRole('alertdialog')).toBeNull());
  },
};

/** Where the backend cannot rename or delete, only the conversation itself shows. */
export const ReadOnly: Story = {
  args: { onRename: undefined, onDelete: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button')).toHaveLength(1);
  },
};

/** Dark theme, selected with unread replies. */
export const Dark: Story = {
  args: { selected: true, unread: 12 },
  parameters: { theme: 'dark' },
};
