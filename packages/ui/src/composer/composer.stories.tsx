import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { fileOfSize, useLocalAttachments } from '../test-support/use-local-attachments.ts';
import { AttachmentDropzone } from './attachment-dropzone.tsx';
import { Composer, type ComposerProps } from './composer.tsx';
import { ComposerAttachButton } from './composer-attach-button.tsx';
import { ComposerAttachmentList } from './composer-attachment-list.tsx';
import { ComposerHint } from './composer-hint.tsx';
import { ComposerInput } from './composer-input.tsx';
import { ComposerSettings } from './composer-settings.tsx';
import { ComposerSubmit } from './composer-submit.tsx';
import type { ComposerAttachment, ComposerAttachments } from './types.ts';

const MB = 1024 * 1024;

function LocalComposer({ initial, ...props }: ComposerProps & { initial?: File[] }) {
  const attachments = useLocalAttachments(initial);
  return <Composer {...props} attachments={attachments} />;
}

const meta = {
  title: 'Thread/Composer',
  component: Composer,
  tags: ['autodocs'],
  args: { onSend: fn(() => true), onStop: fn(), isBusy: false },
  decorators: [
    (Story) => (
      <div className="mx-auto flex max-w-2xl flex-col gap-4 pt-24">
        <Story />
      </div>
    ),
  ],
  render: (args) => <LocalComposer {...args} />,
} satisfies Meta<typeof Composer>;

export default meta;
type Story = StoryObj<typeof meta>;

const textbox = (root: HTMLElement) => within(root).getByRole('textbox', { name: 'Message' });

/** Enter sends and clears; Shift+Enter adds a line; focus stays in the textarea. */
export const SendWithEnter: Story = {
  play: async ({ canvasElement, args }) => {
    const input = textbox(canvasElement);
    await userEvent.click(input);
    await userEvent.type(input, 'First line{Shift>}{Enter}{/Shift}second line');
    await expect(args.onSend).not.toHaveBeenCalled();
    const oneLine = input.getBoundingClientRect().height;
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith({ text: 'First line\nsecond line', files: [] });
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(input.getBoundingClientRect().height).toBeLessThanOrEqual(oneLine);
  },
};

/** The textarea grows with its content, then scrolls. */
export const AutoGrow: Story = {
  args: { defaultValue: Array.from({ length: 20 }, (_, index) => `Line ${index + 1}`).join('\n') },
  play: async ({ canvasElement }) => {
    const input = textbox(canvasElement);
    await expect(input.getBoundingClientRect().height).toBeGreaterThan(100);
    await expect(input.getBoundingClientRect().height).toBeLessThanOrEqual(241);
    // Scrolls past the cap, and shrinks back as the text goes.
    await expect(input.scrollHeight).toBeGreaterThan(input.clientHeight);
    await userEvent.clear(input);
    await userEvent.type(input, 'One line');
    await waitFor(() => expect(input.getBoundingClientRect().height).toBeLessThan(60));
  },
};

/** While a reply streams Send is Stop; Escape stops too, and focus is back in the textarea. */
export const Streaming: Story = {
  args: { isBusy: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Send' })).toBeNull();
    await userEvent.click(textbox(canvasElement));
    await userEvent.keyboard('{Escape}');
    await expect(args.onStop).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Stop' }));
    await expect(args.onStop).toHaveBeenCalledTimes(2);
    await expect(textbox(canvasElement)).toHaveFocus();
  },
};

/** A 30 MB file over the 25 MB limit: the chip says why, Send says what to do; removing it unblocks. */
export const AttachmentErrors: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const picker = canvasElement.querySelector<HTMLInputElement>('[data-slot="composer-file-input"]')!;
    await userEvent.upload(picker, [fileOfSize('report.pdf', 30 * MB), fileOfSize('notes.pdf', 2 * MB)]);
    await expect(await canvas.findByText('report.pdf is 30 MB; the limit is 25 MB.')).toBeVisible();
    await expect(canvas.getByText('2 MB')).toBeVisible();
    const send = canvas.getByRole('button', { name: 'Send' });
    await expect(send).toHaveAttribute('aria-disabled', 'true');
    await expect(send).toHaveAccessibleDescription('Remove the attachment with an error to send.');
    await userEvent.click(send);
    await expect(args.onSend).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove report.pdf' }));
    await expect(textbox(canvasElement)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith({ text: '', files: [expect.any(File)] });
  },
};

const preview =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="36" height="36"><rect width="36" height="36" fill="#4f46e5"/><circle cx="18" cy="18" r="9" fill="#fff"/></svg>',
  );

