import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpeechProvider, useSpeech } from './speech-context.tsx';

/** A stand-in for the browser's Web Speech objects. */
function stubWebSpeech() {
  vi.stubGlobal('speechSynthesis', { speak: vi.fn(), cancel: vi.fn(), getVoices: () => [] });
  vi.stubGlobal('SpeechSynthesisUtterance', class {});
  vi.stubGlobal('webkitSpeechRecognition', class {});
}

function Probe() {
  const { synthesis, dictation } = useSpeech();
  return (
    <span>{`${synthesis ? 'synthesis' : 'no synthesis'}, ${dictation ? 'dictation' : 'no dictation'}`}</span>
  );
}

afterEach(() => {
  cleanup(); // a provider still mounted would take in a load finishing after the test
  vi.unstubAllGlobals();
});

describe('SpeechProvider', () => {
  it('uses the browser’s Web Speech services by default where they exist, once they have loaded', async () => {
    stubWebSpeech();
    const { result } = renderHook(useSpeech, { wrapper: SpeechProvider });
    await waitFor(() => expect(result.current.synthesis).toBeDefined());
    await waitFor(() => expect(result.current.dictation).toBeDefined());
    expect(result.current.reader).toBeDefined();
  });

  it('renders on a server as if speech were unsupported, so hydration matches', () => {
    stubWebSpeech();
    const html = renderToString(
      <SpeechProvider>
        <Probe />
      </SpeechProvider>,
    );
    expect(html).toContain('no synthesis, no dictation');
  });

  it('turns a service off with false, and is off outside any provider', async () => {
    stubWebSpeech();
    const { result } = renderHook(useSpeech, {
      wrapper: ({ children }) => <SpeechProvider dictation={false}>{children}</SpeechProvider>,
    });
    await waitFor(() => expect(result.current.synthesis).toBeDefined());
    expect(result.current.dictation).toBeUndefined();
    expect(renderHook(useSpeech).result.current).toEqual({
      synthesis: undefined,
      dictation: undefined,
      reader: undefined,
    });
  });
});
