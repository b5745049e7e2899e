import * as React from 'react';
import { useSpeech } from './speech-context.tsx';

/**
 * Stops reading aloud when `busy` turns true: a new reply was asked for (a send, a regenerate),
 * so the old one falls silent. The kit's `Composer` calls it with its `isBusy`.
 * @example useStopReadingOnReply(status === 'submitted' || status === 'streaming');
 */
export function useStopReadingOnReply(busy: boolean): void {
  const { reader } = useSpeech();
  const wasBusy = React.useRef(busy);
  React.useEffect(() => {
    if (busy && !wasBusy.current) reader?.stop();
    wasBusy.current = busy;
  }, [busy, reader]);
}
