import type { DictationAdapter, SpeechSynthesisAdapter } from './speech-adapters.ts';

/** The factory of a browser adapter (`webSpeechSynthesis`, `webSpeechDictation`), loaded on demand. */
export interface BrowserAdapter<Adapter> {
  /** The factory once it has loaded. */
  current: (() => Adapter | undefined) | undefined;
  /** Loads it on the first call; a failed load is tried again by the next. */
  load(): Promise<() => Adapter | undefined>;
}

function browserAdapter<Adapter>(load: () => Promise<() => Adapter | undefined>): BrowserAdapter<Adapter> {
  let pending: Promise<() => Adapter | undefined> | undefined;
  const lazy: BrowserAdapter<Adapter> = {
    current: undefined,
    load() {
      pending ??= load().then(
        (factory) => {
          lazy.current = factory;
          return factory;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
  return lazy;
}

// The Web Speech adapters are fetched the first time a provider turns their service on with
// `true`: an app that leaves speech off (the default) never loads them.
/** The browser's text to speech. */
export const browserSynthesis = browserAdapter<SpeechSynthesisAdapter>(() =>
  import('./web-speech-synthesis.ts').then((module) => () => module.webSpeechSynthesis()),
);
/** The browser's speech to text. */
export const browserDictation = browserAdapter<DictationAdapter>(() =>
  import('./web-speech-dictation.ts').then((module) => () => module.webSpeechDictation()),
);
