import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DictationTranscript } from './speech-adapters.ts';
import {
  type RecognitionLike,
  supportsWebSpeechDictation,
  webSpeechDictation,
} from './web-speech-dictation.ts';

/** A `SpeechRecognition` the test speaks into. */
class FakeRecognition implements RecognitionLike {
  static last: FakeRecognition | undefined;
  lang = '';
  continuous = false;
  interimResults = false;
  onstart: RecognitionLike['onstart'] = null;
  onresult: RecognitionLike['onresult'] = null;
  onerror: RecognitionLike['onerror'] = null;
  onend: RecognitionLike['onend'] = null;
  started = false;
  stop = vi.fn(() => {
    // The browser delivers what it has as final results, then ends.
    this.results = this.results.map((result) => ({ ...result, isFinal: true }));
    this.onresult?.({ results: this.results });
    this.onend?.(new Event('end'));
  });
  abort = vi.fn();
  results: Array<{ isFinal: boolean; 0: { transcript: string }; length: number }> = [];
  constructor() {
    FakeRecognition.last = this;
  }
  start() {
    this.started = true;
    this.onstart?.(new Event('start'));
  }
  /** Hears `transcript`; `final` settles it, otherwise it replaces the tentative last result. */
  hear(transcript: string, final: boolean) {
    const last = this.results.at(-1);
    if (last && !last.isFinal) this.results.pop();
    this.results.push({ isFinal: final, 0: { transcript }, length: 1 });
    this.onresult?.({ results: this.results });
  }
}

function listen(onText: (transcript: DictationTranscript) => void = () => {}) {
  const adapter = webSpeechDictation({ SpeechRecognition: FakeRecognition });
  const session = adapter?.listen({ lang: 'ar', onText });
  const recognition = FakeRecognition.last;
  if (!session || !recognition) throw new Error('no session');
  return { session, recognition };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('webSpeechDictation', () => {
  it('is undefined where the browser has no SpeechRecognition (jsdom, Firefox, a server)', () => {
    expect(supportsWebSpeechDictation()).toBe(false);
    expect(webSpeechDictation()).toBeUndefined();
  });

  it('uses the prefixed webkitSpeechRecognition of Chromium and Safari', () => {
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    expect(supportsWebSpeechDictation()).toBe(true);
    webSpeechDictation()?.listen({ lang: 'en', onText: () => {} });
    expect(FakeRecognition.last?.started).toBe(true);
  });

  it('listens continuously in the given language with interim results', () => {
    const { session, recognition } = listen();
    expect(recognition).toMatchObject({ lang: 'ar', continuous: true, interimResults: true, started: true });
    expect(session.status).toEqual({ type: 'listening' });
  });

  it('gives the whole transcript each time: settled words, then the tentative ones', () => {
    const heard: DictationTranscript[] = [];
    const { recognition } = listen((transcript) => heard.push(transcript));
    recognition.hear('hello', false);
    recognition.hear('hello world', true);
    recognition.hear(' how are', false);
    expect(heard).toEqual([
      { final: '', interim: 'hello' },
      { final: 'hello world', interim: '' },
      { final: 'hello world', interim: 'how are' },
    ]);
  });

  it('stop lets the last words arrive as final, then ends as stopped', () => {
    const heard: DictationTranscript[] = [];
    const { session, recognition } = listen((transcript) => heard.push(transcript));
    recognition.hear('almost done', false);
    session.stop();
    expect(recognition.stop).toHaveBeenCalledTimes(1);
    expect(heard.at(-1)).toEqual({ final: 'almost done', interim: '' });
    expect(session.status).toEqual({ type: 'ended', reason: 'stopped' });
    session.stop();
    expect(recognition.stop).toHaveBeenCalledTimes(1);
  });

  it('ends as finished when the browser ends it (silence), and as error when the microphone is refused', () => {
    const quiet = listen();
    quiet.recognition.onerror?.({ error: 'no-speech' });
    quiet.recognition.onend?.(new Event('end'));
    expect(quiet.session.status).toEqual({ type: 'ended', reason: 'finished' });

    const refused = listen();
    refused.recognition.onerror?.({ error: 'not-allowed' });
    refused.recognition.onend?.(new Event('end'));
    expect(refused.session.status).toEqual({ type: 'ended', reason: 'error', error: 'not-allowed' });
  });

  it('ends as error when the recognition cannot start', () => {
    class Broken extends FakeRecognition {
      override start() {
        throw new DOMException('already started', 'InvalidStateError');
      }
    }
    const session = webSpeechDictation({ SpeechRecognition: Broken })?.listen({
      lang: 'en',
      onText: () => {},
    });
    expect(session?.status).toMatchObject({ type: 'ended', reason: 'error' });
  });
});
