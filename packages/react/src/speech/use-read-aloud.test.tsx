import { act, cleanup, renderHook } from '@testing-library/react';
import type * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentChatProvider } from '../agent-chat-provider.tsx';
import { loadMessages } from '../i18n/load-messages.ts';
import { mockBackend } from '../test-support/mock-backend.tsx';
import { scriptedSynthesis } from '../test-support/scripted-speech.ts';
import { SpeechProvider } from './speech-context.tsx';
import { useReadAloud } from './use-read-aloud.ts';
import { useStopReadingOnReply } from './use-stop-reading-on-reply.ts';

// Unmounted after each test: a provider still mounted would take in a load finishing later.
afterEach(cleanup);

/** Two replies' read-aloud state side by side, as two messages of one thread. */
function useTwoReplies() {
  return { first: useReadAloud('reply-1', 'First reply.'), second: useReadAloud('reply-2', 'Second reply.') };
}

describe('useReadAloud', () => {
  it('reads a reply through the app’s adapter in the UI language, and follows its status', async () => {
    await loadMessages('pt'); // the provider renders at once in a language already loaded
    const { adapter, spoken } = scriptedSynthesis();
    const { backend, queryClient } = mockBackend();
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <AgentChatProvider
        backend={backend}
        queryClient={queryClient}
        locale="pt"
        speech={{ synthesis: adapter }}
      >
        {children}
      </AgentChatProvider>
    );
    const { result } = renderHook(() => useReadAloud('reply-1', 'Olá.'), { wrapper });
    expect(result.current).toMatchObject({ supported: true, reading: false });
    act(() => result.current.toggle());
    expect(spoken.map(({ text, options }) => ({ text, lang: options.lang }))).toEqual([
      { text: 'Olá.', lang: 'pt' },
    ]);
    expect(result.current.reading).toBe(true);
    act(() => spoken[0]?.begin());
    expect(result.current.reading).toBe(true);
    act(() => spoken[0]?.finish());
    expect(result.current.reading).toBe(false);
  });

  it('reads one reply at a time: starting another stops the first', () => {
    const { adapter, spoken } = scriptedSynthesis();
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <SpeechProvider synthesis={adapter}>{children}</SpeechProvider>
    );
    const { result } = renderHook(useTwoReplies, { wrapper });
    act(() => result.current.first.start());
    act(() => result.current.second.start());
    expect(spoken[0]?.status).toEqual({ type: 'ended', reason: 'stopped' });
    expect(result.current.first.reading).toBe(false);
    expect(result.current.second.reading).toBe(true);
    // Stopping a reply that is not being read leaves the other one reading.
    act(() => result.current.first.stop());
    expect(result.current.second.reading).toBe(true);
    act(() => result.current.second.toggle());
    expect(spoken[1]?.status).toEqual({ type: 'ended', reason: 'stopped' });
    expect(result.current.second.reading).toBe(false);
  });

  it('stops reading when a new reply starts', () => {
    const { adapter, spoken } = scriptedSynthesis();
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <SpeechProvider synthesis={adapter}>{children}</SpeechProvider>
    );
    const { result, rerender } = renderHook(
      ({ busy }: { busy: boolean }) => {
        useStopReadingOnReply(busy);
        return useReadAloud('reply-1', 'An answer.');
      },
      { wrapper, initialProps: { busy: false } },
    );
    act(() => result.current.start());
    rerender({ busy: false });
    expect(result.current.reading).toBe(true);
    rerender({ busy: true });
    expect(result.current.reading).toBe(false);
    expect(spoken[0]?.status).toEqual({ type: 'ended', reason: 'stopped' });
  });

  it('stops when the provider goes away', () => {
    const { adapter, spoken } = scriptedSynthesis();
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <SpeechProvider synthesis={adapter}>{children}</SpeechProvider>
    );
    const { result, unmount } = renderHook(() => useReadAloud('reply-1', 'An answer.'), { wrapper });
    act(() => result.current.start());
    unmount();
    expect(spoken[0]?.status).toEqual({ type: 'ended', reason: 'stopped' });
  });

  it('is unsupported when speech is off, the browser has none, or there is nothing to say', () => {
    const { adapter } = scriptedSynthesis();
    const { backend, queryClient } = mockBackend();
    const off = renderHook(() => useReadAloud('reply-1', 'Hi.'));
    expect(off.result.current.supported).toBe(false);
    act(() => off.result.current.toggle());
    expect(off.result.current.reading).toBe(false);
    // `speech` asks for the browser's synthesis, which jsdom does not have.
    const browser = renderHook(() => useReadAloud('reply-1', 'Hi.'), {
      wrapper: ({ children }) => (
        <AgentChatProvider backend={backend} queryClient={queryClient} speech>
          {children}
        </AgentChatProvider>
      ),
    });
    expect(browser.result.current.supported).toBe(false);
    const disabled = renderHook(() => useReadAloud('reply-1', 'Hi.'), {
      wrapper: ({ children }) => <SpeechProvider synthesis={false}>{children}</SpeechProvider>,
    });
    expect(disabled.result.current.supported).toBe(false);
    const empty = renderHook(() => useReadAloud('reply-1', '  '), {
      wrapper: ({ children }) => <SpeechProvider synthesis={adapter}>{children}</SpeechProvider>,
    });
    expect(empty.result.current.supported).toBe(false);
  });
});
