import { SpeechProvider } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Composer } from '../composer/composer.tsx';
import { type ScriptedSpeech, scriptedSpeech } from '../test-support/scripted-speech.ts';
import { Message } from './message.tsx';

const question: UIMessage = {
  id: 'question-1',
  role: 'user',
  parts: [{ type: 'text', text: 'How did sales do last quarter?' }],
};

const replies: UIMessage[] = [
  {
    id: 'reply-1',
    role: 'assistant',
    parts: [
      {
        type: 'text',
        text: 'Revenue grew **12%** in Q3, led by the [North region](https://example.com).',
        state: 'done',
      },
    ],
  },
  {
    id: 'reply-2',
    role: 'assistant',
    parts: [
      { type: 'text', text: '## Next steps\n\n- Hire two sellers\n- Open the `west` office', state: 'done' },
    ],
  },
];

/** The adapters of the story being played (a fresh pair per story). */
let speech: ScriptedSpeech = scriptedSpeech();

/** Props of the story's harness. */
interface ReadAloudThreadProps {
  /** Speech synthesis available (false: as in a browser without it). */
  supported: boolean;
  /** Show a composer whose send starts a new reply. */
  withComposer?: boolean;
}

/** A question and two replies, read aloud through an app-supplied adapter. */
function ReadAloudThread({ supported, withComposer = false }: ReadAloudThreadProps) {
  const [busy, setBusy] = React.useState(false);
  return (
    <SpeechProvider synthesis={supported ? speech.synthesis : false} dictation={false}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <Message message={question} />
        {replies.map((reply) => (
          <Message key={reply.id} message={reply} />
        ))}
        {withComposer ? (
          <Composer
            isBusy={busy}
            onSend={() => {
              setBusy(true);
              return true;
            }}
            onStop={() => setBusy(false)}
          />
        ) : null}
      </div>
    </SpeechProvider>
  );
}

const meta = {
  title: 'Message/Read aloud',
  component: ReadAloudThread,
  args: { supported: true },
  beforeEach: () => {
    speech = scriptedSpeech();
  },
} satisfies Meta<typeof ReadAloudThread>;

export default meta;
type Story = StoryObj<typeof meta>;

const readButtons = (root: HTMLElement) => within(root).findAllByRole('button', { name: 'Read aloud' });

/** Enter on "Read aloud" reads the reply without its markdown; the button says "Stop reading" until the voice ends. */
export const ReadAReply: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await readButtons(canvasElement);
    if (!first) throw new Error('no Read aloud button');
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAccessibleName('Stop reading');
    await expect(first).toHaveAttribute('data-state', 'reading');
    await expect(speech.utterances.map(({ text, lang }) => ({ text, lang }))).toEqual([
      { text: 'Revenue grew 12% in Q3, led by the North region.', lang: 'en' },
    ]);
    speech.utterances[0]?.begin();
    speech.utterances[0]?.finish();
    await waitFor(() => expect(first).toHaveAccessibleName('Read aloud'));
    await expect(first).toHaveFocus();
    // The user's own message has no Read aloud.
    const mine = canvas.getByRole('article', { name: 'You said' });
    await expect(within(mine).queryByRole('button', { name: 'Read aloud' })).toBeNull();
  },
};

/** One reply reads at a time: starting the second stops the first; Space on "Stop reading" stops it. */
export const OneAtATime: Story = {
  play: async ({ canvasElement }) => {
    const [first, second] = await readButtons(canvasElement);
    if (!first || !second) throw new Error('two Read aloud buttons expected');
    first.focus();
    await userEvent.keyboard(' ');
    await expect(first).toHaveAccessibleName('Stop reading');
    second.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(first).toHaveAccessibleName('Read aloud'));
    await expect(second).toHaveAccessibleName('Stop reading');
    await expect(speech.utterances[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
    await expect(speech.utterances[1]?.text).toBe('Next steps\n\nHire two sellers\nOpen the west office');
    await userEvent.keyboard(' ');
    await waitFor(() => expect(second).toHaveAccessibleName('Read aloud'));
    await expect(speech.utterances[1]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
  },
};

/** Sending a new message silences the reply being read. */
export const StopsOnSend: Story = {
  args: { withComposer: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await readButtons(canvasElement);
    if (!first) throw new Error('no Read aloud button');
    first.focus();
    await userEvent.keyboard('{Enter}');
    speech.utterances[0]?.begin();
    await expect(first).toHaveAccessibleName('Stop reading');
    await userEvent.click(canvas.getByRole('textbox', { name: 'Message' }));
    await userEvent.keyboard('And in Q4?{Enter}');
    await waitFor(() => expect(first).toHaveAccessibleName('Read aloud'));
    await expect(speech.utterances[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
  },
};

/** Where the browser has no speech synthesis the button is not shown; Copy still is. */
export const Unsupported: Story = {
  args: { supported: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findAllByRole('button', { name: 'Copy message' })).toHaveLength(3);
    await expect(canvas.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  },
};

/** In Arabic the button speaks Arabic and the reply is read with the Arabic locale. */
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await canvas.findAllByRole('button', { name: 'القراءة بصوت عالٍ' });
    if (!first) throw new Error('no Read aloud button');
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAccessibleName('إيقاف القراءة');
    await expect(speech.utterances[0]?.lang).toBe('ar');
  },
};
