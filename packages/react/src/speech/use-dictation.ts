import * as React from 'react';
import { useLocale } from '../i18n/locale-context.tsx';
import type { DictationSession, DictationTranscript } from './speech-adapters.ts';
import { useSpeech } from './speech-context.tsx';

/** What `useDictation` gives. */
export interface DictationState {
  /** Dictation is on and available: show the button. */
  supported: boolean;
  /** `starting` while the microphone opens, `listening` while words are heard. */
  status: 'idle' | 'starting' | 'listening';
  /** Why the last dictation failed (e.g. `not-allowed`: no microphone permission), until the next start. */
  error: unknown;
  /** Listen in the UI language; `onText` gets the whole transcript so far each time it changes. */
  start(onText: (transcript: DictationTranscript) => void): void;
  /** Stop listening; the words already spoken may still arrive. */
  stop(): void;
  /** Stop listening and drop any words still to come (the user took over). */
  cancel(): void;
}

/**
 * Dictation through the provider's adapter, one session at a time per hook; the session ends
 * when the component unmounts.
 * @example const { supported, status, start, stop } = useDictation();
 */
export function useDictation(): DictationState {
  const { dictation } = useSpeech();
  const { locale } = useLocale();
  const [status, setStatus] = React.useState<DictationState['status']>('idle');
  const [error, setError] = React.useState<unknown>(undefined);
  const session = React.useRef<DictationSession | undefined>(undefined);

  const cancel = React.useCallback(() => {
    const current = session.current;
    // Forgotten first, so words still arriving from it are dropped.
    session.current = undefined;
    setStatus('idle');
    current?.stop();
  }, []);

  const stop = React.useCallback(() => session.current?.stop(), []);

  const start = React.useCallback(
    (onText: (transcript: DictationTranscript) => void) => {
      if (!dictation) return;
      cancel();
      setError(undefined);
      let started: DictationSession | undefined;
      const next = dictation.listen({
        lang: locale,
        onText: (transcript) => {
          // Only the current session writes (an adapter may report before `listen` returns).
          if (started === undefined || session.current === started) onText(transcript);
        },
      });
      started = next;
      session.current = next;
      const update = () => {
        if (session.current !== next) return;
        const current = next.status;
        if (current.type === 'ended') {
          session.current = undefined;
          setStatus('idle');
          if (current.reason === 'error') setError(current.error ?? 'error');
        } else {
          setStatus(current.type);
        }
      };
      next.subscribe(update);
      update();
    },
    [dictation, locale, cancel],
  );

  // The microphone closes with the component.
  React.useEffect(() => cancel, [cancel]);

  return { supported: dictation !== undefined, status, error, start, stop, cancel };
}
