import { SpeechProvider } from '@agent-chat/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '../composer/composer.tsx';
import { assistantMarkdown, reasoningDone, toolMessages } from '../test-support/message-fixtures.ts';
import { scriptedSpeech } from '../test-support/scripted-speech.ts';
import { preloadMessageParts } from './lazy-parts.tsx';
import { Message } from './message.tsx';

// Each lazily loaded part counts its loads; nothing else in this file imports them.
const loads = vi.hoisted(() => ({ tool: 0, reasoning: 0, readAloud: 0, dictate: 0 }));
vi.mock('./read-aloud-control.tsx', async (importOriginal) => {
  loads.readAloud++;
  return importOriginal();
});
vi.mock('../composer/composer-dictate-control.tsx', async (importOriginal) => {
  loads.dictate++;
  return importOriginal();
});
vi.mock('./tool-part.tsx', async (importOriginal) => {
  loads.tool++;
  return importOriginal();
});
vi.mock('./reasoning-part.tsx', async (importOriginal) => {
  loads.reasoning++;
  return importOriginal();
});

afterEach(cleanup);

describe('Message loading what a part needs', () => {
  it('loads the speech buttons only where speech is on', async () => {
    render(
      <>
        <Message message={assistantMarkdown} />
        <Composer onSend={() => true} />
      </>,
    );
    await vi.dynamicImportSettled();
    expect(loads).toMatchObject({ readAloud: 0, dictate: 0 });
    cleanup();
    const speech = scriptedSpeech();
    render(
      <SpeechProvider synthesis={speech.synthesis} dictation={speech.dictation}>
        <Message message={assistantMarkdown} />
        <Composer onSend={() => true} />
      </SpeechProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Read aloud' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Dictate' })).toBeTruthy();
    expect(loads).toMatchObject({ readAloud: 1, dictate: 1 });
    cleanup();
  });

  it('loads the tool card and the reasoning panel only for a message that has them', async () => {
    render(<Message message={assistantMarkdown} />);
    // Every import the render started has settled: a load it began would have counted by now.
    await vi.dynamicImportSettled();
    expect(loads).toMatchObject({ tool: 0, reasoning: 0 });

    render(<Message message={toolMessages['output-available']!} />);
    expect(await screen.findByRole('button', { name: /getSales/ })).toBeTruthy();
    expect(loads).toMatchObject({ tool: 1, reasoning: 0 });

    render(<Message message={reasoningDone} />);
    expect(await screen.findByRole('button', { name: /Thought for a few seconds/ })).toBeTruthy();
    expect(loads).toMatchObject({ tool: 1, reasoning: 1 });
  });

  it('shows a part at once once preloadMessageParts has loaded it', async () => {
    await preloadMessageParts();
    render(<Message message={toolMessages['approval-requested']!} onToolApproval={() => {}} />);
    expect(screen.getByRole('button', { name: 'Approve' })).toBeTruthy(); // in the first render
    expect(loads).toMatchObject({ tool: 1, reasoning: 1 });
  });
});
