import { type Backend, chatApi, noxusV1 } from '@agent-chat/client';
import { createMockServer } from '@agent-chat/mock-server';
import { AgentChatProvider, SpeechProvider } from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeListLayout } from '../test-support/list-layout.ts';
import { scriptedSpeech } from '../test-support/scripted-speech.ts';
import { Thread, type ThreadProps } from './thread.tsx';

// A viewport and row heights for jsdom, so the list renders its rows.
beforeAll(fakeListLayout);
afterEach(cleanup);

/** A backend on a fresh in-process mock server, as the real adapter talks to it over HTTP. */
function mockBackend(platform: 'noxus-v1' | 'chat-api'): Backend {
  const server = createMockServer({ tokenDelayMs: 0 });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
    server.fetch(new Request(input, init));
  return platform === 'noxus-v1'
    ? noxusV1({ baseUrl: 'http://mock', agentId: 'mock-agent', fetch })
    : chatApi({ baseUrl: 'http://mock/api', agentId: 'mock-agent', fetch });
}

function renderThread(platform: 'noxus-v1' | 'chat-api', props: ThreadProps = {}) {
  return render(
    <AgentChatProvider backend={mockBackend(platform)}>
      <Thread {...props} />
    </AgentChatProvider>,
  );
}

const textbox = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;

async function send(text: string) {
  fireEvent.change(textbox(), { target: { value: text } });
  await act(async () => {
    fireEvent.keyDown(textbox(), { key: 'Enter' });
  });
}

describe('Thread on the real hooks and the in-process mock server', () => {
  it('sends, creates the conversation, shows the reply and announces it once', async () => {
    const created = vi.fn();
    renderThread('noxus-v1', { onConversationCreated: created });
    await send('/help');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Assistant replied/), {
      timeout: 30_000,
    });
    expect(created).toHaveBeenCalledTimes(1);
    expect(textbox().value).toBe('');
    expect(screen.getByRole('log').getAttribute('aria-busy')).toBe('false');
  });

  it('puts the draft back in the composer when the platform refuses the message', async () => {
    renderThread('noxus-v1');
    await send('/500');
    await waitFor(() => expect(textbox().value).toBe('/500'), { timeout: 30_000 });
    await waitFor(() =>
      expect(document.querySelector('[data-slot="message-list-alert"]')?.textContent).toMatch(/^Error: /),
    );
  });

  it('offers attachments and settings only where the backend has them', () => {
    renderThread('noxus-v1');
    expect(screen.queryByRole('button', { name: 'Attach files' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Conversation settings' })).not.toBeNull();
    cleanup();
    renderThread('chat-api');
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Conversation settings' })).toBeNull();
  });

  it('stops reading a reply aloud when another conversation is shown', async () => {
    const speech = scriptedSpeech();
    const backend = mockBackend('noxus-v1');
    const first = await backend.createConversation({ name: 'First' });
    const second = await backend.createConversation({ name: 'Second' });
    const view = (conversationId: string) => (
      <AgentChatProvider backend={backend}>
        <SpeechProvider synthesis={speech.synthesis}>
          <Thread conversationId={conversationId} />
        </SpeechProvider>
      </AgentChatProvider>
    );
    const { rerender } = render(view(first.id));
    await send('/help');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Assistant replied/), {
      timeout: 30_000,
    });
    const readAloud = await screen.findByRole('button', { name: 'Read aloud' }, { timeout: 30_000 });
    act(() => readAloud.click());
    expect(speech.utterances).toHaveLength(1);
    act(() => speech.utterances[0]?.begin());
    rerender(view(second.id));
    await waitFor(() => expect(speech.utterances[0]?.status()).toEqual({ type: 'ended', reason: 'stopped' }));
  });
});
