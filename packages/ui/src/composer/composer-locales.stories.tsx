import { ar, pt } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { useLocalAttachments } from '../test-support/use-local-attachments.ts';
import { Composer, type ComposerProps } from './composer.tsx';

function LocalComposer(props: ComposerProps) {
  const attachments = useLocalAttachments();
  return <Composer {...props} attachments={attachments} />;
}

/** The composer in each shipped language other than English; the locale comes from `globals`. */
const meta = {
  title: 'Thread/Composer in other languages',
  component: Composer,
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

/** Portuguese: names, placeholder; Enter still sends. */
export const Portuguese: Story = {
  globals: { locale: 'pt' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: pt.composerInputLabel });
    await expect(input).toHaveAttribute('placeholder', pt.composerPlaceholder);
    await expect(canvas.getByRole('button', { name: pt.attachFiles })).toBeVisible();
    await userEvent.type(input, 'Olá{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith({ text: 'Olá', files: [] });
  },
};

/** Arabic, right to left: attach at the start (right), Send at the end (left); Stop while busy. */
export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { isBusy: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    const input = canvas.getByRole('textbox', { name: ar.composerInputLabel });
    await expect(input).toHaveAttribute('placeholder', ar.composerPlaceholder);
    const attach = canvas.getByRole('button', { name: ar.attachFiles }).getBoundingClientRect();
    const stop = canvas.getByRole('button', { name: ar.stop }).getBoundingClientRect();
    await expect(stop.left).toBeLessThan(attach.left);
  },
};
