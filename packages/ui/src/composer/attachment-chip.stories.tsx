import { AgentChatLocaleProvider, loadMessages } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttachmentChip } from './attachment-chip.tsx';
import type { ComposerAttachment } from './types.ts';

const MB = 1024 * 1024;

const uploading: ComposerAttachment = {
  id: 'upload-1',
  name: 'quarterly-figures.xlsx',
  size: 12 * MB,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  status: 'uploading',
  progress: 0.4,
};

/** Chips in a list as the composer shows them; removing one takes it away, as `useAttachments` does. */
function ChipList({
  attachments,
  onRemove,
  onRetry,
}: {
  attachments: ComposerAttachment[];
  onRemove?: (id: string) => void;
  onRetry?: (id: string) => void;
}) {
  const [items, setItems] = React.useState(attachments);
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2">
      {items.map((item) => (
        <AttachmentChip
          key={item.id}
          attachment={item}
          onRemove={(id) => {
            onRemove?.(id);
            setItems((current) => current.filter((candidate) => candidate.id !== id));
          }}
          onRetry={onRetry}
        />
      ))}
    </ul>
  );
}

const meta = {
  title: 'Thread/Composer/Attachment chip',
  component: ChipList,
  args: { attachments: [uploading], onRemove: fn(), onRetry: fn() },
  decorators: [
    (Story) => (
      <div className="mx-auto max-w-2xl pt-12">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ChipList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An upload at 40%: the bar, the percentage, and Cancel in place of Remove. */
export const Uploading: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole('progressbar', { name: 'Uploading quarterly-figures.xlsx' });
    await expect(bar).toHaveAttribute('aria-valuenow', '40');
    await expect(bar).toHaveAttribute('aria-valuetext', '40%');
    await expect(canvas.getByText('40%')).toBeVisible();
  },
};

/** Cancel by keyboard: the chip goes, and the upload is told to stop. */
export const Cancel: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const cancel = canvas.getByRole('button', { name: 'Cancel upload of quarterly-figures.xlsx' });
    cancel.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull());
    await expect(args.onRemove).toHaveBeenCalledWith('upload-1');
  },
};

/** A failed upload keeps the file, says why, and offers Retry. */
export const UploadFailed: Story = {
  args: {
    attachments: [
      {
        ...uploading,
        status: 'error',
        progress: undefined,
        retryable: true,
        error: 'quarterly-figures.xlsx could not be uploaded. The server is busy; try again in a moment.',
      },
    ],
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry uploading quarterly-figures.xlsx' }));
    await expect(args.onRetry).toHaveBeenCalledWith('upload-1');
  },
};

/** Several uploads at different points, and one still being read (no percentage known yet). */
export const Several: Story = {
  args: {
    attachments: [
      { ...uploading, id: 'a', progress: 0.05 },
      { ...uploading, id: 'b', name: 'scan.pdf', size: 3 * MB, progress: 0.92 },
      { ...uploading, id: 'c', name: 'notes.txt', size: 2048, status: 'processing', progress: undefined },
    ],
  },
};

/** Right to left: the bar fills from the right, the digits and labels are Arabic. */
export const UploadingArabic: Story = {
  // Arabic loaded before the story renders, so its provider does not suspend.
  loaders: [() => loadMessages('ar').then(() => ({}))],
  decorators: [
    (Story) => (
      <AgentChatLocaleProvider locale="ar">
        <div dir="rtl" lang="ar">
          <Story />
        </div>
      </AgentChatLocaleProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole('progressbar', { name: 'جارٍ رفع quarterly-figures.xlsx' });
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      new Intl.NumberFormat('ar', { style: 'percent' }).format(0.4),
    );
    await expect(canvas.getByRole('button', { name: 'إلغاء رفع quarterly-figures.xlsx' })).toBeVisible();
  },
};
