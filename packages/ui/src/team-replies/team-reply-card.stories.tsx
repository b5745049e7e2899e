import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TeamModePicker } from './team-mode-picker.tsx';
import { TeamReplyCard } from './team-reply-card.tsx';

const meta = {
  title: 'Teams/TeamReplyCard',
  component: TeamReplyCard,
  tags: ['autodocs'],
  args: {
    title: 'Researcher',
    content:
      'Three options:\n\n1. **Private beta** with ten customers\n2. A public waitlist\n3. Ship behind a `beta` flag',
  },
  decorators: [
    (Story) => (
      <div className="max-w-md">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof TeamReplyCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One agent's answer, in markdown. */
export const Agent: Story = {
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('article', { name: 'Researcher' });
    await expect(within(card).getByText('Private beta')).toBeVisible();
  },
};

/** The team's summary. */
export const Summary: Story = {
  args: {
    title: 'Summary',
    variant: 'summary',
    content: 'Start with a **private beta**, then open the waitlist.',
  },
};

/** Dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
};

/** The mode picker on its own: a click or an arrow key picks a mode. */
export const ModePicker: Story = {
  render: () => {
    const [mode, setMode] = React.useState('auto');
    return (
      <TeamModePicker
        modes={['auto', 'brainstorm', 'debate', 'round-robin']}
        value={mode}
        onValueChange={setMode}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Debate' }));
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Debate' })).toBeChecked());
    await expect(canvas.getByText('Agents argue different positions.')).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Round robin' })).toHaveFocus();
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Round robin' })).toBeChecked());
  },
};
