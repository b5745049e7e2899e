import { SpeechProvider } from '@agent-chat/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { UIMessage } from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '../composer/composer.tsx';
import { scriptedSpeech } from '../test-support/scripted-speech.ts';
import { Message } from './message.tsx';
import { ReadAloudButton } from './read-aloud-button.tsx';

const reply: UIMessage = {
  id: 'reply-1',
  role: 'assistant',
  parts: [{ type: 'text', text: 'A **bold** answer.' }],
};

afterEach(cleanup);

describe('ReadAloudButton', () => {
  it('is not shown without speech (no provider), nor is the microphone', () => {
    render(
      <>
        <Message message={reply} />
        <Composer onSend={() => true} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Copy message' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dictate' })).toBeNull();
  });

  it('works on its own with a message id, and the app may cancel it in its onClick', async () => {
    const speech = scriptedSpeech();
    const speak = vi.spyOn(speech.synthesis, 'speak');
    render(
      <SpeechProvider synthesis={speech.synthesis}>
        <ReadAloudButton messageId="note" text="# Note" />
        <ReadAloudButton messageId="other" text="Not read" onClick={(event) => event.preventDefault()} />
      </SpeechProvider>,
    );
    const [note, other] = await screen.findAllByRole('button', { name: 'Read aloud' });
    if (!note || !other) throw new Error('two buttons expected');
    fireEvent.click(other);
    expect(speak).not.toHaveBeenCalled();
    fireEvent.click(note);
    expect(speak).toHaveBeenCalledWith('Note', { lang: 'en' });
    expect(note.getAttribute('aria-label')).toBe('Stop reading');
  });
});
