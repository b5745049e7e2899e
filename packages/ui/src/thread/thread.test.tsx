import { type Backend, chatApi, noxusV1 } from '@agent-chat/client';
import { createMockServer } from '@agent-chat/mock-server';
import { AgentChatProvider } from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Thread, type ThreadProps } from './thread.tsx';

beforeAll(() => {
  // jsdom has no ResizeObserver; the list only needs it to follow growing content.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
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
});
