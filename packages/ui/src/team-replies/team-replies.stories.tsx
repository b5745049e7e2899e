import type { Backend } from '@agent-chat/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MOCK_TEAM_ID, MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { TeamReplies } from './team-replies.tsx';

const meta = {
  title: 'Teams/TeamReplies',
  component: TeamReplies,
  tags: ['autodocs'],
  args: { teamId: MOCK_TEAM_ID, className: 'h-[640px] max-w-3xl' },
  decorators: [
    (Story) => (
      <MockPlatformProvider platform="chat-api">
        <Story />
      </MockPlatformProvider>
    ),
  ],
} satisfies Meta<typeof TeamReplies>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sends a message in the picked mode and waits for one card per agent plus the summary. */
async function sendAndReadCards(canvasElement: HTMLElement, modeName: string) {
  const canvas = within(canvasElement);
  const mode = await canvas.findByRole('radio', { name: modeName }, { timeout: 30_000 });
  await userEvent.click(mode);
  await expect(mode).toBeChecked();
  await userEvent.type(
    canvas.getByRole('textbox', { name: 'Message to the team' }),
    'How should we launch the beta?{Enter}',
  );
  const log = canvas.getByRole('log', { name: 'Team replies' });
  await within(log).findByText('How should we launch the beta?');
  const summary = await within(log).findByRole('article', { name: 'Summary' }, { timeout: 30_000 });
  await expect(summary).toBeVisible();
  await waitFor(() => expect(within(log).getAllByRole('article').length).toBeGreaterThan(1));
  await expect(canvas.getByRole('textbox', { name: 'Message to the team' })).toHaveValue('');
}

/** Nothing asked yet. */
export const Empty: Story = {};

/** Auto: the team decides how to answer. */
export const Auto: Story = {
  play: ({ canvasElement }) => sendAndReadCards(canvasElement, 'Auto'),
};

/** Brainstorm: every agent adds ideas. */
export const Brainstorm: Story = {
  play: ({ canvasElement }) => sendAndReadCards(canvasElement, 'Brainstorm'),
};

/** Debate: agents argue different positions. */
export const Debate: Story = {
  play: ({ canvasElement }) => sendAndReadCards(canvasElement, 'Debate'),
};

/** Round robin: agents answer one after another. */
export const RoundRobin: Story = {
  play: ({ canvasElement }) => sendAndReadCards(canvasElement, 'Round robin'),
};

/** While the team works on it (the request is held open). */
export const Pending: Story = {
  decorators: [
    (Story) => (
      <MockPlatformProvider
        platform="chat-api"
        wrap={(backend): Backend => ({
          ...backend,
          teams: { chat: () => new Promise(() => {}) },
        })}
      >
        <Story />
      </MockPlatformProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Message to the team' }, { timeout: 30_000 }),
      'Summarise the week{Enter}',
    );
    await canvas.findByText('The team is replying…');
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

/** The platform refuses (here: a mode it does not offer); its error shows, the message stays. */
export const ErrorState: Story = {
  name: 'Error',
  args: { defaultMode: 'unanimous' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      await canvas.findByRole('textbox', { name: 'Message to the team' }, { timeout: 30_000 }),
      'Hello?{Enter}',
    );
    const alert = await canvas.findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent(/The team could not answer/);
    await expect(canvas.getByText('Hello?')).toBeVisible();
  },
};

/** Replies in the dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: ({ canvasElement }) => sendAndReadCards(canvasElement, 'Brainstorm'),
};
