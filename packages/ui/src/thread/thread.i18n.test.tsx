import { noxusV1 } from '@agent-chat/client';
import { createMockServer } from '@agent-chat/mock-server';
import {
  AgentChatLocaleProvider,
  AgentChatProvider,
  type AgentChatProviderProps,
  ar,
  loadMessages,
  pt,
  useLocale,
  useMessages,
} from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type * as React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Message } from '../message/message.tsx';
import { Thread } from './thread.tsx';

beforeAll(() => {
  // jsdom has no ResizeObserver; the list only needs it to follow growing content.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

function mockBackend() {
  const server = createMockServer({ tokenDelayMs: 0 });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
    server.fetch(new Request(input, init));
  return noxusV1({ baseUrl: 'http://mock', agentId: 'mock-agent', fetch });
}

/** The Send label of each render of the page: Arabic loads on demand, with no English before it. */
const sendLabels: string[] = [];

/** What an app does: set `dir` on an ancestor from the provider's locale. */
function Page({ children }: { children: React.ReactNode }) {
  const { dir, locale } = useLocale();
  sendLabels.push(useMessages().send);
  return (
    <div data-testid="page" dir={dir} lang={locale}>
      {children}
    </div>
  );
}

/** Renders the thread, waiting for the locale's messages (an awaited act lets React retry). */
async function renderThread(props: Omit<AgentChatProviderProps, 'backend'>) {
  await act(async () => {
    render(
      <AgentChatProvider backend={mockBackend()} {...props}>
        <Page>
          <Thread />
        </Page>
      </AgentChatProvider>,
    );
  });
}

describe('Thread in another locale', () => {
  it('names its parts in Arabic, lays out right to left and announces the reply in Arabic', async () => {
    sendLabels.length = 0;
    await renderThread({ locale: 'ar' });
    const page = await screen.findByTestId('page');
    expect(new Set(sendLabels)).toEqual(new Set([ar.send]));
    expect(page.getAttribute('dir')).toBe('rtl');
    expect(page.getAttribute('lang')).toBe('ar');
    const log = screen.getByRole('log', { name: ar.conversationLabel });
    const send = screen.getByRole('button', { name: ar.send });
    expect(send.closest('[dir]')).toBe(page);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByRole('heading', { name: ar.emptyTitle })).not.toBeNull();

    const textbox = screen.getByRole('textbox', { name: ar.composerInputLabel }) as HTMLTextAreaElement;
    expect(textbox.placeholder).toBe(ar.composerPlaceholder);
    fireEvent.change(textbox, { target: { value: '/help' } });
    await act(async () => {
      fireEvent.keyDown(textbox, { key: 'Enter' });
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^ردّ المساعد/), {
      timeout: 30_000,
    });
    expect(log.getAttribute('aria-busy')).toBe('false');
  }, 20_000);

  it('names a message and its actions in Arabic, each markdown block with its own direction', async () => {
    await loadMessages('ar');
    render(
      <AgentChatLocaleProvider locale="ar">
        <div dir="rtl">
          <Message
            message={{
              id: 'a1',
              role: 'assistant',
              parts: [{ type: 'text', text: 'مرحبا\n\nHello **there**' }],
            }}
            onRegenerate={() => undefined}
          />
        </div>
      </AgentChatLocaleProvider>,
    );
    const reply = screen.getByRole('article', { name: ar.messageLabel('assistant') });
    expect(within(reply).getByRole('button', { name: ar.copyMessage })).not.toBeNull();
    expect(within(reply).getByRole('button', { name: ar.regenerateReply })).not.toBeNull();
    // An English line in an Arabic reply reads left to right, and the other way round.
    const paragraphs = reply.querySelectorAll('[data-slot="markdown-paragraph"]');
    expect(paragraphs).toHaveLength(2);
    for (const paragraph of paragraphs) expect(paragraph.getAttribute('dir')).toBe('auto');
  });

  it('takes Portuguese with some messages of the app on top', async () => {
    await renderThread({ locale: 'pt-BR', messages: { send: 'Mandar' } });
    expect((await screen.findByTestId('page')).getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('button', { name: 'Mandar' })).not.toBeNull();
    expect(screen.getByRole('textbox', { name: pt.composerInputLabel })).not.toBeNull();
    expect(screen.getByRole('log', { name: pt.conversationLabel })).not.toBeNull();
  });
});
