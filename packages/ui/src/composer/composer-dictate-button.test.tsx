import { SpeechProvider } from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedSpeech } from '../test-support/scripted-speech.ts';
import { Composer } from './composer.tsx';

function renderComposer(speech: ReturnType<typeof scriptedSpeech>, disabled = false) {
  return (
    <SpeechProvider synthesis={false} dictation={speech.dictation}>
      <Composer onSend={() => true} disabled={disabled} />
    </SpeechProvider>
  );
}

afterEach(cleanup);

describe('ComposerDictateButton', () => {
  it('stops listening when the composer is disabled mid-dictation, keeping the words', async () => {
    const speech = scriptedSpeech();
    const { rerender } = render(renderComposer(speech));
    fireEvent.click(await screen.findByRole('button', { name: 'Dictate' })); // loads once dictation is on
    act(() => {
      speech.dictations[0]?.open();
      speech.dictations[0]?.hear({ final: 'hello', interim: '' });
    });
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', 'hello');
    rerender(renderComposer(speech, true));
    expect(speech.dictations[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
    expect(screen.getByRole('button', { name: 'Dictate' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', 'hello');
  });

  it('a send while dictating hands the composer back: later words do not refill it', async () => {
    const speech = scriptedSpeech();
    render(renderComposer(speech));
    fireEvent.click(await screen.findByRole('button', { name: 'Dictate' }));
    act(() => speech.dictations[0]?.hear({ final: 'send this', interim: '' }));
    const input = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(input).toHaveProperty('value', ''));
    expect(speech.dictations[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' });
    act(() => speech.dictations[0]?.hear({ final: 'send this and more', interim: '' }));
    expect(input).toHaveProperty('value', '');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Dictation stopped.'));
  });
});
