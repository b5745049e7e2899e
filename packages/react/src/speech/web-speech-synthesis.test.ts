import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SpeechUtteranceStatus } from './speech-adapters.ts';
import {
  supportsWebSpeechSynthesis,
  type WebSpeechSynthesisEnvironment,
  webSpeechSynthesis,
} from './web-speech-synthesis.ts';

/** `SpeechSynthesisUtterance` as far as the adapter uses it. */
class FakeUtterance {
  lang = '';
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

/** A `speechSynthesis` that queues utterances and plays them when the test says so. */
function fakeSynthesis(voices: Array<Pick<SpeechSynthesisVoice, 'lang' | 'default' | 'name'>> = []) {
  const queue: FakeUtterance[] = [];
  const synthesis = {
    speak: vi.fn((utterance: FakeUtterance) => queue.push(utterance)),
    cancel: vi.fn(() => {
      // The browser fails every queued utterance with `interrupted` (`canceled` for unstarted ones).
      for (const utterance of queue.splice(0)) utterance.onerror?.({ error: 'interrupted' });
    }),
    getVoices: () => voices as SpeechSynthesisVoice[],
    /** Plays the next queued utterance to its end. */
    playNext() {
      const utterance = queue.shift();
      utterance?.onstart?.();
      utterance?.onend?.();
      return utterance;
    },
    queue,
  };
  const environment = {
    speechSynthesis: synthesis,
    SpeechSynthesisUtterance: FakeUtterance,
  } as unknown as WebSpeechSynthesisEnvironment;
  return { synthesis, environment };
}

function statuses(utterance: { subscribe(listener: (status: SpeechUtteranceStatus) => void): unknown }) {
  const seen: string[] = [];
  utterance.subscribe((status) =>
    seen.push(status.type === 'ended' ? `ended:${status.reason}` : status.type),
  );
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('webSpeechSynthesis', () => {
  it('is undefined where the browser has no speechSynthesis (jsdom, a server)', () => {
    expect(supportsWebSpeechSynthesis()).toBe(false);
    expect(webSpeechSynthesis()).toBeUndefined();
  });

  it('finds the browser objects on the global scope when it is called, not at import', () => {
    const { synthesis } = fakeSynthesis();
    vi.stubGlobal('speechSynthesis', synthesis);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    expect(supportsWebSpeechSynthesis()).toBe(true);
    webSpeechSynthesis()?.speak('Hello.', { lang: 'en' });
    expect(synthesis.speak).toHaveBeenCalledTimes(1);
  });

  it('speaks in the given language, starting, speaking, then finished', () => {
    const { synthesis, environment } = fakeSynthesis();
    const utterance = webSpeechSynthesis({ environment, rate: 1.2 })?.speak('Olá. Tudo bem?', { lang: 'pt' });
    if (!utterance) throw new Error('no adapter');
    const seen = statuses(utterance);
    expect(utterance.status.type).toBe('starting');
    expect(synthesis.queue).toHaveLength(1);
    expect(synthesis.queue[0]).toMatchObject({ text: 'Olá. Tudo bem?', lang: 'pt', rate: 1.2 });
    synthesis.playNext();
    expect(seen).toEqual(['speaking', 'ended:finished']);
  });

  it('speaks long text as a queue of sentence-sized utterances and ends after the last', () => {
    const { synthesis, environment } = fakeSynthesis();
    const text = Array(20).fill('Each of these sentences is a little over forty characters.').join(' ');
    const utterance = webSpeechSynthesis({ environment })?.speak(text, { lang: 'en' });
    if (!utterance) throw new Error('no adapter');
    const parts = synthesis.queue.length;
    expect(parts).toBeGreaterThan(1);
    for (let played = 1; played < parts; played++) {
      synthesis.playNext();
      expect(utterance.status.type).toBe('speaking');
    }
    synthesis.playNext();
    expect(utterance.status).toEqual({ type: 'ended', reason: 'finished' });
  });

  it('stops: the rest of the queue is cancelled and the status says stopped, not error', () => {
    const { synthesis, environment } = fakeSynthesis();
    const utterance = webSpeechSynthesis({ environment })?.speak('One. Two.', { lang: 'en' });
    if (!utterance) throw new Error('no adapter');
    const seen = statuses(utterance);
    synthesis.queue[0]?.onstart?.();
    utterance.stop();
    expect(synthesis.cancel).toHaveBeenCalled();
    expect(synthesis.queue).toHaveLength(0);
    expect(seen).toEqual(['speaking', 'ended:stopped']);
    utterance.stop();
    expect(seen).toHaveLength(2);
  });

  it('a new text interrupts the one being spoken, which ends as stopped', () => {
    const { environment } = fakeSynthesis();
    const adapter = webSpeechSynthesis({ environment });
    const first = adapter?.speak('First reply.', { lang: 'en' });
    adapter?.speak('Second reply.', { lang: 'en' });
    expect(first?.status).toEqual({ type: 'ended', reason: 'stopped' });
  });

  it('reports a synthesis failure as an error', () => {
    const { synthesis, environment } = fakeSynthesis();
    const utterance = webSpeechSynthesis({ environment })?.speak('Hello.', { lang: 'en' });
    synthesis.queue[0]?.onerror?.({ error: 'synthesis-failed' });
    expect(utterance?.status).toEqual({ type: 'ended', reason: 'error', error: 'synthesis-failed' });
  });

  it('picks a voice of the language, exact tag first, and says nothing for empty text', () => {
    const voices = [
      { name: 'English', lang: 'en-US', default: true },
      { name: 'Portugal', lang: 'pt-PT', default: false },
      { name: 'Brasil', lang: 'pt-BR', default: true },
    ];
    const { synthesis, environment } = fakeSynthesis(voices);
    const adapter = webSpeechSynthesis({ environment });
    adapter?.speak('Olá.', { lang: 'pt-PT' });
    expect(synthesis.queue[0]?.voice?.name).toBe('Portugal');
    adapter?.speak('Olá.', { lang: 'pt' });
    expect(synthesis.queue[0]?.voice?.name).toBe('Brasil');
    adapter?.speak('مرحبا.', { lang: 'ar' });
    expect(synthesis.queue[0]?.voice).toBeNull();
    expect(adapter?.speak('   ', { lang: 'en' }).status).toEqual({ type: 'ended', reason: 'finished' });
  });
});
