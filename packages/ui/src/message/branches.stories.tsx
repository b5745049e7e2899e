import type { BranchPosition } from '@agent-chat/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { filesMessage } from '../test-support/message-fixtures.ts';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { Thread } from '../thread/thread.tsx';
import { Message } from './message.tsx';
import { MessageActionsProvider } from './message-context.tsx';

const question: UIMessage = {
  id: 'question',
  role: 'user',
  parts: [{ type: 'text', text: 'Name a good city for a weekend trip.' }],
};

/** Three versions of one reply, as regenerations leave them in the controller's tree. */
const versions: UIMessage[] = ['Lisbon.', 'Porto.', 'Valencia.'].map((text, index) => ({
  id: `reply-v${index + 1}`,
  role: 'assistant',
  parts: [{ type: 'text', text, state: 'done' }],
}));

/** Props of the story's harness. */
interface VersionedReplyProps {
  /** 0-based version shown first. */
  start: number;
  /** Edits and regenerations make branches (false: they are sent as new turns). */
  branches?: boolean;
  onSwitchBranch: (messageId: string) => void;
  onRegenerate: (messageId: string) => void;
  onEdit: (messageId: string, text: string) => void;
}

/** A question and a reply with three versions; the picker switches which one is shown. */
function VersionedReply({ start, branches, onSwitchBranch, onRegenerate, onEdit }: VersionedReplyProps) {
  const [shown, setShown] = React.useState(start);
  const actions = React.useMemo(
    () => ({
      branches,
      onRegenerate,
      onEdit,
      branchOf: (messageId: string): BranchPosition | undefined => {
        const index = versions.findIndex((version) => version.id === messageId);
        return index === -1
          ? undefined
          : { index, count: versions.length, siblings: versions.map((v) => v.id) };
      },
      onSwitchBranch: (messageId: string) => {
        setShown(versions.findIndex((version) => version.id === messageId));
        onSwitchBranch(messageId);
      },
    }),
    [branches, onRegenerate, onEdit, onSwitchBranch],
  );
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <MessageActionsProvider value={actions}>
        <Message message={question} />
        <Message message={versions[shown] ?? versions[0]!} />
      </MessageActionsProvider>
    </div>
  );
}

const meta = {
  title: 'Message/Branches',
  component: VersionedReply,
  args: { start: 1, onSwitchBranch: fn(), onRegenerate: fn(), onEdit: fn() },
} satisfies Meta<typeof VersionedReply>;

export default meta;
type Story = StoryObj<typeof meta>;

const picker = (canvasElement: HTMLElement) => within(canvasElement).getByRole('group', { name: 'Versions' });

/** The second of three versions: "‹ 2 / 3 ›", announced as "Version 2 of 3"; both ways open. */
export const ThreeVersions: Story = {
  play: async ({ canvasElement }) => {
    const group = within(picker(canvasElement));
    await expect(group.getByText('2 / 3')).toBeVisible();
    await expect(group.getByRole('status')).toHaveTextContent('Version 2 of 3');
    await expect(group.getByRole('button', { name: 'Previous version' })).toBeEnabled();
    await expect(group.getByRole('button', { name: 'Next version' })).toBeEnabled();
    await expect(within(canvasElement).getByText('Porto.')).toBeVisible();
  },
};

/** Previous and Next switch the version through `onSwitchBranch`; each end disables its button. */
export const SwitchVersions: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Next version' }));
    await expect(args.onSwitchBranch).toHaveBeenLastCalledWith('reply-v3');
    await expect(await canvas.findByText('Valencia.')).toBeVisible();
    await expect(within(picker(canvasElement)).getByRole('status')).toHaveTextContent('Version 3 of 3');
    await expect(canvas.getByRole('button', { name: 'Next version' })).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Previous version' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Previous version' }));
    await expect(args.onSwitchBranch).toHaveBeenLastCalledWith('reply-v1');
    await expect(await canvas.findByText('Lisbon.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Previous version' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Next version' })).toBeEnabled();
  },
};

/** The first version: Previous is disabled. */
export const FirstVersion: Story = {
  args: { start: 0 },
  play: async ({ canvasElement }) => {
    const group = within(picker(canvasElement));
    await expect(group.getByText('1 / 3')).toBeVisible();
    await expect(group.getByRole('button', { name: 'Previous version' })).toBeDisabled();
  },
};

/** The last version: Next is disabled. */
export const LastVersion: Story = {
  args: { start: 2 },
  play: async ({ canvasElement }) => {
    const group = within(picker(canvasElement));
    await expect(group.getByText('3 / 3')).toBeVisible();
    await expect(group.getByRole('button', { name: 'Next version' })).toBeDisabled();
  },
};

/** The picker's buttons are real buttons in the Tab order: Enter and Space switch. */
export const KeyboardOperable: Story = {
  args: { start: 0 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole('button', { name: 'Next version' });
    // Tab from the reply's Regenerate button; Previous is disabled, so Next comes next.
    canvas.getByRole('button', { name: 'Regenerate reply' }).focus();
    await userEvent.tab();
    await expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSwitchBranch).toHaveBeenLastCalledWith('reply-v2');
    await expect(within(picker(canvasElement)).getByRole('status')).toHaveTextContent('Version 2 of 3');
    await expect(next).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(args.onSwitchBranch).toHaveBeenLastCalledWith('reply-v3');
    await expect(await canvas.findByText('Valencia.')).toBeVisible();
  },
};

