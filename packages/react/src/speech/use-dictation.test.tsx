import { act, cleanup, renderHook } from '@testing-library/react';
import type * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../i18n/load-messages.ts';
import { AgentChatLocaleProvider } from '../i18n/locale-context.tsx';
import { scriptedDictation } from '../test-support/scripted-speech.ts';
import { SpeechProvider } from './speech-context.tsx';
import { useDictation } from './use-dictation.ts';

// Unmounted after each test: a provider still mounted would take in a load finishing later.
afterEach(cleanup);

function setup(locale = 'en') {
  const { adapter, sessions } = scriptedDictation();
  const wrapper = ({ children }: { children: React.ReactNode }) => (
    <AgentChatLocaleProvider locale={locale}>
      <SpeechProvider dictation={adapter} synthesis={false}>
        {children}
      </SpeechProvider>
    </AgentChatLocaleProvider>
  );
  const hook = renderHook(() => useDictation(), { wrapper });
  return { ...hook, sessions };
}

describe('useDictation', () => {
  it('listens in the UI language through the app’s adapter and passes the transcript on', async () => {
    await loadMessages('ar'); // the provider renders at once in a language already loaded
    const { result, sessions } = setup('ar');
    const onText = vi.fn();
    expect(result.current).toMatchObject({ supported: true, status: 'idle' });
    act(() => result.current.start(onText));
    expect(sessions[0]?.options.lang).toBe('ar');
    expect(result.current.status).toBe('starting');
    act(() => sessions[0]?.open());
    expect(result.current.status).toBe('listening');
    act(() => sessions[0]?.hear({ final: 'مرحبا', interim: 'بكم' }));
    expect(onText).toHaveBeenLastCalledWith({ final: 'مرحبا', interim: 'بكم' });
    act(() => result.current.stop());
    expect(sessions[0]?.stopped).toBe(true);
    expect(result.current.status).toBe('idle');
  });

  it('cancel drops words still to come; a new start replaces the old session', () => {
    const { result, sessions } = setup();
    const first = vi.fn();
    const second = vi.fn();
    act(() => result.current.start(first));
    act(() => result.current.start(second));
    expect(sessions[0]?.stopped).toBe(true);
    act(() => sessions[0]?.hear({ final: 'late', interim: '' }));
    expect(first).not.toHaveBeenCalled();
    act(() => result.current.cancel());
    act(() => sessions[1]?.hear({ final: 'after cancel', interim: '' }));
    expect(second).not.toHaveBeenCalled();
    expect(result.current.status).toBe('idle');
  });

  it('keeps the error of a failed session until the next start', () => {
    const { result, sessions } = setup();
    act(() => result.current.start(() => {}));
    act(() => sessions[0]?.fail('not-allowed'));
    expect(result.current).toMatchObject({ status: 'idle', error: 'not-allowed' });
    act(() => result.current.start(() => {}));
    expect(result.current.error).toBeUndefined();
  });

  it('closes the microphone on unmount', () => {
    const { result, sessions, unmount } = setup();
    act(() => result.current.start(() => {}));
    unmount();
    expect(sessions[0]?.stopped).toBe(true);
  });

  it('is unsupported outside a SpeechProvider and where dictation is off', () => {
    expect(renderHook(() => useDictation()).result.current.supported).toBe(false);
    const off = renderHook(() => useDictation(), {
      wrapper: ({ children }) => <SpeechProvider dictation={false}>{children}</SpeechProvider>,
    });
    expect(off.result.current.supported).toBe(false);
  });
});
