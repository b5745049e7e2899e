import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CodeBlock } from './code-block.tsx';

const TS = `import { Markdown } from '@agent-chat/ui';

/** Renders one reply. */
export function Reply({ text }: { text: string }) {
  const streaming = text.length < 100; // a comment
  return <Markdown streaming={streaming}>{text}</Markdown>;
}`;

const meta = {
  title: 'Markdown/CodeBlock',
  component: CodeBlock,
  tags: ['autodocs'],
  args: { code: TS, language: 'tsx', highlight: true },
  decorators: [
    (Story) => (
      <div className="mx-auto max-w-2xl">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CodeBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Highlighted once the highlighter has loaded; the copy button copies the code. */
export const Highlighted: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('.hljs-keyword')).not.toBeNull(), {
      timeout: 30_000,
    });
    await expect(canvas.getByText('tsx')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy tsx code' }));
    await expect(await canvas.findByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(await navigator.clipboard.readText()).toBe(TS);
  },
};

/** Code still streaming in: plain, never highlighted. */
export const Streaming: Story = {
  args: { code: TS.slice(0, 120), streaming: true },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(canvasElement.querySelector('.hljs-keyword')).toBeNull();
    await expect(canvasElement.querySelector('[data-slot="code-block"]')).toHaveAttribute(
      'data-state',
      'streaming',
    );
  },
};

/** A language the highlighter does not know, and a very wide line that scrolls inside the block. */
export const UnknownLanguageWide: Story = {
  args: { code: `${'wide '.repeat(80)}\nsecond line`, language: 'made-up' },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.hljs-keyword')).not.toBeNull(), {
      timeout: 30_000,
    });
  },
};