/**
 * Where the platform cannot branch (`branches: false`, agents v2 and the Chat API), edit and
 * regenerate say what they will do: send a new message.
 */
export const SentAsNewMessage: Story = {
  args: { branches: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Ask again as a new message' }));
    await expect(args.onRegenerate).toHaveBeenCalledWith('reply-v2');
    await expect(canvas.queryByRole('button', { name: 'Regenerate reply' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }));
    const editor = await canvas.findByRole('textbox', { name: 'Edit message' });
    await userEvent.clear(editor);
    await userEvent.type(editor, 'Name a good city for a winter trip.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send as a new message' }));
    await expect(args.onEdit).toHaveBeenCalledWith('question', 'Name a good city for a winter trip.');
  },
};

/**
 * A user message with attachments: the editor changes its text; the new version is sent with the
 * edited text through `onEdit`, and the message shows its files again once the editor closes.
 */
export const EditWithAttachments: Story = {
  render: (args) => (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <Message message={filesMessage} onEdit={args.onEdit} />
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const message = canvas.getByRole('article', { name: 'You said' });
    await expect(within(message).getByText('report.pdf')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit message' }));
    const editor = await canvas.findByRole('textbox', { name: 'Edit message' });
    await expect(editor).toHaveValue('Here are the files.');
    await userEvent.clear(editor);
    await userEvent.type(editor, 'Here are the files, chart first.{Enter}');
    await expect(args.onEdit).toHaveBeenCalledTimes(1);
    await expect(args.onEdit).toHaveBeenCalledWith('f1', 'Here are the files, chart first.');
    await expect(within(message).getByText('report.pdf')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Edit message' })).toHaveFocus();
  },
};

const articles = (canvasElement: HTMLElement) => within(canvasElement).getAllByRole('article');
const last = <T,>(items: T[]): T => items[items.length - 1]!;

/**
 * The real controller on the in-browser AI SDK mock: send, regenerate (a second version of the
 * reply), switch back, edit the question (a second version of the question, with its own reply),
 * switch back: the first question returns with both its replies.
 */
export const LiveSwitching: Story = {
  render: () => (
    <MockPlatformProvider platform="ai-sdk" server={{ tokenDelayMs: 0 }}>
      <div className="h-[640px] overflow-hidden rounded-bubble border border-border">
        <Thread />
      </div>
    </MockPlatformProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole('textbox', { name: 'Message' }, { timeout: 30_000 });
    await userEvent.type(input, '/reasoning{Enter}');
    const regenerate = await canvas.findByRole('button', { name: 'Regenerate reply' }, { timeout: 30_000 });
    await userEvent.click(regenerate);
    await waitFor(() => expect(last(articles(canvasElement))).toHaveTextContent('(version 2)'), {
      timeout: 30_000,
    });
    const replyPicker = await within(last(articles(canvasElement))).findByRole(
      'group',
      { name: 'Versions' },
      { timeout: 30_000 },
    );
    await expect(within(replyPicker).getByRole('status')).toHaveTextContent('Version 2 of 2');
    // The picker of a reply still being written is disabled: wait for the reply to finish (the
    // row may render anew meanwhile, so the button is looked up each time).
    const previous = () =>
      within(last(articles(canvasElement))).getByRole('button', { name: 'Previous version' });
    await waitFor(() => expect(previous()).toBeEnabled(), { timeout: 30_000 });
    await userEvent.click(previous());
    await waitFor(() => expect(last(articles(canvasElement))).not.toHaveTextContent('(version 2)'));
    await expect(within(last(articles(canvasElement))).getByRole('status')).toHaveTextContent(
      'Version 1 of 2',
    );

    const questionArticle = articles(canvasElement)[0]!;
    await userEvent.click(within(questionArticle).getByRole('button', { name: 'Edit message' }));
    const editor = await canvas.findByRole('textbox', { name: 'Edit message' });
    await userEvent.clear(editor);
    await userEvent.type(editor, 'What is the weather like?{Enter}');
    await waitFor(
      () => {
        const [edited, reply] = articles(canvasElement);
        expect(edited).toHaveTextContent('What is the weather like?');
        expect(within(edited!).getByRole('status')).toHaveTextContent('Version 2 of 2');
        expect(reply).toHaveAttribute('data-state', 'complete');
      },
      { timeout: 30_000 },
    );
    // The new question has one reply so far: no picker under it.
    await expect(within(last(articles(canvasElement))).queryByRole('group', { name: 'Versions' })).toBeNull();

    await userEvent.click(
      within(articles(canvasElement)[0]!).getByRole('button', { name: 'Previous version' }),
    );
    await waitFor(() => expect(articles(canvasElement)[0]).toHaveTextContent('/reasoning'));
    await expect(within(last(articles(canvasElement))).getByRole('status')).toHaveTextContent(
      'Version 1 of 2',
    );
  },
};
