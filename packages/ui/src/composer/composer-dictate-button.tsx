import { useSpeech } from '@agent-chat/react';
import type * as React from 'react';
import { lazyModule, useLazyModule } from '../markdown/lazy-module.ts';
import { useComposerContext } from './composer-context.tsx';

// The button loads only where dictation is on (it is off by default).
const control = lazyModule(() => import('./composer-dictate-control.tsx'));

/**
 * "Dictate": speech into the composer, in the UI language. Words appear as they are heard
 * (tentative ones replaced as they settle) after the text already there; "Stop dictating" keeps
 * them. Typing, sending or clearing while dictating stops it and keeps what the user has.
 * Announces when listening starts and stops. Hidden where dictation is off or unsupported.
 * Must sit inside <Composer>.
 */
export function ComposerDictateButton(props: React.ComponentProps<'button'>) {
  useComposerContext('ComposerDictateButton');
  const loaded = useLazyModule(control, useSpeech().dictation !== undefined);
  return loaded ? <loaded.ComposerDictateControl {...props} /> : null;
}
