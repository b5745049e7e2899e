import { useSpeech } from '@agent-chat/react';
import type * as React from 'react';
import { lazyModule, useLazyModule } from '../markdown/lazy-module.ts';

/** Props of `ReadAloudButton`. */
export interface ReadAloudButtonProps extends React.ComponentProps<'button'> {
  /** The message's text (markdown is fine: it is read without its marks). */
  text: string;
  /** The message it reads; the enclosing `<Message>`'s (shown on assistant replies only) when absent. */
  messageId?: string | undefined;
}

// The button and the markdown-to-speech text load only where speech synthesis is on (it is off by
// default): nothing of it is in the initial load, and no reply's text is prepared for speech.
const control = lazyModule(() => import('./read-aloud-control.tsx'));

/**
 * "Read aloud" on a reply, "Stop reading" while it is read (the label says which). Hidden where
 * speech synthesis is off or unsupported; one reply reads at a time.
 * @example <ReadAloudButton messageId={message.id} text={messageText(message)} />
 */
export function ReadAloudButton(props: ReadAloudButtonProps) {
  const loaded = useLazyModule(control, useSpeech().reader !== undefined);
  return loaded ? <loaded.ReadAloudControl {...props} /> : null;
}
