import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { GFM_SAMPLE, longMarkdown } from '../test-support/sample-markdown.ts';
import { useSimulatedStream } from '../test-support/use-simulated-stream.ts';
import { Markdown } from './markdown.tsx';

const meta = {
  title: 'Markdown/Markdown',
  component: Markdown,
  tags: ['autodocs'],
  args: { children: GFM_SAMPLE, streaming: false },
  decorators: [
    (Story) => (
      <div className="mx-auto max-w-3xl">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Markdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every GFM feature: headings, emphasis, links, task lists, nested lists, a table, code and a rule. */
export const FullDocument: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Quarterly report' })).toBeVisible();
    await expect(canvas.getByRole('table')).toBeVisible();
    // Highlighting loads lazily and only for finished code.
    await waitFor(() => expect(canvasElement.querySelector('.hljs-keyword')).not.toBeNull(), {
      timeout: 5000,
    });
  },
};

/** Half-written markdown as it arrives: unclosed bold and code, a link still waiting for its URL. */
export const StreamingHalfWritten: Story = {
  args: {
    streaming: true,
    children: 'The answer depends on **two factors and the `config` file. See [the guide](https://exa',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('strong')?.textContent).toBe(
      'two factors and the config file. See the guide',
    );
    await expect(canvasElement.querySelector('a')).toBeNull();
    await expect(canvasElement.textContent).not.toMatch(/[*[\]()]/);
  },
};

/** An open code fence at the end of a streaming reply renders as a code block in progress, unhighlighted. */
export const StreamingOpenFence: Story = {
  args: {
    streaming: true,
    children: 'Here is the function:\n\n```python\ndef compute(x):\n    return x *',
  },
  play: async ({ canvasElement }) => {
    const block = canvasElement.querySelector('[data-slot="code-block"]');
    await expect(block?.getAttribute('data-state')).toBe('streaming');
    await expect(block?.querySelector('[data-slot="code-block-language"]')?.textContent).toBe('python');
    await expect(block?.querySelector('.hljs-keyword')).toBeNull();
  },
};

function StreamingDemo({ text }: { text: string }) {
  const stream = useSimulatedStream(text, 40);
  return <Markdown streaming={!stream.done}>{stream.text}</Markdown>;
}

/** The full document streamed in, a few characters per frame. */
export const StreamingLive: Story = {
  render: () => <StreamingDemo text={GFM_SAMPLE} />,
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-slot="markdown"]')?.getAttribute('data-state')).toBe(
          'complete',
        ),
      { timeout: 5000 },
    );
    await expect(within(canvasElement).getByRole('table')).toBeVisible();
  },
};

/** Raw HTML, script URLs and event attributes: all rendered as inert text. */
export const XssAttempt: Story = {
  args: {
    children: [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click me](javascript:alert(1)) · [encoded](&#106;avascript:alert(1)) · [data](data:text/html,<b>x</b>)',
      '![pixel](javascript:alert(1))',
      '<a href="javascript:alert(1)" onclick="alert(1)">html link</a>',
      'A [safe link](https://example.com) stays a link.',
    ].join('\n\n'),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img, [onerror], [onclick]')).toBeNull();
    const links = within(canvasElement).getAllByRole('link');
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com']);
  },
};

const LONG_LINE = 'lorem ipsum dolor sit amet '.repeat(7408).slice(0, 200_000);

/** A single 200,000-character line renders as plain text in chunks instead of freezing the page. */
export const VeryLongLine: Story = {
  args: { children: LONG_LINE },
  play: async ({ canvasElement }) => {
    const plain = canvasElement.querySelector('[data-slot="markdown-plain-text"]');
    await expect(plain?.textContent?.length).toBeGreaterThanOrEqual(199_000);
  },
};

/** A long realistic reply (20,000 characters). */
export const LongReply: Story = {
  args: { children: longMarkdown(20_000) },
};

/** The full document in the dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  globals: { theme: 'dark' },
};
