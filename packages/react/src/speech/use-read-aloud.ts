import * as React from 'react';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSpeech } from './speech-context.tsx';
import { idleReading } from './speech-reader.ts';

/** What `useReadAloud` gives one message. */
export interface ReadAloudState {
  /** Speech synthesis is on and available: show the button. */
  supported: boolean;
  /** This message is being read (or about to be). */
  reading: boolean;
  /** Read `text` aloud, stopping any other message being read. */
  start(): void;
  /** Stop reading this message (nothing happens if another one is being read). */
  stop(): void;
  /** Start, or stop if this message is being read. */
  toggle(): void;
}

const subscribeNever = () => () => {};

/**
 * Read aloud for one message, in the UI language: one message reads at a time across the
 * provider. Pass plain text (`speakableText(markdown)` strips markdown).
 * @example const { supported, reading, toggle } = useReadAloud(message.id, speakableText(text));
 */
export function useReadAloud(messageId: string, text: string): ReadAloudState {
  const { reader } = useSpeech();
  const { locale } = useLocale();
  const state = React.useSyncExternalStore(
    reader?.subscribe ?? subscribeNever,
    reader?.getSnapshot ?? (() => idleReading),
    () => idleReading,
  );
  const reading = state.messageId === messageId;
  const start = React.useCallback(
    () => reader?.read(messageId, text, { lang: locale }),
    [reader, messageId, text, locale],
  );
  const stop = React.useCallback(() => reader?.stop(messageId), [reader, messageId]);
  return {
    supported: reader !== undefined && text.trim().length > 0,
    reading,
    start,
    stop,
    toggle: reading ? stop : start,
  };
}
