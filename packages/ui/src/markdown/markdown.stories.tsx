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
    await waitFor(() => expect(canvasElement.querySelector('.hljs-keyword')).not.toBeNull());
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
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot="markdown"]')?.getAttribute('data-state')).toBe(
        'complete',
      ),
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

const MATH_SAMPLE = [
  "Euler's identity $e^{i\\pi} + 1 = 0$ links five constants. The roots of $ax^2 + bx + c = 0$ are",
  '$$\nx = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\n$$',
  'Brackets work too: \\(\\alpha + \\beta = \\gamma\\) inline, and displayed:',
  '\\[\n\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}\n\\]',
  'Prices stay text: it costs $5 and $10. Code stays code: `echo $HOME`.',
].join('\n\n');

/** TeX formulas, inline and displayed, as MathML (KaTeX loads the first time a reply has one). */
export const MathFormulas: Story = {
  name: 'Math',
  args: { children: MATH_SAMPLE },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('math')).toHaveLength(5), { timeout: 15_000 });
    await expect(canvasElement.querySelectorAll('math[display="block"]')).toHaveLength(2);
    await expect(canvasElement.textContent).toContain('it costs $5 and $10');
    await expect(within(canvasElement).getByText('echo $HOME').tagName).toBe('CODE');
  },
};

/** A formula that does not parse: its source and a short note; the rest of the reply reads on. */
export const MathError: Story = {
  args: { children: 'A formula with a typo: $\\frac{1}{$, and one without: $a^2 + b^2 = c^2$.' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('math')).not.toBeNull(), { timeout: 10_000 });
    const broken = canvasElement.querySelector('[data-slot="markdown-math"][data-state="error"]');
    await expect(broken?.textContent).toBe('$\\frac{1}{$ (Could not render this formula)');
  },
};

/** Formulas on the streaming tail show as their source until the block is finished. */
export const StreamingMath: Story = {
  args: { streaming: true, children: 'The area of a circle is $\\pi r^2$, so for $r = 2$ it is' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('math')).toBeNull();
    await expect(canvasElement.textContent).toBe('The area of a circle is $\\pi r^2$, so for $r = 2$ it is');
  },
};

const DIAGRAM_SOURCE = [
  'flowchart LR',
  '  accTitle: Sign-in flow',
  '  A[Open the chat] --> B{Signed in?}',
  '  B -->|yes| C[Start a conversation]',
  '  B -->|no| D[Sign in] --> C',
].join('\n');

/** A ```mermaid block drawn as a diagram (Mermaid loads the first time a reply has one). */
export const MermaidDiagram: Story = {
  name: 'Mermaid diagram',
  args: { children: `The flow:\n\n\`\`\`mermaid\n${DIAGRAM_SOURCE}\n\`\`\`` },
  play: async ({ canvasElement }) => {
    const diagram = await within(canvasElement).findByRole(
      'img',
      { name: 'Diagram: Sign-in flow' },
      { timeout: 15_000 },
    );
    await expect(diagram.querySelector('svg')).not.toBeNull();
    await expect(diagram.textContent).toContain('Signed in?');
  },
};

/** A diagram Mermaid cannot read: its code block stays, with a short note. */
export const MermaidError: Story = {
  args: { children: '```mermaid\nflowchart LR\n  A -->\n```' },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(
          canvasElement.querySelector('[data-slot="markdown-diagram"]')?.getAttribute('data-state'),
        ).toBe('error'),
      { timeout: 15_000 },
    );
    await expect(canvasElement.querySelector('[data-slot="code-block"]')?.textContent).toContain('A -->');
    await expect(within(canvasElement).getByText('Could not render this diagram')).toBeVisible();
  },
};

/** The diagram in the dark theme: Mermaid draws it with its dark palette. */
export const MermaidDiagramDark: Story = {
  name: 'Mermaid diagram, dark',
  args: { children: `\`\`\`mermaid\n${DIAGRAM_SOURCE}\n\`\`\`` },
  parameters: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const diagram = await within(canvasElement).findByRole(
      'img',
      { name: 'Diagram: Sign-in flow' },
      { timeout: 15_000 },
    );
    const shape = diagram.querySelector('.node rect, .node polygon');
    const channels = getComputedStyle(shape!).fill.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
    await expect(channels).toHaveLength(3);
    await expect(Math.max(...channels)).toBeLessThan(100);
  },
};