const chips: ComposerAttachment[] = [
  { id: '1', name: 'chart.png', size: 48_213, mediaType: 'image/png', status: 'ready', previewUrl: preview },
  {
    id: '2',
    name: 'quarterly-figures.xlsx',
    size: 3.2 * MB,
    mediaType: 'application/vnd.ms-excel',
    status: 'processing',
    progress: 0.4,
  },
  {
    id: '3',
    name: 'scan.tiff',
    size: 120 * MB,
    mediaType: 'image/tiff',
    status: 'error',
    error: 'scan.tiff is 120 MB; the limit is 25 MB.',
  },
];

function staticAttachments(items: ComposerAttachment[]): ComposerAttachments {
  return {
    items,
    add: fn(),
    remove: fn(),
    clear: fn(),
    restore: fn(),
    readyFiles: [],
    hasErrors: items.some((item) => item.status === 'error'),
    isProcessing: items.some((item) => item.status === 'processing'),
  };
}

/** Chips in every state: image preview, processing with progress, error. Send waits for processing. */
export const AttachmentStates: Story = {
  render: (args) => (
    <Composer {...args} attachments={staticAttachments(chips)} defaultValue="Here are the files" />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('progressbar', { name: 'Processing quarterly-figures.xlsx' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription(
      'Wait until the attachments have finished processing.',
    );
  },
};

function DropHarness(args: ComposerProps) {
  const attachments = useLocalAttachments();
  return (
    <AttachmentDropzone onFiles={attachments.add} className="h-80 rounded-bubble border border-border">
      <div className="flex-1 p-4 text-sm text-muted-foreground">Messages would be here.</div>
      <Composer {...args} attachments={attachments} />
    </AttachmentDropzone>
  );
}

function drag(target: Element, type: string, files: File[]) {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
}

/** Dragging files over shows "Drop files to attach"; a dropped 30 MB file gets a chip with its error. */
export const DropFiles: Story = {
  render: (args) => <DropHarness {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const zone = canvasElement.querySelector('[data-slot="attachment-dropzone"]')!;
    const file = fileOfSize('report.pdf', 30 * MB);
    drag(zone, 'dragenter', [file]);
    await expect(await canvas.findByText('Drop files to attach')).toBeVisible();
    drag(zone, 'drop', [file]);
    await waitFor(() => expect(canvas.queryByText('Drop files to attach')).toBeNull());
    await expect(await canvas.findByText('report.pdf is 30 MB; the limit is 25 MB.')).toBeVisible();
  },
};

function SettingsHarness(args: ComposerProps) {
  const [settings, setSettings] = React.useState({
    modelSelection: ['gpt-5-mini'],
    temperature: 0.7,
    tools: [
      { name: 'web_research', type: 'search', enabled: true },
      { name: 'kb_qa', type: 'knowledge', enabled: false },
    ],
    extraInstructions: '',
  });
  return (
    <>
      <Composer {...args}>
        <ComposerAttachmentList />
        <ComposerInput placeholder="Send a message…" />
        <div className="flex items-center gap-2">
          <ComposerAttachButton />
          <ComposerSettings
            settings={settings}
            onSettingsChange={(next) => setSettings({ ...settings, ...next })}
            models={['gpt-5-mini', 'claude-sonnet', 'mistral-large']}
          />
          <ComposerHint className="flex-1" />
          <ComposerSubmit />
        </div>
      </Composer>
      <output data-testid="saved" className="text-xs text-muted-foreground">
        {settings.modelSelection[0]} · {settings.temperature} ·{' '}
        {settings.extraInstructions || 'no instructions'}
      </output>
    </>
  );
}

/** The settings popover (where the backend supports settings): model, tools, temperature, instructions. */
export const Settings: Story = {
  render: (args) => <SettingsHarness {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Conversation settings' }));
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'Conversation settings' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Model'), 'claude-sonnet');
    await userEvent.type(within(dialog).getByLabelText('Extra instructions'), 'Answer in French.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect(canvas.getByTestId('saved')).toHaveTextContent('claude-sonnet · 0.7 · Answer in French.');
    await expect(args.onSend).not.toHaveBeenCalled();

    // From the keyboard: Enter opens it with focus inside, Escape closes it and gives focus back to
    // the button, and the button closes what it opened.
    const trigger = canvas.getByRole('button', { name: 'Conversation settings' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const reopened = await body.findByRole('dialog', { name: 'Conversation settings' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(trigger).toHaveAttribute('aria-controls', reopened.id);
    await waitFor(() => expect(reopened.contains(canvasElement.ownerDocument.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(trigger);
    await body.findByRole('dialog', { name: 'Conversation settings' });
    await userEvent.click(trigger);
    await waitFor(() => expect(body.queryByRole('dialog', { name: 'Conversation settings' })).toBeNull());
  },
};

/** The composer in the dark theme with an error chip. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => <Composer {...args} attachments={staticAttachments(chips)} />,
};
