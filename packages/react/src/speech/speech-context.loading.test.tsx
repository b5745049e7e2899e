import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptedDictation, scriptedSynthesis } from '../test-support/scripted-speech.ts';
import { SpeechProvider, useSpeech } from './speech-context.tsx';

// Each Web Speech module counts its loads; nothing else in this file imports them.
const loads = vi.hoisted(() => ({ synthesis: 0, dictation: 0 }));
vi.mock('./web-speech-synthesis.ts', async (importOriginal) => {
  loads.synthesis++;
  return importOriginal();
});
vi.mock('./web-speech-dictation.ts', async (importOriginal) => {
  loads.dictation++;
  return importOriginal();
});

// Unmounted after each test: a provider still mounted would take in a load finishing later.
afterEach(cleanup);

describe('SpeechProvider loading the browser’s adapters', () => {
  it('fetches none while every service is off or the app’s own', async () => {
    const { adapter: synthesis } = scriptedSynthesis();
    const { adapter: dictation } = scriptedDictation();
    const { result } = renderHook(useSpeech, {
      wrapper: ({ children }: { children: React.ReactNode }) => (
        <SpeechProvider synthesis={synthesis} dictation={false}>
          {children}
        </SpeechProvider>
      ),
    });
    expect(result.current.synthesis).toBe(synthesis); // the app's own, from the first render
    const other = renderHook(useSpeech, {
      wrapper: ({ children }: { children: React.ReactNode }) => (
        <SpeechProvider synthesis={false} dictation={dictation}>
          {children}
        </SpeechProvider>
      ),
    });
    expect(other.result.current.dictation).toBe(dictation);
    // Every import started so far has settled: a load the render began would have counted by now.
    await vi.dynamicImportSettled();
    expect(loads).toEqual({ synthesis: 0, dictation: 0 });
  });

  it('fetches only the one a provider turns on with true', async () => {
    vi.stubGlobal('speechSynthesis', { speak: vi.fn(), cancel: vi.fn(), getVoices: () => [] });
    vi.stubGlobal('SpeechSynthesisUtterance', class {});
    const { result } = renderHook(useSpeech, {
      wrapper: ({ children }: { children: React.ReactNode }) => (
        <SpeechProvider dictation={false}>{children}</SpeechProvider>
      ),
    });
    expect(result.current.synthesis).toBeUndefined();
    await waitFor(() => expect(result.current.synthesis).toBeDefined());
    expect(loads).toEqual({ synthesis: 1, dictation: 0 });
    vi.unstubAllGlobals();
  });
});
