import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { FollowUpSuggestions } from './follow-up-suggestions.tsx';
import { Thread } from './thread.tsx';

const question: UIMessage = {
  id: 'q1',
  role: 'user',
  parts: [{ type: 'text', text: 'How did Q3 go?' }],
};

/** A reply whose server sent follow-ups as a `data-suggestions` part, `{ suggestions: string[] }`. */
const replyWithSuggestions: UIMessage = {
  id: 'r1',
  role: 'assistant',
  parts: [
    { type: 'text', text: 'Revenue grew **12%** in Q3.', state: 'done' },
    { type: 'data-suggestions', data: { suggestions: ['Break it down by region', 'Compare with Q2'] } },
  ],
};

/** A reply without one: the app's `getFollowUps` may offer questions instead. */
const plainReply: UIMessage = {
  id: 'r2',
  role: 'assistant',
  parts: [{ type: 'text', text: 'Revenue grew **12%** in Q3.', state: 'done' }],
};

/** A `Thread` on the in-browser AI SDK mock, started from `initialMessages`. */
function FollowUpThread({
  initialMessages,
  getFollowUps,
}: {
  initialMessages?: UIMessage[];
  getFollowUps?: (message: UIMessage) => string[];
}) {
  return (
    <MockPlatformProvider platform="ai-sdk" server={{ tokenDelayMs: 0 }}>
      <div className="h-[560px] overflow-hidden rounded-bubble border border-border">
        <Thread initialMessages={initialMessages} getFollowUps={getFollowUps} />
      </div>
    </MockPlatformProvider>
  );
}

const meta = {
  title: 'Thread/Follow-ups',
  component: FollowUpThread,
  args: { initialMessages: [question, replyWithSuggestions] },
} satisfies Meta<typeof FollowUpThread>;

export default meta;
type Story = StoryObj<typeof meta>;

const chips = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('list', { name: 'Suggested follow-ups' }, { timeout: 30_000 });

/** Chips from the last reply's `data-suggestions` part; clicking one sends it as the next message. */
export const FromDataSuggestions: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await chips(canvasElement);
    await expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Break it down by region', 'Compare with Q2']);
    await userEvent.click(within(list).getByRole('button', { name: 'Compare with Q2' }));
    const log = canvas.getByRole('log');
    await waitFor(
      () =>
        expect(within(log).getAllByRole('article', { name: 'You said' })[1]).toHaveTextContent(
          'Compare with Q2',
        ),
      { timeout: 30_000 },
    );
  },
};

/** No `data-suggestions` part: `getFollowUps(message)` gives the chips; Enter on one sends it. */
export const FromGetFollowUps: Story = {
  args: {
    initialMessages: [question, plainReply],
    getFollowUps: fn((message: UIMessage) =>
      message.id === 'r2' ? ['Which region grew most?', 'Show a chart'] : [],
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const list = await chips(canvasElement);
    await expect(args.getFollowUps).toHaveBeenCalledWith(expect.objectContaining({ id: 'r2' }));
    within(list).getByRole('button', { name: 'Show a chart' }).focus();
    await userEvent.keyboard('{Enter}');
    const log = canvas.getByRole('log');
    await waitFor(
      () =>
        expect(within(log).getAllByRole('article', { name: 'You said' })[1]).toHaveTextContent(
          'Show a chart',
        ),
      { timeout: 30_000 },
    );
  },
};

/** A part from the server wins over `getFollowUps`, which is only asked when there is none. */
export const DataPartWins: Story = {
  args: { getFollowUps: fn(() => ['Never shown']) },
  play: async ({ canvasElement, args }) => {
    const list = await chips(canvasElement);
    await expect(within(list).queryByRole('button', { name: 'Never shown' })).toBeNull();
    await expect(within(list).getByRole('button', { name: 'Compare with Q2' })).toBeVisible();
    await expect(args.getFollowUps).not.toHaveBeenCalled();
  },
};

/**
 * Live: the mock's `/weather` reply ends with a `data-suggestions` part; the chips appear once the
 * reply is done (never while it streams), and one click asks the next question.
 */
export const Live: Story = {
  args: { initialMessages: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole('textbox', { name: 'Message' }, { timeout: 30_000 });
    await userEvent.type(input, '/weather Lisbon{Enter}');
    const list = await within(canvasElement).findByRole(
      'list',
      { name: 'Suggested follow-ups' },
      { timeout: 30_000 },
    );
    await userEvent.click(within(list).getByRole('button', { name: '/weather Oslo' }));
    const log = canvas.getByRole('log');
    await waitFor(
      () =>
        expect(within(log).getAllByRole('article', { name: 'You said' })[1]).toHaveTextContent(
          '/weather Oslo',
        ),
      { timeout: 30_000 },
    );
    await waitFor(() => expect(log).toHaveTextContent(/in Oslo\./), { timeout: 30_000 });
  },
};

const selectChip = fn();

/** The chips on their own: a labelled list of buttons; choosing one calls `onSelect` with its text. */
export const ChipsAlone: Story = {
  render: () => (
    <FollowUpSuggestions suggestions={['Break it down by region', 'Compare with Q2']} onSelect={selectChip} />
  ),
  play: async ({ canvasElement }) => {
    selectChip.mockClear();
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Break it down by region' }));
    await expect(selectChip).toHaveBeenCalledWith('Break it down by region');
  },
};
