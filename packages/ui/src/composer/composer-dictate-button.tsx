import { useSpeech } from '@agent-chat/react';
import type * as React from 'react';
import { OnDemand, useOnDemand } from '../lib/on-demand.tsx';
import { useComposerContext } from './composer-context.tsx';

// The button loads only where dictation is on (it is off by default).
const control = new OnDemand<React.ComponentProps<'button'>>(() =>
  import('./composer-dictate-control.tsx').then((module) => module.ComposerDictateControl),
);

/**
 * "Dictate": speech into the composer, in the UI language. Words appear as they are heard
 * (tentative ones replaced as they settle) after the text already there; "Stop dictating" keeps
 * them. Typing, sending or clearing while dictating stops it and keeps what the user has.
 * Announces when listening starts and stops. Hidden where dictation is off or unsupported.
 * Must sit inside <Composer>.
 */
export function ComposerDictateButton(props: React.ComponentProps<'button'>) {
  useComposerContext('ComposerDictateButton');
  const Control = useOnDemand(control, useSpeech().dictation !== undefined);
  return Control ? <Control {...props} /> : null;
}
