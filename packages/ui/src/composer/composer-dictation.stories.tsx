import { SpeechProvider } from '@agent-chat/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { type ScriptedSpeech, scriptedSpeech } from '../test-support/scripted-speech.ts';
import { Composer, type ComposerProps } from './composer.tsx';

/** The adapters of the story being played (a fresh pair per story). */
let speech: ScriptedSpeech = scriptedSpeech();

/** Props of the story's harness. */
interface DictationComposerProps extends ComposerProps {
  /** Dictation available (false: as in a browser without `SpeechRecognition`). */
  supported: boolean;
}

/** The default composer with dictation from an app-supplied adapter. */
function DictationComposer({ supported, ...props }: DictationComposerProps) {
  return (
    <SpeechProvider synthesis={false} dictation={supported ? speech.dictation : false}>
      <Composer {...props} />
    </SpeechProvider>
  );
}

const meta = {
  title: 'Thread/Composer/Dictation',
  component: DictationComposer,
  args: { supported: true, onSend: fn(() => true), defaultValue: 'Summarise' },
  beforeEach: () => {
    speech = scriptedSpeech();
  },
  decorators: [
    (Story) => (
      <div className="mx-auto flex max-w-2xl flex-col gap-4 pt-24">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DictationComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The composer's parts, once the dictation button (loaded when dictation is on) is there. */
const parts = async (root: HTMLElement) => {
  const canvas = within(root);
  const button = await canvas.findByRole('button', { name: 'Dictate' });
  return {
    canvas,
    button,
    input: canvas.getByRole('textbox', { name: 'Message' }),
    status: canvas.getByRole('status'),
  };
};

/** Enter on "Dictate" listens; words appear after the draft as heard, settle, and stay after "Stop dictating". */
export const Dictate: Story = {
  play: async ({ canvasElement, args }) => {
    const { button, input, status } = await parts(canvasElement);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAccessibleName('Stop dictating');
    await expect(speech.dictations[0]?.lang).toBe('en');
    speech.dictations[0]?.open();
    await waitFor(() => expect(status).toHaveTextContent('Listening…'));
    speech.dictations[0]?.hear({ final: '', interim: 'the sales' });
    await waitFor(() => expect(input).toHaveValue('Summarise the sales'));
    speech.dictations[0]?.hear({ final: 'the sales report', interim: 'for' });
    await waitFor(() => expect(input).toHaveValue('Summarise the sales report for'));
    speech.dictations[0]?.hear({ final: 'the sales report for Q3', interim: '' });
    await waitFor(() => expect(input).toHaveValue('Summarise the sales report for Q3'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAccessibleName('Dictate'));
    await expect(status).toHaveTextContent('Dictation stopped.');
    await expect(speech.dictations[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
    await expect(input).toHaveValue('Summarise the sales report for Q3');
    await userEvent.click(input);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).toHaveBeenCalledWith({ text: 'Summarise the sales report for Q3', files: [] });
  },
};

/** Typing while dictating stops it and keeps what the user typed; later words are dropped. */
export const TypingTakesOver: Story = {
  args: { defaultValue: '' },
  play: async ({ canvasElement }) => {
    const { button, input } = await parts(canvasElement);
    button.focus();
    await userEvent.keyboard(' ');
    speech.dictations[0]?.open();
    speech.dictations[0]?.hear({ final: 'hello', interim: '' });
    await waitFor(() => expect(input).toHaveValue('hello'));
    await userEvent.type(input, ' there');
    await waitFor(() => expect(button).toHaveAccessibleName('Dictate'));
    await expect(speech.dictations[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
    speech.dictations[0]?.hear({ final: 'hello world', interim: '' });
    await expect(input).toHaveValue('hello there');
  },
};

/** A refused microphone ends dictation and says so to screen readers. */
export const MicrophoneRefused: Story = {
  play: async ({ canvasElement }) => {
    const { button, status } = await parts(canvasElement);
    button.focus();
    await userEvent.keyboard('{Enter}');
    speech.dictations[0]?.fail('not-allowed');
    await waitFor(() => expect(status).toHaveTextContent('The microphone could not be used.'));
    await expect(button).toHaveAccessibleName('Dictate');
    await expect(button).toHaveFocus();
  },
};

/** Where the browser has no speech recognition the microphone is not shown. */
export const Unsupported: Story = {
  args: { supported: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Message' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Dictate' })).toBeNull();
  },
};

/** In Arabic the button and its announcements are Arabic, and the recogniser listens for Arabic. */
export const Arabic: Story = {
  parameters: { locale: 'ar' },
  args: { defaultValue: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'إملاء صوتي' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAccessibleName('إيقاف الإملاء');
    await expect(speech.dictations[0]?.lang).toBe('ar');
    speech.dictations[0]?.open();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('جارٍ الاستماع…'));
  },
};

/** Listening in the dark theme: the microphone is filled while it listens (checked by axe for contrast). */
export const ListeningDark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Dictate' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    speech.dictations[0]?.open();
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'listening'));
    await expect(button).toHaveAccessibleName('Stop dictating');
  },
};
